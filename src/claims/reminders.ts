/**
 * What an open claim asks of someone soon (pure): a reporting deadline within two days, a missed
 * one with its consequence, BPJS's 30-day decision overdue, required documents still missing, an
 * approved claim not yet paid in full. Monitoring shows them with the other reminders.
 */
import { formatDay, tr } from '../core/language.ts';
import { daysBetween } from '../core/dates.ts';
import { formatRupiah } from '../core/money.ts';
import type { ClaimStatus, Deadline } from './rules.ts';

export interface ClaimReminder {
  kind: 'claim_deadline' | 'claim_documents' | 'claim_payment';
  date: string;
  severity: 'info' | 'warning' | 'danger';
  message: string;
  link: string;
}

export interface OpenClaim {
  id: number;
  fullName: string;
  program: string;
  status: ClaimStatus;
  incidentDate: string;
  deadlines: Deadline[];
  checklist: { label: string; required: boolean; uploaded: boolean }[];
  approvedTotal: number | null;
  outstanding: number;
}

/** Days ahead a reporting deadline starts to be reminded. */
export const CLAIM_DEADLINE_NOTICE_DAYS = 2;

export function claimReminders(c: OpenClaim, today: string): ClaimReminder[] {
  if (c.status === 'paid' || c.status === 'rejected') return [];
  const who = `${tr('Klaim', 'Claim')} ${c.program} #${c.id} (${c.fullName})`;
  const link = `/klaim/${c.id}`;
  const out: ClaimReminder[] = [];
  for (const d of c.deadlines) {
    if (d.code === 'expiry' && d.status !== 'missed') continue;
    if (d.code === 'decision' && c.status !== 'submitted') continue; // verified: BPJS has decided
    if (d.status === 'open' && daysBetween(today, d.due) <= CLAIM_DEADLINE_NOTICE_DAYS) {
      out.push({
        kind: 'claim_deadline',
        date: d.due,
        severity: 'warning',
        message: tr(`${who}: ${d.label} paling lambat ${formatDay(d.due)}`, `${who}: ${d.label} by ${formatDay(d.due)} at the latest`),
        link,
      });
    } else if (d.status === 'missed') {
      out.push({
        kind: 'claim_deadline',
        date: d.due,
        severity: 'danger',
        message: `${who}: ${d.label} ${tr('lewat batas', 'missed its deadline')} ${formatDay(d.due)}${d.consequence ? `. ${d.consequence}` : ''}`,
        link,
      });
    }
  }
  const missing = c.checklist.filter((i) => i.required && !i.uploaded);
  if (c.status === 'submitted' && missing.length) {
    out.push({
      kind: 'claim_documents',
      date: c.incidentDate,
      severity: 'warning',
      message: `${who}: ${tr('dokumen wajib belum lengkap', 'required documents missing')} (${missing.map((m) => m.label).join('; ')})`,
      link,
    });
  }
  if (c.status === 'approved' && c.outstanding > 0) {
    out.push({
      kind: 'claim_payment',
      date: today,
      severity: 'info',
      message: tr(
        `${who}: disetujui ${formatRupiah(c.approvedTotal ?? 0)}, belum dibayar ${formatRupiah(c.outstanding)}`,
        `${who}: approved ${formatRupiah(c.approvedTotal ?? 0)}, ${formatRupiah(c.outstanding)} not yet paid`,
      ),
      link,
    });
  }
  return out;
}
