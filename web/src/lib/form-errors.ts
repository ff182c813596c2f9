/**
 * Field errors from a validation result, whether it comes from the shared zod schema in the
 * browser or from the API's `error.details.issues` — both name fields by dotted path.
 */
import { ApiError, type ApiIssue } from './api-client.ts';

/** Turns an issue's path into the form field it belongs to, or null when no field matches. */
export type PathMapper = (path: string) => string | null;

export interface MappedIssues {
  fieldErrors: Record<string, string>;
  /** Messages that belong to no field of the form. */
  other: string[];
}

export function mapIssues(issues: readonly ApiIssue[], toField: PathMapper): MappedIssues {
  const fieldErrors: Record<string, string> = {};
  const other: string[] = [];
  for (const issue of issues) {
    const field = toField(issue.path);
    if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
    else if (!field) other.push(issue.message);
  }
  return { fieldErrors, other };
}

/** zod issues ({ path: (string|number)[] }) in the API's shape. */
export function zodIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ApiIssue[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

export function apiIssues(error: unknown): ApiIssue[] {
  return error instanceof ApiError ? error.issues : [];
}
