/** Contributions API: quotes, bills, payments, arrears, budget, protection. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl } from '../../../lib/api-client.ts';
import type { BillOut } from '../../../../../src/contributions/schemas.ts';

export type Bill = BillOut;
export type BillDetail = Bill & {
  units: { unitId: number; code: string; name: string; people: number; jkk: number; jkm: number; total: number }[];
  payments: {
    id: number;
    receiptNumber: string | null;
    amount: number;
    paidOn: string;
    method: string;
    bankReference: string;
    budgetLine: string;
    hasEvidence: boolean;
  }[];
};
export interface Quote {
  monthly: { jkk: number; jkm: number; total: number };
  months: number;
  total: number;
  wage: number;
  people: number;
  rates: { jkk: string; jkm: string };
  basis: string[];
  totalInWords: string;
}

export function useBills(agreementId: number | null) {
  return useQuery({
    queryKey: ['bills', agreementId],
    queryFn: () => api<{ items: Bill[] }>('/bills', { query: { agreementId } }),
    select: (d) => d.items,
    enabled: !!agreementId,
  });
}

export function useBill(id: number) {
  return useQuery({ queryKey: ['bill', id], queryFn: () => api<BillDetail>(`/bills/${id}`) });
}

export function useCreateBill() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { agreementId: number; period: string; mode: 'monthly' | 'yearly'; supplementary: boolean }) =>
      api<Bill>('/bills', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['bills'] }),
  });
}

export function useRecordPayment(billId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api<{ id: number; duplicate: boolean }>('/payments', { method: 'POST', body: { billId, ...body } }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['bill', billId] });
      void qc.invalidateQueries({ queryKey: ['bills'] });
    },
  });
}

export const quote = (body: Record<string, unknown>) => api<Quote>('/contributions/quote', { method: 'POST', body });
export const billPdfUrl = (id: number) => apiUrl(`/bills/${id}/pdf`);
export const billXlsxUrl = (id: number) => apiUrl(`/bills/${id}/xlsx`);
export const receiptUrl = (billId: number, paymentId: number) => apiUrl(`/bills/${billId}/payments/${paymentId}/receipt.pdf`);
