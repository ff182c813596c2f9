import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Claim } from './types.ts';

export interface FileClaimInput {
  employeeId: number;
  program: 'JKK' | 'JKM';
  outcome: string;
  incidentDate: string;
  incidentTime: string;
  place: string;
  chronology: string;
  reporter: string;
  stage1ReportedOn: string | null;
  doctorStatementOn: string | null;
  stage2ReportedOn: string | null;
  benefit: Record<string, unknown>;
}

export function useFileClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FileClaimInput) => api<Claim>('/claims', { method: 'POST', body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['claims'] }),
  });
}

export interface ProtectionVerdict {
  employeeId: number;
  nik: string;
  fullName: string;
  date: string;
  protected: boolean;
  state: 'protected_paid' | 'awaiting_payment' | 'in_arrears' | 'not_covered';
  code: string;
  reason: string;
  consequence: { text: string; basis: string; confirmed: boolean } | null;
  agreementId: number | null;
  kpj: string | null;
}

/** Whether the employee was protected on the incident date (the eligibility check of intake). */
export function useProtection(employeeId: number | null, date: string) {
  return useQuery({
    queryKey: ['protection', employeeId, date],
    queryFn: () => api<ProtectionVerdict>('/protection', { query: { employeeId, date } }),
    enabled: !!employeeId && /^\d{4}-\d{2}-\d{2}$/.test(date),
  });
}

export interface EmployeeOption {
  id: number;
  nik: string;
  fullName: string;
  unitName?: string;
}

/** Employees matching a name or NIK start, for the picker (the server searches; 20 at most). */
export function useEmployeeSearch(q: string) {
  return useQuery({
    queryKey: ['employees', 'pick', q],
    queryFn: () => api<{ items: EmployeeOption[] }>('/employees', { query: { q, status: 'all', pageSize: 20 } }),
    select: (d) => d.items,
    enabled: q.trim().length >= 2,
  });
}
