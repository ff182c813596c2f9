/**
 * Finding the employee: the server's scoped search (name, NIK or KPJ) when there is a signal; the
 * roster kept on the phone (name and NIK of the people the user may see, refreshed at each open
 * with a signal) when there is none.
 */
import { api } from '../../../lib/api-client.ts';
import { idbGet, idbPut } from '../utils/store.ts';
import { searchRoster, type EmployeeChoice } from '../utils/report.ts';

interface Page {
  items: { id: number; fullName: string; nik: string; unitName: string }[];
}

const pick = (e: Page['items'][number]): EmployeeChoice => ({ id: e.id, fullName: e.fullName, nik: e.nik, unitName: e.unitName });

/** Keeps the caller's active roster (its scope: an operator's own unit) on the phone. */
export async function refreshRoster(): Promise<void> {
  const page = await api<Page>('/employees', { query: { status: 'active', pageSize: 500 } });
  await idbPut('cache', 'roster', page.items.map(pick));
}

export async function findEmployees(q: string, online: boolean): Promise<EmployeeChoice[]> {
  if (q.trim().length < 2) return [];
  if (online) {
    try {
      return (await api<Page>('/employees', { query: { q: q.trim(), status: 'active', pageSize: 20 } })).items.map(pick);
    } catch {
      // No signal after all: the roster on the phone.
    }
  }
  return searchRoster((await idbGet<EmployeeChoice[]>('cache', 'roster')) ?? [], q);
}
