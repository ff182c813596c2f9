/**
 * The outbox of field reports: saved on the phone first, then sent when there is a signal — at
 * once, when `online` fires, and on the next open. Each report carries the UUID made when it was
 * saved, so a send repeated after a lost answer finds the same claim on the server (200) and the
 * report leaves the outbox exactly once. One sender at a time (Web Locks across tabs when available).
 */
import { api, ApiError, setCsrfToken } from '../../../lib/api-client.ts';
import { idbAll, idbDelete, idbGet, idbPut } from '../utils/store.ts';
import type { Queued } from '../utils/report.ts';
import { blobToBase64 } from '../utils/photos.ts';

export interface SentReport {
  clientId: string;
  claimId: number;
  number: string | null;
  fullName: string;
  dueAt: string | null;
  due: string | null;
  replay: boolean;
}

interface ClaimAnswer {
  id: number;
  number: string | null;
  fullName: string;
  replay: boolean;
  deadlines: { code: string; due: string; dueAt: string | null }[];
}

export const queueReport = (q: Queued) => idbPut('outbox', q.clientId, q);
export const queuedReports = () => idbAll<Queued>('outbox');
export const dropQueued = (clientId: string) => idbDelete('outbox', clientId);
export const sentReports = async () => (await idbGet<SentReport[]>('cache', 'sent')) ?? [];

async function body(q: Queued) {
  const d = q.draft;
  const photos = await Promise.all(d.photos.map(async (p) => ({ name: p.name, contentBase64: await blobToBase64(p.blob) })));
  return {
    clientId: q.clientId,
    employeeId: d.employee!.id,
    incidentDate: d.incidentDate,
    incidentTime: d.incidentTime,
    died: d.died,
    place: d.place,
    location: d.location,
    chronology: d.chronology,
    witnesses: d.witnesses,
    takenTo: d.takenTo,
    savedAt: q.savedAt,
    photos,
  };
}

/** A refusal the server will give again (bad input, out of scope); anything else is retried later. */
const final = (e: unknown) => e instanceof ApiError && e.status >= 400 && e.status < 500 && ![401, 408, 429].includes(e.status);

async function sendAll(): Promise<void> {
  const waiting = (await queuedReports()).filter((q) => q.state === 'waiting');
  if (!waiting.length) return;
  // The session's CSRF token (the page may have opened without a signal).
  const me = await api<{ csrfToken: string | null }>('/auth/me');
  setCsrfToken(me.csrfToken);
  for (const q of waiting) {
    try {
      const claim = await api<ClaimAnswer>('/field-reports', { method: 'POST', body: await body(q) });
      const stage1 = claim.deadlines.find((d) => d.code === 'stage1');
      const sent: SentReport = {
        clientId: q.clientId,
        claimId: claim.id,
        number: claim.number,
        fullName: claim.fullName,
        dueAt: stage1?.dueAt ?? null,
        due: stage1?.due ?? null,
        replay: claim.replay,
      };
      await idbPut('cache', 'sent', [sent, ...(await sentReports()).filter((s) => s.clientId !== q.clientId)].slice(0, 10));
      await dropQueued(q.clientId);
    } catch (error) {
      if (!final(error)) throw error;
      await idbPut('outbox', q.clientId, { ...q, state: 'refused', error: (error as ApiError).message } satisfies Queued);
    }
  }
}

let running: Promise<void> | null = null;

/** Sends what waits; rejects (ApiError status 0 or 5xx, 401) when it must wait for a signal or a sign-in. */
export function flushOutbox(): Promise<void> {
  running ??= (navigator.locks ? navigator.locks.request('lindung-field-outbox', () => sendAll()) : sendAll()).finally(() => {
    running = null;
  });
  return running;
}
