import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface FieldNotice {
  id: number;
  read: boolean;
  receivedAt: string;
  claimId: number;
  claimNumber: string | null;
  fullName: string;
  unitName: string;
  incidentDate: string;
  incidentTime: string;
  place: string;
  stage1: { due: string; dueAt: string | null; dueText: string; reportedOn: string | null; status: 'open' | 'on_time' | 'late' | 'missed' };
  message: string;
}

export function useFieldNotices() {
  return useQuery({ queryKey: ['field-report', 'notices'], queryFn: () => api<{ items: FieldNotice[] }>('/field-reports/notices'), refetchInterval: 60_000 });
}

export function useMarkNoticeRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<{ ok: boolean }>(`/field-reports/notices/${id}/read`, { method: 'POST' }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['field-report', 'notices'] }),
  });
}
