/**
 * The one way the UI talks to the API: JSON over fetch with the session cookie. The CSRF token
 * from login or /auth/me is kept in memory and sent with every write.
 */
import i18n from '../i18n/index.ts';

export interface ApiIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Field issues from a validation error ({ details: { issues: [{ path, message }] } }). */
  get issues(): ApiIssue[] {
    const issues = (this.details as { issues?: unknown } | null)?.issues;
    return Array.isArray(issues) ? (issues as ApiIssue[]) : [];
  }
}

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Query = Record<string, string | number | undefined | null>;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Query;
}

export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/v1${path}${search ? `?${search}` : ''}`;
}

async function errorFrom(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; details?: unknown } };
    if (body.error?.message) {
      return new ApiError(response.status, body.error.code ?? 'error', body.error.message, body.error.details ?? null);
    }
  } catch {
    // Not JSON: fall through to a generic message.
  }
  return new ApiError(response.status, 'http_error', i18n.t('app.httpError', { status: response.status }), null);
}

/** The language of the API's validation messages: the web's language switch (Bahasa by default). */
function apiLanguage(): string {
  return i18n.language === 'en' ? 'en' : 'id';
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': apiLanguage() };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('app.network'), null);
  }
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as T;
}

/**
 * Sends a file (and text fields) as multipart/form-data, e.g. a spreadsheet to import.
 * `accept` lists error statuses whose JSON body is the answer (e.g. 422 with the rows to fix).
 */
export async function apiUpload<T>(path: string, file: File, fields: Record<string, string | number | undefined> = {}, accept: number[] = []): Promise<T> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && value !== '') form.append(key, String(value));
  form.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': apiLanguage() };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(apiUrl(path), { method: 'POST', headers, credentials: 'same-origin', body: form });
  } catch {
    throw new ApiError(0, 'network', i18n.t('app.network'), null);
  }
  if (!response.ok && !accept.includes(response.status)) throw await errorFrom(response);
  return (await response.json()) as T;
}
