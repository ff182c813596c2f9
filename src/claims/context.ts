/**
 * What every part of the claims service shares (service.ts composes them): the office clock, a
 * claim read within the actor's scope, its events, its benefit request and document checklist.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { BenefitsService } from '../benefits/index.ts';
import type { Actor } from '../core/actor.ts';
import { canSeeAgreement, canSeeEmployee, unitLimit } from '../core/scope.ts';
import { notFound } from '../core/errors.ts';
import { parseDate, Temporal } from '../core/dates.ts';
import type { ContributionsService } from '../contributions/index.ts';
import { getEmployee } from '../roster/index.ts';
import * as repo from './repo.ts';
import { documentChecklist, type ClaimStatus } from './rules.ts';

export interface ClaimsDeps {
  db: Kysely<DB>;
  today: () => string;
  now?: (() => string) | undefined;
  timeZone?: string | undefined;
  contributions: ContributionsService;
  benefits: BenefitsService;
}

export type ClaimsContext = ReturnType<typeof createClaimsContext>;

export function createClaimsContext({ db, today, now: nowOption, timeZone = 'Asia/Makassar', contributions, benefits }: ClaimsDeps) {
  /**
   * The office-zone date-time now ('YYYY-MM-DDTHH:MM'). When "today" is set back or ahead (tests,
   * demos) and no clock is given, the end of that day: no hour of "today" counts as future.
   */
  function now(): string {
    if (nowOption) return nowOption();
    const real = Temporal.Now.plainDateTimeISO(timeZone);
    const day = parseDate(today());
    const at = real.toPlainDate().equals(day) ? real : day.toPlainDateTime({ hour: 23, minute: 59 });
    return at.toString({ smallestUnit: 'minute' });
  }

  /** The office day of an event instant. */
  const officeDay = (at: string) => Temporal.Instant.from(at).toZonedDateTimeISO(timeZone).toPlainDate().toString();

  /** A claim; outside the actor's scope (its agreements; an operator's own unit) it answers like a missing one. */
  async function load(executor: Kysely<DB>, id: number, actor?: Actor) {
    const c = await repo.claimWithEmployee(executor, id);
    if (!c) throw notFound('Klaim', id);
    if (actor) {
      const limit = unitLimit(actor);
      if ((limit !== undefined && c.work_unit_id !== limit) || !(await canSeeAgreement(executor, actor, c.agreement_id))) throw notFound('Klaim', id);
    }
    return c;
  }

  async function event(trx: Kysely<DB>, actor: Actor, claimId: number, from: ClaimStatus | null, to: ClaimStatus, note: string | null) {
    await repo.insertClaimEvent(trx, { claimId, actorLabel: actor.label, from, to, note });
  }

  function requestOf(c: { program: string; outcome: string; incident_date: string; agreement_id: number; request_json: string }) {
    return {
      ...(JSON.parse(c.request_json) as Record<string, unknown>),
      program: c.program,
      outcome: c.outcome,
      incidentDate: c.incident_date,
      agreement: c.agreement_id,
    };
  }

  /** The claim's document checklist: by program and outcome, with the scholarship papers when children are named. */
  function checklistOf(c: { program: 'JKK' | 'JKM'; outcome: string; incident_date: string; agreement_id: number; request_json: string }) {
    const children = (requestOf(c) as { children?: unknown }).children;
    return documentChecklist(c.program, c.outcome, Array.isArray(children) && children.length > 0);
  }

  /** The employee a claim is filed for; outside the actor's scope (its governments; an operator's own unit) it answers like a missing one. */
  async function employeeInScope(actor: Actor, employeeId: number) {
    const employee = await getEmployee(db, employeeId);
    if (!employee || !(await canSeeEmployee(db, actor, employee))) throw notFound('Pegawai', employeeId);
    return employee;
  }

  return { db, today, timeZone, contributions, benefits, now, officeDay, load, event, requestOf, checklistOf, employeeInScope };
}
