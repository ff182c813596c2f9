import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb } from '../testing.ts';
import { migrateToLatest } from '../migrate.ts';
import { nextNumber } from '../counters.ts';
import { agreementRow } from '../../testing/migration-rows.ts';

test('0028 numbers the payments already recorded in id order within their payment year and continues each year after them', async () => {
  const h = await createTestDb({ upTo: '0026_roster_staged_rows' });
  try {
    const db = h.db;
    const inst = async (kind: 'government' | 'bpjs_branch', name: string) =>
      (await db.insertInto('institutions').values({ kind, name, address: '' }).returning('id').executeTakeFirstOrThrow()).id;
    const gov = await inst('government', 'Pemkab Buton Utara');
    const branch = await inst('bpjs_branch', 'KC Kendari');
    const agreement = await agreementRow(db as never, gov, branch);
    const bill = (
      await db
        .insertInto('bills')
        .values({
          agreement_id: agreement,
          number: 'IURAN/1/202205/00001',
          kind: 'regular',
          payment_mode: 'monthly',
          first_period: '2022-05',
          months: 1,
          issue_date: '2022-06-01',
          due_date: '2022-06-15',
          corrects_bill_id: null,
          charges: 100,
          credits_applied: 0,
          amount_due: 100,
          note: '',
          created_by: 'cli:root',
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    for (const [i, paidOn] of ['2022-12-30', '2023-01-02', '2022-06-10', '2023-03-01'].entries()) {
      await db
        .insertInto('payments')
        .values({
          agreement_id: agreement,
          bill_id: bill,
          amount: 25,
          paid_on: paidOn,
          method: 'transfer',
          bank_reference: `R-${i}`,
          bank_reference_key: `R-${i}`,
          budget_line: '',
          evidence_file_id: null,
          note: '',
          created_by: 'cli:root',
        } as never)
        .execute();
    }
    await migrateToLatest(db, h.schema);
    const rows = await db.selectFrom('payments').select(['id', 'receipt_number']).orderBy('id').execute();
    assert.deepEqual(
      rows.map((r) => r.receipt_number),
      ['TT/2022/00001', 'TT/2023/00001', 'TT/2022/00002', 'TT/2023/00002'],
    );
    assert.equal(await db.transaction().execute((trx) => nextNumber(trx, 'receipt/2022')), 3);
    assert.equal(await db.transaction().execute((trx) => nextNumber(trx, 'receipt/2024')), 1);
    await assert.rejects(db.updateTable('payments').set({ receipt_number: 'TT/2022/00001' }).where('id', '=', rows[1]!.id).execute(), 'the number is unique');
  } finally {
    await h.close();
  }
});
