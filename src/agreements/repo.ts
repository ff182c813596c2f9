/** SQL for agreements, their amendments, terms versions and stored documents. No rules here. */
import { containsText } from '../db/like.ts';
import type { Kysely } from 'kysely';
import type { AgreementUpdate, AmendmentsTable, DB, NewAgreementRow } from '../db/schema.ts';

export type Tx = Kysely<DB>;

export async function findOrCreateInstitution(trx: Tx, kind: 'government' | 'bpjs_branch', name: string, address: string): Promise<number> {
  const existing = await trx.selectFrom('institutions').select(['id', 'address']).where('kind', '=', kind).where('name', '=', name).executeTakeFirst();
  if (existing) {
    if (address && existing.address !== address) {
      await trx.updateTable('institutions').set({ address }).where('id', '=', existing.id).execute();
    }
    return existing.id;
  }
  const row = await trx.insertInto('institutions').values({ kind, name, address }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

const agreementColumns = [
  'a.id',
  'a.title',
  'a.number_party_one',
  'a.number_party_two',
  'a.signed_on',
  'a.place',
  'a.duration_months',
  'a.party_one_institution_id',
  'a.party_one_address',
  'a.party_one_signatory',
  'a.party_one_position',
  'a.party_two_institution_id',
  'a.party_two_address',
  'a.party_two_signatory',
  'a.party_two_position',
  'a.purpose_json',
  'a.scope_json',
  'a.legal_bases_json',
  'a.terminated_on',
  'a.termination_reason',
  'a.predecessor_id',
  'a.starts_on',
  'a.created_at',
  'a.updated_at',
] as const;

/** Agreements (`a`) joined to their two parties (`p1` the government, `p2` the BPJS branch). */
function joinParties(db: Tx) {
  return db
    .selectFrom('agreements as a')
    .innerJoin('institutions as p1', 'p1.id', 'a.party_one_institution_id')
    .innerJoin('institutions as p2', 'p2.id', 'a.party_two_institution_id');
}

function agreementsWithParties(db: Tx) {
  return joinParties(db).select(agreementColumns).select(['p1.name as party_one_name', 'p2.name as party_two_name']);
}

export type AgreementRecord = Awaited<ReturnType<typeof getAgreement>> & object;

/**
 * The agreement's dates, numbers and parties' names (without its texts): what enrolment, cards and the
 * dashboard read of an agreement. The parties' names are `party_one` / `party_two`.
 */
export async function agreementParties(db: Tx, id: number) {
  return joinParties(db)
    .select([
      'a.id',
      'a.title',
      'a.number_party_one',
      'a.number_party_two',
      'a.signed_on',
      'a.starts_on',
      'a.duration_months',
      'a.terminated_on',
      'a.party_one_institution_id',
      'a.party_two_institution_id',
      'a.place',
      'a.party_one_signatory',
      'a.party_two_signatory',
      'p1.name as party_one',
      'p2.name as party_two',
    ])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export type AgreementParties = NonNullable<Awaited<ReturnType<typeof agreementParties>>>;

export async function getAgreement(db: Tx, id: number) {
  return agreementsWithParties(db).where('a.id', '=', id).executeTakeFirst();
}

export async function listAgreements(db: Tx, q: { text?: string | undefined }) {
  let query = agreementsWithParties(db);
  if (q.text) {
    const text = q.text;
    query = query.where((eb) =>
      eb.or([
        containsText(eb.ref('a.title'), text),
        containsText(eb.ref('a.number_party_one'), text),
        containsText(eb.ref('a.number_party_two'), text),
        containsText(eb.ref('p1.name'), text),
        containsText(eb.ref('p2.name'), text),
      ]),
    );
  }
  return query
    .orderBy('a.signed_on', (ob) => ob.desc().nullsFirst())
    .orderBy('a.id', 'desc')
    .execute();
}

/** The agreement that already uses either number, if any (numbers are unique across agreements). */
export async function findByNumber(db: Tx, numbers: string[], exceptId?: number) {
  let query = db
    .selectFrom('agreements')
    .select(['id', 'number_party_one', 'number_party_two'])
    .where((eb) => eb.or([eb('number_party_one', 'in', numbers), eb('number_party_two', 'in', numbers)]));
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return query.executeTakeFirst();
}

export async function insertAgreement(trx: Tx, row: NewAgreementRow): Promise<number> {
  const { id } = await trx.insertInto('agreements').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateAgreement(trx: Tx, id: number, patch: AgreementUpdate): Promise<void> {
  await trx.updateTable('agreements').set(patch).where('id', '=', id).execute();
}

export async function listTermsVersions(db: Tx, agreementId: number) {
  return db
    .selectFrom('terms_versions')
    .select(['id', 'agreement_id', 'effective_from', 'amendment_id', 'terms_json'])
    .where('agreement_id', '=', agreementId)
    .orderBy('effective_from', 'asc')
    .execute();
}

/** Terms versions of many agreements at once (for lists). */
export async function listTermsVersionsFor(db: Tx, agreementIds: number[]) {
  if (agreementIds.length === 0) return [];
  return db
    .selectFrom('terms_versions')
    .select(['id', 'agreement_id', 'effective_from', 'amendment_id', 'terms_json'])
    .where('agreement_id', 'in', agreementIds)
    .orderBy('effective_from', 'asc')
    .execute();
}

export async function insertTermsVersion(
  trx: Tx,
  row: { agreement_id: number; effective_from: string; amendment_id: number | null; terms_json: string },
): Promise<number> {
  const { id } = await trx.insertInto('terms_versions').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateTermsVersion(trx: Tx, id: number, patch: { effective_from?: string; terms_json?: string }): Promise<void> {
  await trx.updateTable('terms_versions').set(patch).where('id', '=', id).execute();
}

export async function listAmendments(db: Tx, agreementId: number) {
  return db
    .selectFrom('amendments as m')
    .leftJoin('files as f', 'f.id', 'm.document_file_id')
    .select(['m.id', 'm.kind', 'm.number', 'm.signed_on', 'm.effective_from', 'm.summary', 'm.created_at', 'm.document_file_id'])
    .select(['f.name as file_name', 'f.mime as file_mime', 'f.size as file_size'])
    .where('m.agreement_id', '=', agreementId)
    .orderBy('m.effective_from', 'asc')
    .execute();
}

export async function insertAmendment(trx: Tx, row: Omit<AmendmentsTable, 'id' | 'created_at'>): Promise<number> {
  const { id } = await trx.insertInto('amendments').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export { insertFile } from '../db/files.ts';

export async function getAmendmentDocument(db: Tx, agreementId: number, amendmentId: number) {
  return db
    .selectFrom('amendments as m')
    .innerJoin('files as f', 'f.id', 'm.document_file_id')
    .select(['f.name', 'f.mime', 'f.content'])
    .where('m.agreement_id', '=', agreementId)
    .where('m.id', '=', amendmentId)
    .executeTakeFirst();
}

/** The renewal of an agreement, if any (predecessor_id is unique). */
export async function successorOf(db: Tx, id: number) {
  return db.selectFrom('agreements').select(['id', 'number_party_one', 'signed_on']).where('predecessor_id', '=', id).executeTakeFirst();
}

/** predecessor id → successor id, for lists. */
export async function successorsOf(db: Tx, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('agreements').select(['id', 'predecessor_id']).where('predecessor_id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.predecessor_id!, r.id]));
}

/**
 * Participants of `agreementId` still active on `startsOn` (registered, not deactivated on or
 * before it, employee not ended before it) and not yet carried into `successorId`.
 */
export async function participantsToCarry(db: Tx, agreementId: number, successorId: number, startsOn: string) {
  return db
    .selectFrom('participants as p')
    .innerJoin('employees as e', 'e.id', 'p.employee_id')
    .leftJoin('participants as s', (join) => join.onRef('s.employee_id', '=', 'p.employee_id').on('s.agreement_id', '=', successorId))
    .select(['p.id', 'p.employee_id', 'p.kpj', 'p.deactivated_on', 'p.deactivation_reason', 'e.full_name'])
    .where('p.agreement_id', '=', agreementId)
    .where('p.status', '=', 'registered')
    .where('p.kpj', 'is not', null)
    .where((eb) => eb.or([eb('p.deactivated_on', 'is', null), eb('p.deactivated_on', '>', startsOn)]))
    .where((eb) => eb.or([eb('e.end_date', 'is', null), eb('e.end_date', '>=', startsOn)]))
    .where('s.id', 'is', null)
    .orderBy('p.id')
    .execute();
}

export async function insertCarryBatch(trx: Tx, agreementId: number, number: string, note: string, actorLabel: string): Promise<number> {
  const existing = await trx.selectFrom('enrolment_batches').select('id').where('number', '=', number).executeTakeFirst();
  if (existing) return existing.id;
  const now = new Date().toISOString();
  const { id } = await trx
    .insertInto('enrolment_batches')
    .values({
      agreement_id: agreementId,
      number,
      status: 'processed',
      work_unit_id: null,
      note,
      created_by: actorLabel,
      submitted_by: actorLabel,
      submitted_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertCarriedParticipant(
  trx: Tx,
  row: {
    agreement_id: number;
    employee_id: number;
    batch_id: number;
    kpj: string;
    registered_on: string;
    deactivated_on: string | null;
    deactivation_reason: string | null;
    carried_from_id: number;
  },
  actorLabel: string,
  note: string,
): Promise<number> {
  const { id } = await trx
    .insertInto('participants')
    .values({ ...row, status: 'registered' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('participant_events')
    .values({ participant_id: id, actor_label: actorLabel, from_status: null, to_status: 'registered', note })
    .execute();
  return id;
}

/** How many participants of a renewal were carried over from its predecessor. */
export async function countCarriedParticipants(db: Tx, agreementId: number): Promise<number> {
  const { n } = await db
    .selectFrom('participants')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agreement_id', '=', agreementId)
    .where('carried_from_id', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** The government (party one) of an agreement; throws when there is no such agreement. */
export async function partyOneOf(db: Tx, agreementId: number): Promise<number> {
  return (await db.selectFrom('agreements').select('party_one_institution_id').where('id', '=', agreementId).executeTakeFirstOrThrow())
    .party_one_institution_id;
}

/** How many agreements the database holds. */
export async function countAgreements(db: Tx): Promise<number> {
  const { n } = await db
    .selectFrom('agreements')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}
