/**
 * Receipt numbers (issue #13: document numbers for bills, receipts and claims without gaps):
 * `payments.receipt_number`, e.g. `TT/2022/00001` — the year of the payment date and a number from
 * `document_counters` (scope `receipt/<year>`), taken inside the transaction that records the
 * payment, so a lost race or a refused payment gives its number back. Payments recorded before this
 * migration are numbered in id order within their payment year, and each year's counter continues
 * after the last of them.
 */
import { sql, type Kysely } from 'kysely';

export const receiptNumber = (year: number, n: number) => `TT/${year}/${String(n).padStart(5, '0')}`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('payments').addColumn('receipt_number', 'text').execute();
  const rows = (await sql<{ id: number; paid_on: string }>`select id, paid_on from payments order by id`.execute(db)).rows;
  const last = new Map<number, number>();
  for (const row of rows) {
    const year = Number(String(row.paid_on).slice(0, 4));
    const n = (last.get(year) ?? 0) + 1;
    last.set(year, n);
    await sql`update payments set receipt_number = ${receiptNumber(year, n)} where id = ${row.id}`.execute(db);
  }
  for (const [year, n] of last) await sql`insert into document_counters (scope, last_value) values (${`receipt/${year}`}, ${n})`.execute(db);
  await db.schema.createIndex('payments_receipt_number_uq').on('payments').column('receipt_number').unique().execute();
}

export async function down(): Promise<void> {
  // Forward only.
}
