import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb } from '../testing.ts';
import { migrateToLatest } from '../migrate.ts';
import { assertSummariesFresh } from '../../testing/summaries.ts';
import { agreementRow } from '../../testing/migration-rows.ts';

test('0029 fills the charge summaries from the bill lines already written: dues by month and unit, keys without credited charges', async () => {
  const h = await createTestDb({ upTo: '0028_receipt_numbers' });
  try {
    const db = h.db;
    const inst = async (kind: 'government' | 'bpjs_branch', name: string) =>
      (await db.insertInto('institutions').values({ kind, name, address: '' }).returning('id').executeTakeFirstOrThrow()).id;
    const gov = await inst('government', 'Pemkab Buton Utara');
    const branch = await inst('bpjs_branch', 'KC Kendari');
    const now = new Date().toISOString();
    const agreement = await agreementRow(db as never, gov, branch);
    const units = [];
    for (const code of ['DINKES', 'DPUPR'])
      units.push(
        (await db.insertInto('work_units').values({ institution_id: gov, code, name: code, parent_id: null }).returning('id').executeTakeFirstOrThrow()).id,
      );
    const batch = (
      await db
        .insertInto('enrolment_batches')
        .values({ agreement_id: agreement, number: 'B-1', status: 'processed', work_unit_id: null, note: '', created_by: 'cli:root' } as never)
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const people: { participant: number; employee: number; unit: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const employee = (
        await db
          .insertInto('employees')
          .values({
            institution_id: gov,
            nik: String(7409000000000001 + i),
            full_name: `Peserta ${i}`,
            sex: 'L',
            birth_place: 'Buranga',
            birth_date: '1980-01-01',
            work_unit_id: units[i % 2]!,
            position: 'Staf',
            employment_type: 'honorer',
            start_date: '2020-01-02',
            end_date: null,
            end_reason: null,
            phone: '',
            address: '',
            nik_override_reason: null,
            created_at: now,
            updated_at: now,
          } as never)
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      const participant = (
        await db
          .insertInto('participants')
          .values({
            agreement_id: agreement,
            employee_id: employee,
            batch_id: batch,
            status: 'registered',
            kpj: String(10000000001 + i),
            registered_on: '2022-04-01',
          } as never)
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      people.push({ participant, employee, unit: units[i % 2]! });
    }
    const bill = async (number: string, kind: string, period: string) =>
      (
        await db
          .insertInto('bills')
          .values({
            agreement_id: agreement,
            number,
            kind,
            payment_mode: 'monthly',
            first_period: period,
            months: 1,
            issue_date: '2022-06-01',
            due_date: '2022-06-15',
            corrects_bill_id: null,
            charges: 0,
            credits_applied: 0,
            amount_due: 0,
            note: '',
            created_by: 'cli:root',
          } as never)
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const line = async (billId: number, p: (typeof people)[number], period: string, kind: 'charge' | 'credit', total: number, corrects: number | null = null) =>
      (
        await db
          .insertInto('bill_lines')
          .values({
            bill_id: billId,
            kind,
            participant_id: p.participant,
            employee_id: p.employee,
            work_unit_id: p.unit,
            period,
            wage: 1765000,
            jkk: 0,
            jkm: 0,
            total,
            terms_version_id: 1,
            corrects_line_id: corrects,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const april = await bill('IURAN/1', 'regular', '2022-04');
    const may = await bill('IURAN/2', 'regular', '2022-05');
    for (const p of people) await line(april, p, '2022-04', 'charge', 9531);
    const charged = [];
    for (const p of people) charged.push(await line(may, p, '2022-05', 'charge', 9531));
    const credit = await bill('KREDIT/1', 'credit', '2022-05');
    await line(credit, people[2]!, '2022-05', 'credit', -9531, charged[2]!);

    await migrateToLatest(db, h.schema);
    await assertSummariesFresh(db, 'migration 0029');
    const dues = await db
      .selectFrom('bill_dues')
      .select(['bill_id', 'period', 'work_unit_id', 'due', 'lines'])
      .orderBy('bill_id')
      .orderBy('work_unit_id')
      .execute();
    assert.deepEqual(
      dues.map((d) => [d.bill_id, d.period, d.work_unit_id, Number(d.due), Number(d.lines)]),
      [
        [april, '2022-04', units[0], 2 * 9531, 2],
        [april, '2022-04', units[1], 9531, 1],
        [may, '2022-05', units[0], 2 * 9531, 2],
        [may, '2022-05', units[1], 9531, 1],
        [credit, '2022-05', units[0], -9531, 1],
      ],
    );
    const keys = await db.selectFrom('participant_charges').select(['participant_id', 'agreement_id', 'charges']).orderBy('participant_id').execute();
    assert.deepEqual(keys, [
      { participant_id: people[0]!.participant, agreement_id: agreement, charges: `,${april}:2022-04,${may}:2022-05,` },
      { participant_id: people[1]!.participant, agreement_id: agreement, charges: `,${april}:2022-04,${may}:2022-05,` },
      { participant_id: people[2]!.participant, agreement_id: agreement, charges: `,${april}:2022-04,` },
    ]);
  } finally {
    await h.close();
  }
});
