/**
 * The accident report forms of a claim as PDF: gathers the facts (the claim as the caller may see
 * it — out of scope answers 404 like a missing claim — plus its employee, unit and agreement), builds
 * the form (rules.ts) and draws it (render.ts). `renderStageOneReport` is the stage-I report alone,
 * for callers that attach it elsewhere (notifications, issue #18).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { AppError, notFound } from '../core/errors.ts';
import { claimParticipantNumber } from '../claims/repo.ts';
import type { ClaimsService } from '../claims/service.ts';
import { claimFormRow } from './repo.ts';
import { buildForm, formRefusal, type ClaimFormFacts, type FormContent, type FormKind } from './rules.ts';
import { renderForm } from './render.ts';

/** The costs and days the filer stated in the benefit request (null: not stated). */
export function requestCosts(requestJson: string): ClaimFormFacts['costs'] {
  const request = JSON.parse(requestJson) as { medicalCost?: unknown; transport?: unknown; incapacityDays?: unknown };
  const num = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);
  const trips = Array.isArray(request.transport) ? request.transport.map((t) => num((t as { cost?: unknown }).cost)).filter((c): c is number => c !== null) : [];
  return { medical: num(request.medicalCost), transport: trips.length ? trips.reduce((s, c) => s + c, 0) : null, incapacityDays: num(request.incapacityDays) };
}

export function createClaimForms({ db, claims }: { db: Kysely<DB>; claims: ClaimsService }) {
  async function facts(actor: Actor, claimId: number): Promise<ClaimFormFacts> {
    const c = await claims.get(actor, claimId); // authorises and scopes: 404 outside the caller's scope
    const refusal = formRefusal(c.program);
    if (refusal) throw new AppError('invalid_state', refusal);
    const row = await claimFormRow(db, claimId);
    if (!row) throw notFound('Klaim', claimId);
    return {
      claimNumber: c.number,
      program: c.program,
      outcome: c.outcome,
      employer: { name: row.employer_name, address: row.party_one_address, unit: row.unit_name, npp: null },
      worker: { name: c.fullName, nik: c.nik, kpj: await claimParticipantNumber(db, claimId), sex: row.sex, birthPlace: row.birth_place, birthDate: row.birth_date || null, address: row.address, phone: row.phone, position: row.position },
      wage: c.wage,
      incident: { date: c.incidentDate, time: c.incidentTime, place: c.place, chronology: c.chronology },
      reporter: c.reporter,
      stage1ReportedOn: row.stage1_reported_on,
      doctorStatementOn: row.doctor_statement_on,
      stage2ReportedOn: row.stage2_reported_on,
      costs: requestCosts(row.request_json),
      signedAt: row.place,
    };
  }

  return {
    /** The form's content (for tests and other renderers). */
    async content(actor: Actor, claimId: number, kind: FormKind): Promise<FormContent> {
      return buildForm(kind, await facts(actor, claimId));
    },
    /** The form as a PDF, with the file name to offer. */
    async render(actor: Actor, claimId: number, kind: FormKind): Promise<{ pdf: Buffer; fileName: string }> {
      const form = await this.content(actor, claimId, kind);
      return { pdf: await renderForm(form), fileName: form.fileName };
    },
    /** The stage-I report (Formulir 3 KK 1) of a JKK claim as a PDF Buffer. */
    async renderStageOneReport(actor: Actor, claimId: number): Promise<Buffer> {
      return (await this.render(actor, claimId, 'kk1')).pdf;
    },
  };
}

export type ClaimForms = ReturnType<typeof createClaimForms>;
