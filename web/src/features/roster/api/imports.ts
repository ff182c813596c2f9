/** Roster import: upload → preview → confirm, and the error report of an upload. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, apiUpload, apiUrl } from '../../../lib/api-client.ts';
import type { ImportPreview, ImportResult, ImportTarget } from './types.ts';

export function usePreviewImport() {
  return useMutation({
    mutationFn: ({ file, target }: { file: File; target: ImportTarget }) => apiUpload<ImportPreview>('/roster/imports', file, target),
  });
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<ImportResult>(`/roster/imports/${id}/commit`, { method: 'POST' }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['employees'] });
      void queryClient.invalidateQueries({ queryKey: ['units'] });
    },
  });
}

export const errorReportUrl = (id: number) => apiUrl(`/roster/imports/${id}/errors.xlsx`);
