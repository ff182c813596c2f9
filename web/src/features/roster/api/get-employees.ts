import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, apiUrl } from '../../../lib/api-client.ts';
import type { EmployeeDetail, EmployeeFilter, EmployeePage } from './types.ts';

export const employeeKey = (id: number) => ['employees', 'one', id] as const;

/** One page of the list; the server searches, sorts and pages (never fetch everyone). */
export function useEmployees(filter: EmployeeFilter) {
  return useQuery({
    queryKey: ['employees', 'list', filter],
    queryFn: () => api<EmployeePage>('/employees', { query: { ...filter } }),
    placeholderData: keepPreviousData,
  });
}

export function useEmployee(id: number, enabled = true) {
  return useQuery({ queryKey: employeeKey(id), queryFn: () => api<EmployeeDetail>(`/employees/${id}`), enabled: enabled && id > 0 });
}

/** The export with the list's filters (every page, not just the one shown). */
export function exportUrl(format: 'xlsx' | 'csv', filter: Pick<EmployeeFilter, 'q' | 'unitId' | 'status'>): string {
  return apiUrl('/employees/export', { format, q: filter.q, unitId: filter.unitId, status: filter.status });
}

export const templateUrl = () => apiUrl('/roster/template.xlsx');
