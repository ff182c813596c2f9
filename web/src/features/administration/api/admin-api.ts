/** React-query hooks for the administration pages: users, institutions, work units, own API tokens, own password. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UserListItem, UserOut } from '../../../../../src/auth/schemas.ts';
import type { InstitutionOut } from '../../../../../src/institutions/schemas.ts';
import type { UnitImportResult, UnitOut } from '../../../../../src/work-units/schemas.ts';
import { api, apiUpload } from '../../../lib/api-client.ts';
import { ME_KEY } from '../../../lib/auth.ts';

export type { UserListItem, InstitutionOut, UnitOut, UnitImportResult };

export interface ApiToken {
  id: number;
  name: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface InviteInput {
  username: string;
  fullName: string;
  role: UserOut['role'];
  workUnitId: number | null;
  institutionId: number | null;
}

export const useUsers = () => useQuery({ queryKey: ['users'], queryFn: () => api<{ items: UserListItem[] }>('/users') });
export const useInstitutions = () => useQuery({ queryKey: ['institutions'], queryFn: () => api<{ items: InstitutionOut[] }>('/institutions') });
export const useUnits = () => useQuery({ queryKey: ['units'], queryFn: () => api<{ items: UnitOut[] }>('/units') });
export const useTokens = () => useQuery({ queryKey: ['tokens'], queryFn: () => api<{ items: ApiToken[] }>('/auth/tokens') });

function useInvalidating<I, O>(keys: string[][], fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => Promise.all(keys.map((k) => qc.invalidateQueries({ queryKey: k }))) });
}

export const useInviteUser = () =>
  useInvalidating([['users']], (input: InviteInput) => api<UserOut & { oneTimePassword?: string }>('/users', { method: 'POST', body: input }));
export const useUpdateUser = () =>
  useInvalidating(
    [['users']],
    ({ id, ...patch }: { id: number; role?: UserOut['role']; workUnitId?: number | null; status?: 'active' | 'disabled'; fullName?: string }) =>
      api<UserListItem>(`/users/${id}`, { method: 'PATCH', body: patch }),
  );
export const useResetPassword = () =>
  useInvalidating([['users']], (id: number) => api<{ oneTimePassword: string }>(`/users/${id}/reset-password`, { method: 'POST' }));

export const useCreateInstitution = () =>
  useInvalidating([['institutions']], (input: { kind: InstitutionOut['kind']; level: InstitutionOut['level']; name: string; address: string; phone: string }) =>
    api<InstitutionOut>('/institutions', { method: 'POST', body: input }),
  );
export const useUpdateInstitution = () =>
  useInvalidating([['institutions']], ({ id, ...patch }: { id: number; name?: string; address?: string; phone?: string; level?: InstitutionOut['level'] }) =>
    api<InstitutionOut>(`/institutions/${id}`, { method: 'PATCH', body: patch }),
  );

export const useCreateUnit = () =>
  useInvalidating([['units'], ['institutions']], (input: { institutionId?: number; code: string; name: string; parentId: number | null }) =>
    api<UnitOut>('/units', { method: 'POST', body: input }),
  );
export const useRenameUnit = () =>
  useInvalidating([['units']], ({ id, ...patch }: { id: number; name: string; phone: string; address: string }) =>
    api<UnitOut>(`/units/${id}`, { method: 'PATCH', body: patch }),
  );
export const useCloseUnit = () =>
  useInvalidating([['units']], ({ id, closedOn }: { id: number; closedOn: string }) =>
    api<UnitOut>(`/units/${id}/close`, { method: 'POST', body: { closedOn } }),
  );
export const useImportUnits = () =>
  useInvalidating([['units'], ['institutions']], ({ file, institutionId }: { file: File; institutionId?: number }) =>
    apiUpload<UnitImportResult>('/units/import', file, { institutionId }, [422]),
  );

export const useCreateToken = () =>
  useInvalidating([['tokens']], (name: string) => api<{ id: number; name: string; token: string }>('/auth/tokens', { method: 'POST', body: { name } }));
export const useRevokeToken = () => useInvalidating([['tokens']], (id: number) => api<{ ok: boolean }>(`/auth/tokens/${id}`, { method: 'DELETE' }));

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => api<{ user: UserOut }>('/auth/password', { method: 'POST', body: input }),
    onSuccess: ({ user }) => qc.setQueryData(ME_KEY, user),
  });
}
