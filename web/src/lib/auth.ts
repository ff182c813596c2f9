/** The signed-in user: GET /auth/me on load, login and logout; keeps the CSRF token for writes. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UserOut } from '../../../src/auth/schemas.ts';
import { roleMay, type Action } from '../../../src/core/policy.ts';
import { api, ApiError, setCsrfToken } from './api-client.ts';

export type User = UserOut;
export type Role = UserOut['role'];

interface Session {
  user: User;
  csrfToken: string | null;
}

export const ME_KEY = ['auth', 'me'] as const;

async function getMe(): Promise<User | null> {
  try {
    const session = await api<Session>('/auth/me');
    setCsrfToken(session.csrfToken);
    return session.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: getMe, staleTime: Infinity, retry: false });
}

/** The user of a page behind the sign-in guard. */
export function useUser(): User {
  const { data } = useMe();
  if (!data) throw new Error('useUser() outside the signed-in area');
  return data;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) => api<Session>('/auth/login', { method: 'POST', body: input }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(ME_KEY, session.user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ ok: boolean }>('/auth/logout', { method: 'POST' }),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
    },
  });
}

/** The actions of src/core/policy.ts: the web reads the server's own table, so a button is shown only when the API allows it. */
export type UiAction = Action;

export function can(user: User | null | undefined, action: UiAction): boolean {
  return !!user && roleMay(user.role, action);
}
