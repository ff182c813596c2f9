/**
 * Agreements use cases: authorise → validate → write in one transaction with its audit entry.
 * The web, the HTTP API and the CLI all call these.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../core/actor.ts';
import { authorize } from '../core/policy.ts';
import { assertAgreementInScope, visibleAgreementIds } from '../core/scope.ts';
import { AppError, notFound } from '../core/errors.ts';
import { compareDates, formatDateId, parseDate } from '../core/dates.ts';
import { parseOrThrow } from '../core/validation.ts';
import { recordAudit } from '../audit/index.ts';
import { lockAgreement } from '../db/counters.ts';
import * as repo from './repo.ts';
import { agreementStatus, checkRenewalDates, isWithinValidity, termsOn, validUntil } from './rules.ts';
import { REGULATION_DEFAULT_TERMS, type Terms } from './terms.ts';
import { applyTermsChanges, parseTerms, type TermsChange } from './terms-fields.ts';
import { datesOf, presentAgreement, presentSummary, presentVersions } from './present.ts';
import { carryOverIn } from './carry-over.ts';
import { createAgreementLifecycle } from './lifecycle-service.ts';
import {
  agreementFileSchema,
  amendmentInputSchema,
  createAgreementSchema,
  updateAgreementSchema,
  type AgreementOut,
  type AgreementSummary,
  type AmendmentInput,
} from './schemas.ts';

export interface AgreementsDeps {
  db: Kysely<DB>;
  /** Today in the office's time zone ('YYYY-MM-DD'). */
  today: () => string;
}

const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export function createAgreementsService({ db, today }: AgreementsDeps) {
  async function load(id: number, executor: Kysely<DB> = db): Promise<AgreementOut> {
    const row = await repo.getAgreement(executor, id);
    if (!row) throw notFound('Perjanjian', id);
    const versions = presentVersions(await repo.listTermsVersions(executor, id));
    const amendments = await repo.listAmendments(executor, id);
    const successor = await repo.successorOf(executor, id);
    const predecessor = row.predecessor_id ? await repo.getAgreement(executor, row.predecessor_id) : null;
    return presentAgreement(
      row,
      versions,
      amendments,
      today(),
      successor ? { id: successor.id, number: successor.number_party_one } : null,
      predecessor?.number_party_one ?? null,
    );
  }

  async function assertNumbersFree(trx: Kysely<DB>, numbers: string[], exceptId?: number): Promise<void> {
    const clash = await repo.findByNumber(trx, numbers, exceptId);
    if (clash) {
      const used = numbers.find((n) => n === clash.number_party_one || n === clash.number_party_two) ?? numbers[0];
      const message = `Nomor perjanjian "${used}" sudah dipakai oleh perjanjian lain (ID ${clash.id})`;
      const path = used === numbers[0] ? 'numberPartyOne' : 'numberPartyTwo';
      throw new AppError('conflict', message, { agreementId: clash.id, issues: [{ path, message }] });
    }
  }

  async function createIn(trx: Kysely<DB>, actor: Actor, input: ReturnType<typeof createAgreementSchema.parse>): Promise<number> {
    if (input.numberPartyOne === input.numberPartyTwo) {
      throw new AppError('validation_failed', 'Nomor PIHAK KESATU dan PIHAK KEDUA tidak boleh sama');
    }
    await assertNumbersFree(trx, [input.numberPartyOne, input.numberPartyTwo]);
    const base: Terms = input.terms ? parseTerms(input.terms) : REGULATION_DEFAULT_TERMS;
    const terms = applyTermsChanges(base, input.termsChanges as TermsChange[]);
    const partyOneId = await repo.findOrCreateInstitution(trx, 'government', input.partyOne.institution, input.partyOne.address);
    const partyTwoId = await repo.findOrCreateInstitution(trx, 'bpjs_branch', input.partyTwo.institution, input.partyTwo.address);
    const now = new Date().toISOString();
    const id = await repo.insertAgreement(trx, {
      title: input.title,
      number_party_one: input.numberPartyOne,
      number_party_two: input.numberPartyTwo,
      signed_on: input.signedOn,
      place: input.place,
      duration_months: input.durationMonths,
      party_one_institution_id: partyOneId,
      party_one_address: input.partyOne.address,
      party_one_signatory: input.partyOne.signatory,
      party_one_position: input.partyOne.position,
      party_two_institution_id: partyTwoId,
      party_two_address: input.partyTwo.address,
      party_two_signatory: input.partyTwo.signatory,
      party_two_position: input.partyTwo.position,
      purpose_json: JSON.stringify(input.purpose),
      scope_json: JSON.stringify(input.scope),
      legal_bases_json: JSON.stringify(input.legalBases),
      terminated_on: null,
      termination_reason: null,
      created_at: now,
      updated_at: now,
    });
    // The original terms govern from signing (Pasal 10 ayat 1); a draft's start follows its signing date.
    await repo.insertTermsVersion(trx, {
      agreement_id: id,
      effective_from: input.signedOn ?? today(),
      amendment_id: null,
      terms_json: JSON.stringify(terms),
    });
    await recordAudit(trx, actor, { action: 'agreement.create', entityType: 'agreement', entityId: id, after: { ...input, terms } });
    return id;
  }

  async function amendIn(trx: Kysely<DB>, actor: Actor, id: number, input: AmendmentInput): Promise<number> {
    await lockAgreement(trx, id); // amendments of one agreement one at a time: each sees the terms the last one left
    const before = await load(id, trx);
    if (!before.signedOn) throw new AppError('invalid_state', 'Perjanjian belum ditandatangani; ubah ketentuannya langsung, bukan melalui adendum');
    if (before.status === 'terminated') throw new AppError('invalid_state', 'Perjanjian sudah diakhiri; adendum tidak dapat dicatat');
    if (compareDates(input.effectiveFrom, before.signedOn) < 0) {
      throw new AppError(
        'validation_failed',
        `Tanggal berlaku adendum (${formatDateId(input.effectiveFrom)}) sebelum penandatanganan perjanjian (${formatDateId(before.signedOn)})`,
      );
    }
    const newDuration = input.durationMonths ?? before.durationMonths;
    const lastDay = validUntil({ signedOn: before.signedOn, durationMonths: newDuration, terminatedOn: null });
    if (lastDay && compareDates(input.effectiveFrom, lastDay) > 0) {
      throw new AppError(
        'validation_failed',
        `Tanggal berlaku adendum (${formatDateId(input.effectiveFrom)}) setelah masa berlaku perjanjian berakhir (${formatDateId(lastDay)})`,
      );
    }
    const latest = before.termsVersions[before.termsVersions.length - 1];
    if (latest && compareDates(input.effectiveFrom, latest.effectiveFrom) <= 0 && input.termsChanges.length > 0) {
      throw new AppError(
        'conflict',
        `Sudah ada ketentuan yang berlaku sejak ${formatDateId(latest.effectiveFrom)}; perubahan baru harus berlaku setelah tanggal itu`,
      );
    }
    if (before.amendments.some((m) => m.number === input.number)) {
      throw new AppError('conflict', `Nomor ${input.kind} "${input.number}" sudah tercatat pada perjanjian ini`);
    }
    let fileId: number | null = null;
    if (input.document) {
      const content = Buffer.from(input.document.contentBase64, 'base64');
      if (content.length === 0) throw new AppError('bad_file', 'Berkas dokumen kosong');
      if (content.length > MAX_DOCUMENT_BYTES) throw new AppError('bad_file', 'Berkas dokumen lebih dari 10 MB');
      fileId = await repo.insertFile(trx, {
        name: input.document.name,
        mime: input.document.mime,
        size: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
      });
    }
    const amendmentId = await repo.insertAmendment(trx, {
      agreement_id: id,
      kind: input.kind,
      number: input.number,
      signed_on: input.signedOn,
      effective_from: input.effectiveFrom,
      summary: input.summary,
      document_file_id: fileId,
    });
    if (input.termsChanges.length > 0) {
      const inForce = termsOn(before.termsVersions, input.effectiveFrom) ?? latest;
      if (!inForce) throw new AppError('invalid_state', 'Perjanjian tidak memiliki ketentuan awal');
      const terms = applyTermsChanges(inForce.terms, input.termsChanges as TermsChange[]);
      await repo.insertTermsVersion(trx, {
        agreement_id: id,
        effective_from: input.effectiveFrom,
        amendment_id: amendmentId,
        terms_json: JSON.stringify(terms),
      });
    }
    if (input.durationMonths !== undefined && input.durationMonths !== before.durationMonths) {
      await repo.updateAgreement(trx, id, { duration_months: input.durationMonths, updated_at: new Date().toISOString() });
    }
    const { document: _omit, ...logged } = input;
    await recordAudit(trx, actor, {
      action: `agreement.${input.kind}`,
      entityType: 'agreement',
      entityId: id,
      before: { durationMonths: before.durationMonths, terms: latest?.terms },
      after: { ...logged, amendmentId, documentFileId: fileId },
    });
    return amendmentId;
  }

  /** A regency's administrator creates and keeps only its own government's agreements (party one). */
  async function assertOwnGovernment(trx: Kysely<DB>, actor: Actor, id: number): Promise<number> {
    if (actor.local) return id;
    if ((await repo.partyOneOf(trx, id)) !== actor.institutionId) {
      throw new AppError('forbidden', 'Administrator hanya dapat mencatat perjanjian yang PIHAK KESATU-nya pemerintah daerahnya sendiri');
    }
    return id;
  }

  const service = {
    async list(actor: Actor, query: { q?: string | undefined; status?: string | undefined } = {}): Promise<AgreementSummary[]> {
      authorize(actor, 'agreements:read');
      const visible = await visibleAgreementIds(db, actor);
      const rows = (await repo.listAgreements(db, { text: query.q })).filter((r) => visible === null || visible.includes(r.id));
      const versions = await repo.listTermsVersionsFor(
        db,
        rows.map((r) => r.id),
      );
      const successors = await repo.successorsOf(
        db,
        rows.map((r) => r.id),
      );
      const day = today();
      const out = rows.map((r) => presentSummary(r, presentVersions(versions.filter((v) => v.agreement_id === r.id)), day, successors.get(r.id) ?? null));
      return query.status ? out.filter((a) => a.status === query.status) : out;
    },

    async get(actor: Actor, id: number): Promise<AgreementOut> {
      authorize(actor, 'agreements:read');
      await assertAgreementInScope(db, actor, id);
      return load(id);
    },

    async create(actor: Actor, raw: unknown): Promise<AgreementOut> {
      authorize(actor, 'agreements:write');
      const input = parseOrThrow(createAgreementSchema, raw);
      const id = await db.transaction().execute(async (trx) => assertOwnGovernment(trx, actor, await createIn(trx, actor, input)));
      return load(id);
    },

    /** `onlyIfUnsigned` (signing): refused when the agreement was signed meanwhile, checked under the agreement's lock. */
    async update(actor: Actor, id: number, raw: unknown, options: { onlyIfUnsigned?: boolean } = {}): Promise<AgreementOut> {
      authorize(actor, 'agreements:write');
      await assertAgreementInScope(db, actor, id);
      const input = parseOrThrow(updateAgreementSchema, raw);
      await db.transaction().execute(async (trx) => {
        await lockAgreement(trx, id); // edits of one agreement one at a time
        const before = await load(id, trx);
        if (options.onlyIfUnsigned && before.signedOn)
          throw new AppError('invalid_state', `Perjanjian sudah ditandatangani pada ${formatDateId(before.signedOn)}`);
        const one = input.numberPartyOne ?? before.numberPartyOne;
        const two = input.numberPartyTwo ?? before.numberPartyTwo;
        if (one === two) throw new AppError('validation_failed', 'Nomor PIHAK KESATU dan PIHAK KEDUA tidak boleh sama');
        await assertNumbersFree(trx, [one, two], id);
        if (input.termsChanges?.length && before.status !== 'draft') {
          throw new AppError('invalid_state', 'Ketentuan perjanjian yang sudah berlaku hanya dapat diubah melalui adendum atau amandemen (Pasal 11)');
        }
        const signedOn = input.signedOn !== undefined ? input.signedOn : before.signedOn;
        if (input.signedOn !== undefined && before.status !== 'draft' && input.signedOn !== before.signedOn && before.amendments.length > 0) {
          throw new AppError('invalid_state', 'Tanggal penandatanganan tidak dapat diubah setelah ada adendum');
        }
        const patch: Parameters<typeof repo.updateAgreement>[2] = { updated_at: new Date().toISOString() };
        if (input.title !== undefined) patch.title = input.title;
        if (input.numberPartyOne !== undefined) patch.number_party_one = input.numberPartyOne;
        if (input.numberPartyTwo !== undefined) patch.number_party_two = input.numberPartyTwo;
        if (input.signedOn !== undefined) patch.signed_on = input.signedOn;
        if (input.place !== undefined) patch.place = input.place;
        if (input.durationMonths !== undefined) patch.duration_months = input.durationMonths;
        if (input.purpose !== undefined) patch.purpose_json = JSON.stringify(input.purpose);
        if (input.scope !== undefined) patch.scope_json = JSON.stringify(input.scope);
        if (input.legalBases !== undefined) patch.legal_bases_json = JSON.stringify(input.legalBases);
        if (input.partyOne) {
          patch.party_one_institution_id = await repo.findOrCreateInstitution(trx, 'government', input.partyOne.institution, input.partyOne.address);
          patch.party_one_address = input.partyOne.address;
          patch.party_one_signatory = input.partyOne.signatory;
          patch.party_one_position = input.partyOne.position;
        }
        if (input.partyTwo) {
          patch.party_two_institution_id = await repo.findOrCreateInstitution(trx, 'bpjs_branch', input.partyTwo.institution, input.partyTwo.address);
          patch.party_two_address = input.partyTwo.address;
          patch.party_two_signatory = input.partyTwo.signatory;
          patch.party_two_position = input.partyTwo.position;
        }
        await repo.updateAgreement(trx, id, patch);
        const original = before.termsVersions[0];
        // A renewal's terms start on its first day, not on its signing day.
        const termsStart = before.startsOn ?? signedOn;
        if (original && (input.termsChanges?.length || (termsStart && termsStart !== original.effectiveFrom && before.termsVersions.length === 1))) {
          const terms = input.termsChanges?.length ? applyTermsChanges(original.terms, input.termsChanges as TermsChange[]) : original.terms;
          await repo.updateTermsVersion(trx, original.id, { terms_json: JSON.stringify(terms), ...(termsStart ? { effective_from: termsStart } : {}) });
        }
        if (before.predecessorId && !before.signedOn && signedOn) {
          const check = checkRenewalDates(datesOf((await repo.getAgreement(trx, before.predecessorId))!), before.startsOn!, signedOn);
          if (!check.ok) throw new AppError('validation_failed', check.message, { issues: [{ path: 'signedOn', message: check.message }] });
          await carryOverIn(trx, actor, id);
        }
        const after = await load(id, trx);
        const { termsVersions: _b, amendments: _c, ...beforeCore } = before;
        const { termsVersions: _d, amendments: _e, ...afterCore } = after;
        await recordAudit(trx, actor, { action: 'agreement.update', entityType: 'agreement', entityId: id, before: beforeCore, after: afterCore });
        await assertOwnGovernment(trx, actor, id);
      });
      return load(id);
    },

    async addAmendment(actor: Actor, id: number, raw: unknown): Promise<AgreementOut> {
      authorize(actor, 'agreements:write');
      await assertAgreementInScope(db, actor, id);
      const input = parseOrThrow(amendmentInputSchema, raw);
      await db.transaction().execute((trx) => amendIn(trx, actor, id, input));
      return load(id);
    },

    /** Which terms govern `date` (termsOn), and whether the date is inside the agreement's validity. */
    async termsOn(actor: Actor, id: number, date: string) {
      authorize(actor, 'agreements:read');
      parseDate(date, 'Tanggal');
      await assertAgreementInScope(db, actor, id);
      const a = await load(id);
      const row = await repo.getAgreement(db, id);
      const version = termsOn(a.termsVersions, date);
      return { agreementId: id, date, withinValidity: row ? isWithinValidity(datesOf(row), date) : false, version };
    },

    async getDocument(actor: Actor, agreementId: number, amendmentId: number) {
      authorize(actor, 'agreements:read');
      await assertAgreementInScope(db, actor, agreementId, 'Dokumen adendum', amendmentId);
      const doc = await repo.getAmendmentDocument(db, agreementId, amendmentId);
      if (!doc) throw notFound('Dokumen adendum', amendmentId);
      return doc;
    },

    /** Loads an agreement data file (and its amendments) in one transaction. */
    async importFile(actor: Actor, raw: unknown): Promise<AgreementOut> {
      authorize(actor, 'agreements:write');
      const file = parseOrThrow(agreementFileSchema, raw);
      const { amendments, format: _f, ...agreement } = file;
      const id = await db.transaction().execute(async (trx) => {
        const newId = await createIn(trx, actor, agreement);
        for (const amendment of amendments) await amendIn(trx, actor, newId, amendment);
        return assertOwnGovernment(trx, actor, newId);
      });
      return load(id);
    },

    async count(): Promise<number> {
      return repo.countAgreements(db);
    },

    statusOf: agreementStatus,
  };
  return { ...service, ...createAgreementLifecycle({ db, load, createIn, update: service.update }) };
}

export type AgreementsService = ReturnType<typeof createAgreementsService>;
