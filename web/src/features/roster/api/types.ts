/** API shapes of the roster, taken from the server's zod contracts (types only). */
import type { EmployeeInput, EmployeeOut, EmployeeUpdate, ListEmployeesQuery } from '../../../../../src/roster/schemas.ts';
import type { UnitOut } from '../../../../../src/work-units/schemas.ts';

export type Employee = EmployeeOut;
export type Unit = UnitOut;
export type { EmployeeInput, EmployeeUpdate };
export type EmploymentType = EmployeeOut['employmentType'];
export type Sex = EmployeeOut['sex'];

export const EMPLOYMENT_TYPES: readonly EmploymentType[] = ['honorer', 'kontrak', 'thl', 'lainnya'];
export const EMPLOYEE_STATUSES = ['active', 'ended', 'all'] as const;
export const EMPLOYEE_SORTS = ['name', 'nik', 'unit', 'startDate'] as const;
export const PAGE_SIZES = [25, 50, 100] as const;

export type HistoryKind = 'created' | 'updated' | 'moved' | 'position_changed' | 'ended' | 'reactivated';

export interface HistoryEntry {
  id: number;
  at: string;
  effectiveOn: string;
  kind: HistoryKind | (string & {});
  actor: string;
  /** The person's full name behind the actor label. */
  actorName?: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export type EmployeeDetail = Employee & { history: HistoryEntry[] };

export type EmployeeFilter = Pick<ListEmployeesQuery, 'status' | 'sort' | 'order' | 'page' | 'pageSize'> & {
  q?: string | undefined;
  unitId?: number | undefined;
};

export interface EmployeePage {
  items: Employee[];
  total: number;
  page: number;
  pageSize: number;
}

export type ImportRowStatus = 'new' | 'changed' | 'unchanged' | 'error';

export interface ImportChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

export interface ImportRow {
  row: number;
  nik: string;
  fullName: string;
  unitCode: string;
  status: ImportRowStatus;
  changes: ImportChange[];
}

export interface ImportIssue {
  row: number;
  column: string;
  message: string;
}

export interface ImportCounts {
  total: number;
  new: number;
  changed: number;
  unchanged: number;
  errors: number;
}

export interface ImportPreview {
  id: number;
  fileName: string;
  status: 'previewed' | 'committed';
  counts: ImportCounts;
  rows: ImportRow[];
  errors: ImportIssue[];
  /** Warnings (no start date) and rows passed over (JUMLAH/TOTAL lines). */
  notes?: ImportIssue[];
}

export type ImportResult = ImportPreview & { created: number; updated: number };

/** An import goes to one unit (every row) or to an agreement's government (rows name their unit). */
export type ImportTarget = { unitId: number } | { agreementId: number };
