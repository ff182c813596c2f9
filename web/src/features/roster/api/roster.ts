/** Roster API: work units, employees, import/export. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUpload, apiUrl } from '../../../lib/api-client.ts';
import type { EmployeeOut } from '../../../../../src/roster/schemas.ts';
import type { UnitOut } from '../../../../../src/work-units/schemas.ts';

export type Employee = EmployeeOut;
export type Unit = UnitOut;
export interface HistoryEntry { id: number; at: string; effectiveOn: string; kind: string; actor: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }
export type EmployeeDetail = Employee & { history: HistoryEntry[] };

export interface EmployeeFilter {
  q?: string;
  unitId?: number;
  status: 'active' | 'ended' | 'all';
  sort: 'name' | 'nik' | 'unit' | 'startDate';
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export interface ImportPreview {
  id: number;
  fileName: string;
  status: 'previewed' | 'committed';
  counts: { total: number; new: number; changed: number; unchanged: number; errors: number };
  rows: { row: number; nik: string; fullName: string; unitCode: string; status: 'new' | 'changed' | 'unchanged' | 'error'; changes: { field: string; label: string; before: string | null; after: string | null }[] }[];
  errors: { row: number; column: string; message: string }[];
  created?: number;
  updated?: number;
}

export function useUnits(agreementId?: number) {
  return useQuery({ queryKey: ['units', agreementId ?? null], queryFn: () => api<{ items: Unit[] }>('/units', { query: { agreementId } }), select: (d) => d.items });
}

export function useEmployees(filter: EmployeeFilter) {
  return useQuery({
    queryKey: ['employees', 'list', filter],
    queryFn: () => api<{ items: Employee[]; total: number }>('/employees', { query: { ...filter } }),
    placeholderData: keepPreviousData,
  });
}

export function useEmployee(id: number) {
  return useQuery({ queryKey: ['employees', id], queryFn: () => api<EmployeeDetail>(`/employees/${id}`) });
}

export function useSaveEmployee(id?: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => (id ? api<Employee>(`/employees/${id}`, { method: 'PATCH', body }) : api<Employee>('/employees', { method: 'POST', body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['employees'] }),
  });
}

export function useEmployeeAction(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { action: 'end'; endDate: string; endReason: string } | { action: 'reactivate' }) =>
      a.action === 'end' ? api<Employee>(`/employees/${id}/end`, { method: 'POST', body: { endDate: a.endDate, endReason: a.endReason } }) : api<Employee>(`/employees/${id}/reactivate`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['employees'] }),
  });
}

export const previewImport = (file: File, target: { unitId?: number; agreementId?: number }) => apiUpload<ImportPreview>('/roster/imports', file, target);
export const commitImport = (id: number) => api<ImportPreview>(`/roster/imports/${id}/commit`, { method: 'POST' });
export const errorReportUrl = (id: number) => apiUrl(`/roster/imports/${id}/errors.xlsx`);
export const exportUrl = (format: 'xlsx' | 'csv', filter: Partial<EmployeeFilter>) => apiUrl('/employees/export', { format, q: filter.q, unitId: filter.unitId, status: filter.status });
export const templateUrl = () => apiUrl('/roster/template.xlsx');
