/**
 * The office's "today" (the configured zone, e.g. WITA), from the server — never the browser's clock,
 * whose UTC date is yesterday's before 08:00 WITA. Undefined until the server has answered.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from './api-client.ts';

export function useOfficeToday(): string | undefined {
  const health = useQuery({ queryKey: ['office-today'], queryFn: () => api<{ today: string }>('/health'), staleTime: 5 * 60_000 });
  return health.data?.today;
}
