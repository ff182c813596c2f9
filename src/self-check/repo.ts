/** SQL for "Cek perlindungan saya": candidates by NIK, the lookup log and its counts, the card tokens, contacts. */
import type { Kysely } from 'kysely';
import type { DB, SelfCheckLogTable } from '../db/schema.ts';

type Tx = Kysely<DB>;

/** Every participation (with a participant number) of every employee with this NIK. */
export async function candidatesByNik(db: Tx, nik: string) {
  return db
    .selectFrom('employees as e')
    .innerJoin('participants as p', 'p.employee_id', 'e.id')
    .select([
      'e.id as employee_id',
      'e.institution_id',
      'e.birth_date',
      'e.full_name',
      'e.work_unit_id',
      'p.id as participant_id',
      'p.agreement_id',
      'p.kpj',
      'p.status',
    ])
    .where('e.nik', '=', nik)
    .where('p.kpj', 'is not', null)
    .orderBy('p.id', 'desc')
    .execute();
}

/** The government of an employee with this NIK (the first), for the log row; null when none. */
export async function institutionOfNik(db: Tx, nik: string): Promise<number | null> {
  const row = await db.selectFrom('employees').select('institution_id').where('nik', '=', nik).orderBy('id').executeTakeFirst();
  return row?.institution_id ?? null;
}

export async function logLookup(db: Tx, row: Omit<SelfCheckLogTable, 'id'>) {
  await db.insertInto('self_check_log').values(row).execute();
}

/** Failed tries (no match, malformed) since `since` for this column's value: the count, and the `limit`-th most recent instant. */
export async function failuresSince(db: Tx, column: 'nik_hash' | 'ip', value: string, since: string, limit: number) {
  const rows = await db
    .selectFrom('self_check_log')
    .select('at')
    .where(column, '=', value)
    .where('at', '>=', since)
    .where('outcome', 'in', ['no_match', 'invalid'])
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
  return { count: rows.length, limitTh: rows.length >= limit ? rows[limit - 1]!.at : null };
}

export async function listLog(db: Tx, filter: { institutionId?: number | undefined; limit: number }) {
  let q = db.selectFrom('self_check_log').select(['id', 'at', 'ip', 'nik_masked', 'outcome', 'institution_id']);
  if (filter.institutionId !== undefined) q = q.where('institution_id', '=', filter.institutionId);
  return q.orderBy('id', 'desc').limit(filter.limit).execute();
}

export async function insertToken(db: Tx, row: { token_hash: string; participant_id: number; expires_at: string }, now: string) {
  await db.deleteFrom('self_check_tokens').where('expires_at', '<', now).execute();
  await db.insertInto('self_check_tokens').values(row).execute();
}

export async function findToken(db: Tx, tokenHash: string) {
  return db.selectFrom('self_check_tokens').select(['participant_id', 'expires_at']).where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** The employee's unit and government, and the branch of the agreement: names, phones and addresses. */
export async function contactsOf(db: Tx, employeeId: number, agreementId: number) {
  const unit = await db
    .selectFrom('employees as e')
    .innerJoin('work_units as w', 'w.id', 'e.work_unit_id')
    .innerJoin('institutions as g', 'g.id', 'e.institution_id')
    .select([
      'w.name as unit_name',
      'w.phone as unit_phone',
      'w.address as unit_address',
      'g.name as gov_name',
      'g.phone as gov_phone',
      'g.address as gov_address',
    ])
    .where('e.id', '=', employeeId)
    .executeTakeFirstOrThrow();
  const branch = await db
    .selectFrom('agreements as a')
    .innerJoin('institutions as b', 'b.id', 'a.party_two_institution_id')
    .select(['b.name', 'b.phone', 'b.address'])
    .where('a.id', '=', agreementId)
    .executeTakeFirstOrThrow();
  return { unit, branch };
}
