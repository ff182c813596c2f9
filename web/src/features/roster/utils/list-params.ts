/** The list's filter, sort and page live in the URL (?q=&unit=&status=&sort=&order=&page=&size=). */
import { EMPLOYEE_SORTS, EMPLOYEE_STATUSES, PAGE_SIZES, type EmployeeFilter } from '../api/types.ts';

export interface ListParams extends Omit<EmployeeFilter, 'q'> {
  /** What is typed in the search box (the query is debounced before it is sent). */
  q: string;
}

const positive = (value: string | null) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** Reads the URL; an operator's unit is always its own, whatever the URL says. */
export function readListParams(params: URLSearchParams, lockedUnitId?: number | null): ListParams {
  const size = positive(params.get('size'));
  return {
    q: params.get('q') ?? '',
    unitId: lockedUnitId ?? positive(params.get('unit')),
    status: EMPLOYEE_STATUSES.find((s) => s === params.get('status')) ?? 'active',
    sort: EMPLOYEE_SORTS.find((s) => s === params.get('sort')) ?? 'name',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: positive(params.get('page')) ?? 1,
    pageSize: PAGE_SIZES.find((s) => s === size) ?? 50,
  };
}

export type ParamChanges = Partial<Record<'q' | 'unit' | 'status' | 'sort' | 'order' | 'page' | 'size', string | number | undefined>>;

/** The next URL params; any change other than the page itself goes back to page 1. */
export function nextListParams(prev: URLSearchParams, changes: ParamChanges): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  if (!('page' in changes)) next.delete('page');
  if (next.get('page') === '1') next.delete('page');
  return next;
}
