/**
 * Reminders: the agreement ending in 90 or 30 days, bills due within 7 days or overdue,
 * force-majeure notice deadlines, forum follow-ups due, open claims' deadlines, documents and payments. Shown in the app; sent by e-mail when an
 * SMTP server is configured (see mailer.ts).
 */
import { formatDay, tr } from '../core/language.ts';
import { datesOf, effectiveEnd, validFrom } from '../agreements/index.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { assertAgreementInScope, visibleAgreementIds } from '../core/scope.ts';
import { daysBetween, formatDateId } from '../core/dates.ts';
import { formatRupiah } from '../core/money.ts';
import type { ContributionsService } from '../contributions/index.ts';
import type { Registers } from './registers.ts';
import type { ClaimsService } from '../claims/index.ts';
import * as repo from './repo.ts';

export interface Reminder {
  kind: 'agreement_ending' | 'bill_due' | 'bill_overdue' | 'force_majeure_notice' | 'follow_up_due' | 'claim_deadline' | 'claim_documents' | 'claim_payment';
  agreementId: number;
  date: string;
  severity: 'info' | 'warning' | 'danger';
  message: string;
  link: string;
}

export function createReminders({
  db,
  today,
  contributions,
  registers,
  claims,
}: {
  db: Kysely<DB>;
  today: () => string;
  contributions: ContributionsService;
  registers: Registers;
  claims: ClaimsService;
}) {
  return {
    async list(actor: Actor, agreementId?: number): Promise<Reminder[]> {
      authorize(actor, 'monitoring:read');
      const day = today();
      if (agreementId) await assertAgreementInScope(db, actor, agreementId);
      // One agreement (already checked in scope), else every agreement the actor may see.
      const agreements = await repo.agreementsForReminders(db, agreementId ? [agreementId] : ((await visibleAgreementIds(db, actor)) ?? undefined));
      const out: Reminder[] = [];
      for (const a of agreements) {
        if (!a.signed_on) continue;
        const dates = datesOf(a);
        const end = effectiveEnd(dates)!;
        const left = daysBetween(day, end);
        // From 90 days before the end until a renewal has been created ("Perpanjang" on the agreement page).
        if (left >= 0 && left <= 90 && day >= validFrom(dates)! && a.successor_id === null) {
          out.push({
            kind: 'agreement_ending',
            agreementId: a.id,
            date: end,
            severity: left <= 30 ? 'danger' : 'warning',
            message: tr(
              `Perjanjian ${a.number_party_one} berakhir ${formatDateId(end)} (${left} hari lagi); siapkan perpanjangan`,
              `Agreement ${a.number_party_one} ends on ${formatDay(end)} (${left} days left); prepare its renewal`,
            ),
            link: `/perjanjian/${a.id}`,
          });
        }
        for (const b of await contributions.listBills(actor, a.id)) {
          if (b.kind === 'credit' || b.outstanding === 0) continue;
          const until = daysBetween(day, b.dueDate);
          if (until < 0)
            out.push({
              kind: 'bill_overdue',
              agreementId: a.id,
              date: b.dueDate,
              severity: 'danger',
              message: tr(
                `Tagihan ${b.number} lewat jatuh tempo ${formatDateId(b.dueDate)}; sisa ${formatRupiah(b.outstanding)}`,
                `Bill ${b.number} past its due date ${formatDay(b.dueDate)}; ${formatRupiah(b.outstanding)} outstanding`,
              ),
              link: `/iuran/tagihan/${b.id}`,
            });
          else if (until <= 7)
            out.push({
              kind: 'bill_due',
              agreementId: a.id,
              date: b.dueDate,
              severity: 'warning',
              message: tr(
                `Tagihan ${b.number} jatuh tempo ${formatDateId(b.dueDate)}: ${formatRupiah(b.outstanding)}`,
                `Bill ${b.number} due on ${formatDay(b.dueDate)}: ${formatRupiah(b.outstanding)}`,
              ),
              link: `/iuran/tagihan/${b.id}`,
            });
        }
        for (const e of await registers.listForceMajeure(actor, a.id)) {
          if (e.notice.status === 'awaiting_notice' || e.notice.status === 'overdue') {
            out.push({
              kind: 'force_majeure_notice',
              agreementId: a.id,
              date: e.notice.deadline,
              severity: e.notice.status === 'overdue' ? 'danger' : 'warning',
              message: `Force majeure ${formatDay(e.eventDate)}: ${e.notice.message}`,
              link: `/kegiatan`,
            });
          }
        }
        for (const m of await registers.listMeetings(actor, a.id)) {
          for (const f of m.followUps) {
            if (f.doneOn || daysBetween(day, f.dueOn) > 7) continue;
            out.push({
              kind: 'follow_up_due',
              agreementId: a.id,
              date: f.dueOn,
              severity: f.overdue ? 'danger' : 'warning',
              message: tr(
                `Tindak lanjut forum "${f.action}" (${f.owner}) ${f.overdue ? 'lewat batas' : 'batas'} ${formatDateId(f.dueOn)}`,
                `Forum follow-up "${f.action}" (${f.owner}) ${f.overdue ? 'overdue since' : 'due'} ${formatDay(f.dueOn)}`,
              ),
              link: `/kegiatan`,
            });
          }
        }
        out.push(...(await claims.reminders(actor, a.id)));
      }
      return out.sort((x, y) => x.date.localeCompare(y.date));
    },
  };
}
