/**
 * One error type for the whole domain. `code` is stable for machines, `message` is Bahasa
 * Indonesia for people, `status` is the HTTP status the API answers with.
 */
export type ErrorCode =
  | 'validation_failed'
  | 'invalid_amount'
  | 'invalid_rate'
  | 'invalid_date'
  | 'not_found'
  | 'conflict'
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf_failed'
  | 'rate_limited'
  | 'invalid_state'
  | 'bad_file';

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  invalid_amount: 400,
  invalid_rate: 400,
  invalid_date: 400,
  bad_file: 400,
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  rate_limited: 429,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = STATUS[code];
    this.details = details ?? null;
  }
}

export const notFound = (what: string, id: unknown): AppError => new AppError('not_found', `${what} tidak ditemukan`, { id });

export const forbidden = (message = 'Anda tidak berwenang melakukan tindakan ini'): AppError => new AppError('forbidden', message);
