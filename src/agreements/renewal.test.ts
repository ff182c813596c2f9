/**
 * The agreement's life (issue #12): enrolment refused outside validity, days left and the renewal
 * reminder, and "Perpanjang" carrying participants over with their KPJ so protection continues.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { deactivate, demoAgreement, employee, participants } from '../testing/builders.ts';
import { rosterFactGroups } from '../contributions/index.ts';
import { factCounts, rosterChargeKeys, rosterChargeKeysAggregated } from '../testing/roster-reference.ts';
import { assertSummariesFresh } from '../testing/summaries.ts';

describe('agreement lifecycle and renewal', () => {
  let h: Harness;
  let agreementId: number;
  let admin: Client;
  let participantIds: number[];
  let employeeIds: number[];
  /** The renewal made by "Perpanjang" below. */
  let successorId: number;

  before(async () => {
    h = await createHarness({ today: '2023-01-10' });
    admin = await h.login('admin');
    agreementId = await demoAgreement(h);
    // Four participants from 1 March 2024 (every month they are covered is billed below); the fourth leaves on 10 March 2024 (before the PKS ends).
    ({ participantIds, employeeIds } = await participants(h, { agreementId, count: 4, registeredOn: '2024-03-01' }));
    await deactivate(h, participantIds[3]!, '2024-03-10', 'berhenti');
  });
  after(() => h.close());

  test('enrolment into an ended agreement is refused with its dates; nothing is stored', async () => {
    h.setToday('2026-12-02');
    const employee = { id: employeeIds[0]! };
    const batchesBefore = await h.handle.db.selectFrom('enrolment_batches').select('id').execute();
    const res = await admin.request({ method: 'POST', url: '/api/v1/enrolment/batches', payload: { agreementId, employeeIds: [employee.id] } });
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(
      res.json().error.message,
      'Perjanjian 119/323/SETDA/III/2022 berlaku 14 Maret 2022 s.d. 13 Maret 2024; pendaftaran peserta pada 2 Desember 2026 di luar masa berlaku perjanjian',
    );
    assert.equal((await h.handle.db.selectFrom('enrolment_batches').select('id').execute()).length, batchesBefore.length);
    // A new bill for a month after the end is refused too, with the dates.
    const bill = await admin.request({ method: 'POST', url: '/api/v1/bills', payload: { agreementId, period: '2026-12' } });
    assert.equal(bill.statusCode, 400, bill.body);
    assert.equal(bill.json().error.message, 'Bulan Desember 2026 di luar masa berlaku perjanjian (14 Maret 2022 s.d. 13 Maret 2024)');
  });

  test('a registration date outside validity is refused', async () => {
    h.setToday('2023-02-01');
    const { employeeId } = await employee(h, {
      agreementId,
      unitCode: 'DINKES',
      nik: '7409014101900001',
      fullName: 'Wa Ode Baru',
      sex: 'P',
      birthDate: '1990-01-01',
      startDate: '2022-01-03',
    });
    const batch = (await admin.request({ method: 'POST', url: '/api/v1/enrolment/batches', payload: { agreementId, employeeIds: [employeeId] } })).json();
    const submitted = (await admin.request({ method: 'POST', url: `/api/v1/enrolment/batches/${batch.id}/submit` })).json();
    const officer = await h.login('bpjs_officer');
    const late = await officer.request({
      method: 'POST',
      url: `/api/v1/enrolment/participants/${submitted.participants[0].id}/accept`,
      payload: { kpj: '26133068599', registeredOn: '2024-03-14' },
    });
    assert.equal(late.statusCode, 400, late.body);
    assert.equal(
      late.json().error.message,
      'Perjanjian 119/323/SETDA/III/2022 berlaku 14 Maret 2022 s.d. 13 Maret 2024; tanggal kepesertaan 14 Maret 2024 di luar masa berlaku perjanjian',
    );
    const p = await h.handle.db.selectFrom('participants').select(['status', 'kpj']).where('id', '=', submitted.participants[0].id).executeTakeFirstOrThrow();
    assert.deepEqual(p, { status: 'submitted', kpj: null });
  });

  test('days left, and from 90 days before the end a reminder to prepare the renewal', async () => {
    h.setToday('2023-12-14'); // 90 days before 13 March 2024
    let a = (await admin.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}` })).json();
    assert.equal(a.daysRemaining, 90);
    assert.equal(a.renewalDue, true);
    let reminders = (await admin.request({ method: 'GET', url: `/api/v1/monitoring/reminders?agreementId=${agreementId}` }))
      .json()
      .items.filter((r: { kind: string }) => r.kind === 'agreement_ending');
    assert.equal(reminders.length, 1);
    assert.equal(reminders[0].message, 'Perjanjian 119/323/SETDA/III/2022 berakhir 13 Maret 2024 (90 hari lagi); siapkan perpanjangan');
    h.setToday('2023-12-13'); // 91 days before
    a = (await admin.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}` })).json();
    assert.equal(a.daysRemaining, 91);
    assert.equal(a.renewalDue, false);
    reminders = (await admin.request({ method: 'GET', url: `/api/v1/monitoring/reminders?agreementId=${agreementId}` }))
      .json()
      .items.filter((r: { kind: string }) => r.kind === 'agreement_ending');
    assert.equal(reminders.length, 0);
  });

  test('a renewal that overlaps its predecessor is refused; nothing is stored', async () => {
    h.setToday('2024-02-20');
    const res = await admin.request({
      method: 'POST',
      url: `/api/v1/agreements/${agreementId}/renew`,
      payload: { numberPartyOne: '050/100/SETDA/III/2024', numberPartyTwo: 'PER/20/03/2024', signedOn: '2024-03-01', startsOn: '2024-03-13' },
    });
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(
      res.json().error.message,
      'Tanggal mulai perpanjangan (13 Maret 2024) tumpang tindih dengan perjanjian sebelumnya yang berlaku s.d. 13 Maret 2024; perpanjangan paling cepat mulai 14 Maret 2024',
    );
    const late = await admin.request({
      method: 'POST',
      url: `/api/v1/agreements/${agreementId}/renew`,
      payload: { numberPartyOne: '050/100/SETDA/III/2024', numberPartyTwo: 'PER/20/03/2024', signedOn: '2024-03-20' },
    });
    assert.equal(late.statusCode, 400, late.body);
    assert.equal(
      late.json().error.message,
      'Tanggal penandatanganan (20 Maret 2024) setelah tanggal mulai berlaku (14 Maret 2024); perpanjangan ditandatangani paling lambat pada hari pertama berlakunya',
    );
    assert.equal((await h.handle.db.selectFrom('agreements').select('id').execute()).length, 1);
  });

  test('Perpanjang carries 3 active participants over with their KPJ; protection continues across the boundary', async () => {
    h.setToday('2024-02-20');
    // March 2024 is billed and paid under the old PKS (the month of the boundary is billed once).
    const march = await h.services.contributions.createBill(h.admin, { agreementId, period: '2024-03', issueDate: '2024-02-20' });
    assert.equal(march.amountDue, 4 * 9_531, 'the fourth is billed for March: covered until the 10th');
    await h.services.contributions.recordPayment(h.admin, { billId: march.id, amount: march.amountDue, paidOn: '2024-02-20', bankReference: 'REF-2024-03' });

    const res = await admin.request({
      method: 'POST',
      url: `/api/v1/agreements/${agreementId}/renew`,
      payload: {
        numberPartyOne: '050/100/SETDA/III/2024',
        numberPartyTwo: 'PER/20/03/2024',
        signedOn: '2024-03-01',
        termsChanges: [{ path: 'contribution.reportedWage', value: 2_000_000, basis: 'PKS perpanjangan Pasal 4 ayat (2)' }],
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    const r = res.json();
    assert.equal(r.carriedOver, 3);
    await assertSummariesFresh(h.handle.db, 'the carry-over');
    assert.deepEqual(r.warnings, []);
    const s = r.agreement;
    successorId = s.id;
    assert.equal(s.predecessorId, agreementId);
    assert.equal(s.signedOn, '2024-03-01');
    assert.equal(s.validFrom, '2024-03-14');
    assert.equal(s.validUntil, '2026-03-13');
    assert.equal(s.status, 'draft', 'signed but not yet in force on 20 February 2024');
    assert.equal(s.parties.one.institution, 'Pemerintah Kabupaten Buton Utara');
    assert.equal(s.termsVersions.length, 1);
    assert.equal(s.termsVersions[0].effectiveFrom, '2024-03-14');
    assert.equal(s.termsVersions[0].terms.contribution.reportedWage.value, 2_000_000);
    assert.deepEqual(
      s.termsVersions[0].terms.contribution.jkkRate.value,
      (await h.services.agreements.get(h.admin, agreementId)).currentTerms!.terms.contribution.jkkRate.value,
    );
    const old = (await admin.request({ method: 'GET', url: `/api/v1/agreements/${agreementId}` })).json();
    assert.deepEqual([old.successorId, old.successorNumber, old.predecessorNumber], [s.id, '050/100/SETDA/III/2024', null]);
    assert.deepEqual([s.predecessorNumber, s.successorNumber], ['119/323/SETDA/III/2022', null], 'people read the numbers, not ids');

    const olds = await h.handle.db
      .selectFrom('participants')
      .select(['id', 'employee_id', 'kpj'])
      .where('agreement_id', '=', agreementId)
      .where('id', 'in', participantIds.slice(0, 3))
      .orderBy('id')
      .execute();
    const news = await h.handle.db
      .selectFrom('participants')
      .select(['employee_id', 'kpj', 'status', 'registered_on', 'carried_from_id'])
      .where('agreement_id', '=', s.id)
      .orderBy('carried_from_id')
      .execute();
    assert.deepEqual(
      news,
      olds.map((o) => ({ employee_id: o.employee_id, kpj: o.kpj, status: 'registered', registered_on: '2024-03-14', carried_from_id: o.id })),
    );
    const deactivated = await h.handle.db.selectFrom('participants').select('id').where('carried_from_id', '=', participantIds[3]!).execute();
    assert.equal(deactivated.length, 0, 'a participant who left is not carried over');

    // April 2024 is billed under the renewal at its new wage: 2.000.000 × 0,24% + 0,30% = 4.800 + 6.000.
    h.setToday('2024-03-20');
    const april = await h.services.contributions.createBill(h.admin, { agreementId: s.id, period: '2024-04', issueDate: '2024-03-20' });
    assert.equal(april.amountDue, 3 * 10_800);
    await h.services.contributions.recordPayment(h.admin, { billId: april.id, amount: april.amountDue, paidOn: '2024-03-20', bankReference: 'REF-2024-04' });
    // March is not billed twice.
    const dup = await admin.request({ method: 'POST', url: '/api/v1/bills', payload: { agreementId: s.id, period: '2024-03' } });
    assert.equal(dup.statusCode, 409, dup.body);
    assert.equal(dup.json().error.message, 'Tidak ada peserta terdaftar yang ditagih untuk Maret 2024');

    const nik = (await h.handle.db.selectFrom('employees').select('nik').where('id', '=', olds[0]!.employee_id).executeTakeFirstOrThrow()).nik;
    for (const [date, inForce] of [
      ['2024-03-13', agreementId],
      ['2024-03-14', s.id],
      ['2024-04-01', s.id],
    ] as const) {
      const p = (await admin.request({ method: 'GET', url: `/api/v1/protection?nik=${nik}&date=${date}` })).json();
      assert.equal(p.protected, true, `${date}: ${p.reason}`);
      assert.equal(p.agreementId, inForce, date);
      assert.equal(p.kpj, olds[0]!.kpj);
    }
    // The successor's dashboard counts March (billed and paid under the old PKS) as protected.
    const dash = (await admin.request({ method: 'GET', url: `/api/v1/monitoring/dashboard?agreementId=${s.id}&date=2024-03-20` })).json();
    assert.equal(dash.coverage.protected, 3);
    // The carried March lines reach the successor's roster read from the summaries (person by person
    // and grouped) as they do the ordered aggregate of the lines; the summaries equal the lines after the carry-over and the bills.
    await assertSummariesFresh(h.handle.db, 'the carry-over and the bills on both sides of the renewal');
    for (const date of ['2024-03-20', '2024-04-20']) {
      const q = {
        agreementId: s.id,
        institutionId: (await h.handle.db.selectFrom('agreements').select('party_one_institution_id').where('id', '=', s.id).executeTakeFirstOrThrow())
          .party_one_institution_id,
        date,
        period: date.slice(0, 7),
      };
      const expected = await rosterChargeKeysAggregated(h.handle.db, q);
      assert.ok(
        expected.some((r) => r.charges?.startsWith(`${march.id}:2024-03`)),
        'a carried line',
      );
      assert.deepEqual(await rosterChargeKeys(h.handle.db, q), expected, date);
      assert.deepEqual(factCounts(await rosterFactGroups(h.handle.db, q)), factCounts(expected), date);
    }
    assert.equal(dash.agreement.validFrom, '2024-03-14');
    assert.equal(dash.agreement.daysRemaining, 723);
    // The employee's timeline spans both agreements.
    h.setToday('2024-04-30');
    const timeline = (await admin.request({ method: 'GET', url: `/api/v1/employees/${olds[0]!.employee_id}/protection-timeline` })).json().items;
    assert.deepEqual(
      timeline.slice(-2).map((m: { period: string; protected: boolean }) => [m.period, m.protected]),
      [
        ['2024-03', true],
        ['2024-04', true],
      ],
    );
    // The old PKS no longer asks for a renewal.
    h.setToday('2024-03-01');
    const reminders = (await admin.request({ method: 'GET', url: `/api/v1/monitoring/reminders?agreementId=${agreementId}` }))
      .json()
      .items.filter((x: { kind: string }) => x.kind === 'agreement_ending');
    assert.equal(reminders.length, 0);
  });

  test('a quote under the renewal before its first day names its validity from the start date, not the signing date', async () => {
    // Signed 1 March 2024, in force from 14 March 2024: an incident on 5 March is outside it.
    const early = await admin.request({
      method: 'POST',
      url: '/api/v1/benefits/quote',
      payload: { agreement: successorId, program: 'JKK', outcome: 'death', incidentDate: '2024-03-05' },
    });
    assert.equal(early.statusCode, 400, early.body);
    assert.equal(
      early.json().error.message,
      'Tanggal kejadian 5 Maret 2024 di luar masa berlaku perjanjian 050/100/SETDA/III/2024 (14 Maret 2024 s.d. 13 Maret 2026); manfaat tidak dihitung menurut perjanjian ini (PKS Pasal 10)',
    );
    // Its first day quotes on the renewal's reported wage: 60% × 80 × 2.000.000 + 10.000.000 + 12.000.000 = 118.000.000.
    const first = await admin.request({
      method: 'POST',
      url: '/api/v1/benefits/quote',
      payload: { agreement: successorId, program: 'JKK', outcome: 'death', incidentDate: '2024-03-14' },
    });
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json().total, 118_000_000);
  });

  test('a participant registered under the old PKS after the renewal was signed is carried over at once, with the same KPJ', async () => {
    // Wa Ode Baru's enrolment (submitted under agreement 1 above) is accepted on 5 March 2024,
    // after the renewal was signed (1 March) and before it starts (14 March).
    h.setToday('2024-03-05');
    const pending = await h.handle.db
      .selectFrom('participants')
      .select(['id', 'employee_id'])
      .where('agreement_id', '=', agreementId)
      .where('status', '=', 'submitted')
      .executeTakeFirstOrThrow();
    const officer = await h.login('bpjs_officer');
    const accepted = await officer.request({
      method: 'POST',
      url: `/api/v1/enrolment/participants/${pending.id}/accept`,
      payload: { kpj: '26133068599', registeredOn: '2024-03-05' },
    });
    assert.equal(accepted.statusCode, 200, accepted.body);
    const carried = await h.handle.db
      .selectFrom('participants')
      .select(['agreement_id', 'kpj', 'status', 'registered_on', 'carried_from_id'])
      .where('employee_id', '=', pending.employee_id)
      .where('agreement_id', '=', successorId)
      .execute();
    assert.deepEqual(carried, [
      { agreement_id: successorId, kpj: '26133068599', status: 'registered', registered_on: '2024-03-14', carried_from_id: pending.id },
    ]);
    const nik = (await h.handle.db.selectFrom('employees').select('nik').where('id', '=', pending.employee_id).executeTakeFirstOrThrow()).nik;
    const p = (await admin.request({ method: 'GET', url: `/api/v1/protection?nik=${nik}&date=2024-03-14` })).json();
    assert.deepEqual([p.protected, p.state, p.agreementId, p.kpj], [true, 'awaiting_payment', successorId, '26133068599']);
  });

  test('numbers imported from the branch file after the renewal was signed: carried over too', async () => {
    h.setToday('2024-03-06');
    const { employeeId } = await employee(h, {
      agreementId,
      unitCode: 'DINKES',
      nik: '7409011203910002',
      fullName: 'La Ode Susulan',
      sex: 'L',
      birthDate: '1991-03-12',
      startDate: '2022-01-03',
    });
    const batch = (await admin.request({ method: 'POST', url: '/api/v1/enrolment/batches', payload: { agreementId, employeeIds: [employeeId] } })).json();
    assert.equal((await admin.request({ method: 'POST', url: `/api/v1/enrolment/batches/${batch.id}/submit` })).statusCode, 200);
    const file = Buffer.from('NIK;No Peserta;Tanggal Kepesertaan\n7409011203910002;26133068600;2024-03-06\n');
    const result = await h.services.enrolment.importNumbers(h.admin, agreementId, { fileName: 'kpj.csv', content: file });
    assert.deepEqual([result.rows, result.assigned], [1, 1]);
    const carried = await h.handle.db
      .selectFrom('participants')
      .select(['kpj', 'registered_on'])
      .where('employee_id', '=', employeeId)
      .where('agreement_id', '=', successorId)
      .execute();
    assert.deepEqual(carried, [{ kpj: '26133068600', registered_on: '2024-03-14' }]);
  });

  test('a leaver recorded late on the old PKS is not covered by the renewal either', async () => {
    // The third carried participant left on 12 March 2024 (before the renewal's first day); it is
    // recorded on 5 April on the old PKS's row. Before, the renewal's row stayed active: protected and billed.
    h.setToday('2024-04-05');
    const old = participantIds[2]!;
    const res = await admin.request({
      method: 'POST',
      url: `/api/v1/enrolment/participants/${old}/deactivate`,
      payload: { from: '2024-03-12', reason: 'Berhenti' },
    });
    assert.equal(res.statusCode, 200, res.body);
    const carried = await h.handle.db
      .selectFrom('participants')
      .select(['deactivated_on', 'deactivation_reason'])
      .where('carried_from_id', '=', old)
      .executeTakeFirstOrThrow();
    assert.deepEqual(carried, { deactivated_on: '2024-03-14', deactivation_reason: 'Berhenti' }, "inactive from the renewal's first day");
    const employee = (await h.handle.db.selectFrom('participants').select('employee_id').where('id', '=', old).executeTakeFirstOrThrow()).employee_id;
    const nik = (await h.handle.db.selectFrom('employees').select('nik').where('id', '=', employee).executeTakeFirstOrThrow()).nik;
    const p = (await admin.request({ method: 'GET', url: `/api/v1/protection?nik=${nik}&date=2024-04-01` })).json();
    assert.deepEqual([p.protected, p.state, p.code], [false, 'not_covered', 'deactivated']);
    // A leaver during the renewal, recorded on the old row: the renewal's row ends on the same day.
    const stays = participantIds[1]!;
    assert.equal(
      (await admin.request({ method: 'POST', url: `/api/v1/enrolment/participants/${stays}/deactivate`, payload: { from: '2024-05-01', reason: 'Pindah' } }))
        .statusCode,
      200,
    );
    assert.deepEqual(await h.handle.db.selectFrom('participants').select(['deactivated_on']).where('carried_from_id', '=', stays).executeTakeFirstOrThrow(), {
      deactivated_on: '2024-05-01',
    });
    // Recorded by mistake and undone on the old row: the renewal's row is active again.
    assert.equal((await admin.request({ method: 'POST', url: `/api/v1/enrolment/participants/${stays}/reactivate` })).statusCode, 200);
    assert.deepEqual(await h.handle.db.selectFrom('participants').select(['deactivated_on']).where('carried_from_id', '=', stays).executeTakeFirstOrThrow(), {
      deactivated_on: null,
    });
  });

  test('renewing an agreement that already has a successor is refused', async () => {
    const res = await admin.request({
      method: 'POST',
      url: `/api/v1/agreements/${agreementId}/renew`,
      payload: { numberPartyOne: 'X/1', numberPartyTwo: 'X/2' },
    });
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(
      res.json().error.message,
      `Perjanjian 119/323/SETDA/III/2022 sudah diperpanjang dengan perjanjian 050/100/SETDA/III/2024 (ID ${successorId}); perpanjangan kedua tidak dapat dibuat`,
    );
  });

  test('a renewal after a gap is allowed with a warning; unsigned it carries nobody until signed', async () => {
    h.setToday('2026-01-05');
    const res = await admin.request({
      method: 'POST',
      url: `/api/v1/agreements/${successorId}/renew`,
      payload: { numberPartyOne: '050/7/SETDA/IV/2026', numberPartyTwo: 'PER/3/04/2026', startsOn: '2026-04-01' },
    });
    assert.equal(res.statusCode, 201, res.body);
    const r = res.json();
    assert.deepEqual(r.warnings, ['Ada jeda 18 hari tanpa perjanjian (14 Maret 2026 s.d. 31 Maret 2026): pegawai tidak terlindungi pada hari-hari itu']);
    assert.equal(r.carriedOver, null);
    assert.equal(r.agreement.status, 'draft');
    assert.equal((await h.handle.db.selectFrom('participants').select('id').where('agreement_id', '=', r.agreement.id).execute()).length, 0);
    const signed = await admin.request({ method: 'POST', url: `/api/v1/agreements/${r.agreement.id}/sign`, payload: { signedOn: '2026-03-30' } });
    assert.equal(signed.statusCode, 200, signed.body);
    assert.equal(signed.json().carriedOver, 4, 'of those carried in 2024 the two who stayed, Wa Ode Baru and La Ode Susulan');
    assert.equal(signed.json().agreement.validFrom, '2026-04-01');
    const again = await admin.request({ method: 'POST', url: `/api/v1/agreements/${r.agreement.id}/carry-over` });
    assert.equal(again.json().carriedOver, 0, 'carrying over twice adds nobody');
    const kpjs = await h.handle.db.selectFrom('participants').select('kpj').where('agreement_id', '=', r.agreement.id).orderBy('kpj').execute();
    const first = await h.handle.db.selectFrom('participants').select('kpj').where('id', 'in', participantIds.slice(0, 2)).execute();
    assert.deepEqual(
      kpjs,
      [...first, { kpj: '26133068599' }, { kpj: '26133068600' }].sort((a, b) => a.kpj!.localeCompare(b.kpj!)),
    );
  });
});

describe('lindung agreement renew (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lindung-renew-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const lindung = (args: string[]) => {
    const res = spawnSync(process.execPath, ['bin/lindung.mjs', ...args], {
      env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'r.db')}` },
      encoding: 'utf8',
    });
    return { code: res.status, out: res.stdout, err: res.stderr };
  };

  test('renew, sign; an overlap is an error in Bahasa with exit code 1', () => {
    const imported = lindung(['agreement', 'import', 'data-files/agreements/buton-utara-2022.json', '--json']);
    assert.equal(imported.code, 0, imported.err);
    const id = String(JSON.parse(imported.out).id);
    const overlap = lindung(['agreement', 'renew', id, '--number-one', 'A/1', '--number-two', 'B/1', '--start', '2024-03-01']);
    assert.equal(overlap.code, 1);
    assert.match(
      overlap.err + overlap.out,
      /Galat: Tanggal mulai perpanjangan \(1 Maret 2024\) tumpang tindih dengan perjanjian sebelumnya yang berlaku s\.d\. 13 Maret 2024/,
    );
    const renewed = lindung(['agreement', 'renew', id, '--number-one', 'A/1', '--number-two', 'B/1', '--json']);
    assert.equal(renewed.code, 0, renewed.err);
    const r = JSON.parse(renewed.out);
    assert.equal(r.agreement.startsOn, '2024-03-14');
    assert.equal(r.carriedOver, null);
    const signed = lindung(['agreement', 'sign', String(r.agreement.id), '--date', '2024-03-10']);
    assert.equal(signed.code, 0, signed.err);
    assert.match(signed.out, /Masa berlaku\s+: 14 Maret 2024 s\.d\. 13 Maret 2026 \(24 bulan\)/);
    assert.match(signed.out, new RegExp(`Perpanjangan dari\\s+: perjanjian 119/323/SETDA/III/2022 \\(ID ${id}\\)`));
    assert.match(signed.out, /Peserta dilanjutkan dengan KPJ yang sama: 0/);
  });
});
