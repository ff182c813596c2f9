/** Writes on employees: create, edit (incl. a move), end, reactivate. Each refreshes the cached lists. */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Employee, EmployeeInput, EmployeeUpdate } from './types.ts';

function refresh(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: ['employees'] });
  void queryClient.invalidateQueries({ queryKey: ['units'] });
}

export function useCreateEmployee() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EmployeeInput) => api<Employee>('/employees', { method: 'POST', body: input }),
    onSuccess: () => refresh(queryClient),
  });
}

export function useUpdateEmployee(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EmployeeUpdate) => api<Employee>(`/employees/${id}`, { method: 'PATCH', body: input }),
    onSuccess: () => refresh(queryClient),
  });
}

export function useEndEmployee(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { endDate: string; endReason: string }) => api<Employee>(`/employees/${id}/end`, { method: 'POST', body: input }),
    onSuccess: () => refresh(queryClient),
  });
}

export function useReactivateEmployee(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<Employee>(`/employees/${id}/reactivate`, { method: 'POST' }),
    onSuccess: () => refresh(queryClient),
  });
}
