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
import { claimParticipantNumber, type ClaimsService } from '../claims/index.ts';
import { claimFormRow } from './repo.ts';
import { buildForm, formRefusal, requestCosts, type ClaimFormFacts, type FormContent, type FormKind } from './rules.ts';
import { renderForm } from './render.ts';

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
      worker: {
        name: c.fullName,
        nik: c.nik,
        kpj: await claimParticipantNumber(db, claimId),
        sex: row.sex,
        birthPlace: row.birth_place,
        birthDate: row.birth_date || null,
        address: row.address,
        phone: row.phone,
        position: row.position,
      },
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

  /** The form's content (for tests and other renderers). */
  async function content(actor: Actor, claimId: number, kind: FormKind): Promise<FormContent> {
    return buildForm(kind, await facts(actor, claimId));
  }

  /** The form as a PDF, with the file name to offer. */
  async function render(actor: Actor, claimId: number, kind: FormKind): Promise<{ pdf: Buffer; fileName: string }> {
    const form = await content(actor, claimId, kind);
    return { pdf: await renderForm(form), fileName: form.fileName };
  }

  /** The stage-I report (Formulir 3 KK 1) of a JKK claim as a PDF Buffer; safe to pass around as a plain function. */
  async function renderStageOneReport(actor: Actor, claimId: number): Promise<Buffer> {
    return (await render(actor, claimId, 'kk1')).pdf;
  }

  return { content, render, renderStageOneReport };
}

export type ClaimForms = ReturnType<typeof createClaimForms>;
