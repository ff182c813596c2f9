/**
 * Document numbers without gaps. A number is taken by incrementing the scope's row in
 * `document_counters` INSIDE the transaction that issues the document: the row stays locked
 * (PostgreSQL row lock; SQLite has one writer) until that transaction ends, and a rollback — a
 * lost race, a refused request — gives the number back. Sequences and ids skip on rollback, so
 * they are never shown as document numbers.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';

export async function nextNumber(trx: Kysely<DB>, scope: string): Promise<number> {
  const row = await sql<{ last_value: number }>`insert into document_counters (scope, last_value) values (${scope}, 1)
    on conflict (scope) do update set last_value = document_counters.last_value + 1
    returning last_value`.execute(trx);
  return Number(row.rows[0]!.last_value);
}

/**
 * Serialises writers of one agreement's documents (bill runs). On PostgreSQL it takes the
 * agreement row's lock until the transaction ends, so a second bill run for the same agreement
 * waits, then — READ COMMITTED takes a new snapshot per statement — sees the first one's bill
 * and answers a clear conflict instead of a unique-constraint failure. SQLite transactions are
 * already serial (one connection), so there it only reads the row.
 */
export async function lockAgreement(trx: Kysely<DB>, agreementId: number): Promise<void> {
  const pg = trx.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres');
  if (pg) await sql`select id from agreements where id = ${agreementId} for update`.execute(trx);
}

/**
 * Serialises filings for one employee (claims): on PostgreSQL the employee row's lock until the
 * transaction ends, so a parallel filing of the same claim waits and then finds the first one.
 */
export async function lockEmployee(trx: Kysely<DB>, employeeId: number): Promise<void> {
  const pg = trx.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres');
  if (pg) await sql`select id from employees where id = ${employeeId} for update`.execute(trx);
}

/**
 * Serialises decisions on one claim (verify, approve, reject, payments): on PostgreSQL the claim
 * row's lock until the transaction ends, so of two parallel approvals, or a payment recorded twice
 * at once, the second waits and then sees the first one's status and payments.
 */
export async function lockClaim(trx: Kysely<DB>, claimId: number): Promise<void> {
  const pg = trx.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres');
  if (pg) await sql`select id from claims where id = ${claimId} for update`.execute(trx);
}
