/**
 * Races through the HTTP app, on SQLite and PostgreSQL: N parallel identical and conflicting
 * requests at each write with a natural key. One winner; the others a 409 with a Bahasa message
 * or an idempotent replay; never a 500; document numbers without gaps.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { createHarness, demoAgreementData, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement, participants } from '../testing/builders.ts';

const N = 12;

function statuses(responses: LightMyRequestResponse[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const r of responses) out[r.statusCode] = (out[r.statusCode] ?? 0) + 1;
  return out;
}

function assertNo500(responses: LightMyRequestResponse[]) {
  for (const r of responses) assert.ok(r.statusCode < 500, `no 500: ${r.statusCode} ${r.body}`);
  for (const r of responses.filter((x) => x.statusCode === 409)) assert.match(r.json().error.message, /sudah|sedang|tidak dapat/, 'a Bahasa conflict message');
}

describe('parallel writes with a natural key', () => {
  let h: Harness;
  let agreementId: number;
  let employeeIds: number[];
  let admin: Client;
  let officer: Client;

  before(async () => {
    h = await createHarness({ today: '2022-08-05' });
    admin = await h.login('admin');
    officer = await h.login('bpjs_officer');
    agreementId = await demoAgreement(h);
    ({ employeeIds } = await participants(h, { agreementId, count: 5, registeredOn: '2022-04-01' }));
  });
  after(() => h.close());

  test(`${N} parallel bill runs for one period: one bill, the others 409 "sudah ditagih", numbers without gaps`, async () => {
    const responses = await Promise.all(
      Array.from({ length: N }, () => admin.request({ method: 'POST', url: '/api/v1/bills', payload: { agreementId, period: '2022-05' } })),
    );
    assertNo500(responses);
    assert.deepEqual(statuses(responses), { 201: 1, 409: N - 1 });
    for (const r of responses.filter((x) => x.statusCode === 409)) assert.match(r.json().error.message, /Mei 2022 sudah ditagih/);
    const bills = await h.handle.db.selectFrom('bills').select(['number', 'amount_due']).orderBy('id').execute();
    assert.equal(bills.length, 1);
    assert.equal(bills[0]!.amount_due, 5 * 9531);
    assert.equal(
      await h.handle.db
        .selectFrom('bill_lines')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n)),
      5,
    );
    // The next periods, again in parallel (each its own period): consecutive numbers after the first.
    const next = await Promise.all(
      ['2022-06', '2022-07'].flatMap((period) =>
        Array.from({ length: 4 }, () => admin.request({ method: 'POST', url: '/api/v1/bills', payload: { agreementId, period } })),
      ),
    );
    assertNo500(next);
    assert.deepEqual(statuses(next), { 201: 2, 409: 6 });
    const numbers = (await h.handle.db.selectFrom('bills').select('number').orderBy('number').execute()).map((b) => Number(b.number.split('/').at(-1)));
    assert.deepEqual(numbers.sort(), [1, 2, 3], 'no number skipped by the losers');
  });

  test(`${N} parallel identical payments: one payment (201), the others the same payment back (200)`, async () => {
    const bill = await h.handle.db.selectFrom('bills').select(['id', 'amount_due']).orderBy('id').executeTakeFirstOrThrow();
    const body = { billId: bill.id, amount: bill.amount_due, paidOn: '2022-06-01', bankReference: 'RACE-1' };
    const responses = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        admin.request({
          method: 'POST',
          url: '/api/v1/payments',
          payload: { ...body, bankReference: i % 3 === 0 ? 'RACE-1' : i % 3 === 1 ? 'race-1' : ' RACE -1 ' },
        }),
      ),
    );
    assertNo500(responses);
    assert.deepEqual(statuses(responses), { 201: 1, 200: N - 1 }, 'RACE-1, race-1 and "RACE -1" are one transfer');
    const ids = new Set(responses.map((r) => r.json().id));
    assert.equal(ids.size, 1, 'every answer names the one payment');
    assert.deepEqual([...new Set(responses.map((r) => r.json().receiptNumber))], ['TT/2022/00001'], 'and its one receipt');
    // The same reference for another amount is a conflict, also in parallel.
    const conflicting = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        admin.request({ method: 'POST', url: '/api/v1/payments', payload: { ...body, amount: 1000 + i, bankReference: 'race-1' } }),
      ),
    );
    assertNo500(conflicting);
    assert.deepEqual(statuses(conflicting), { 409: N });
    assert.match(conflicting[0]!.json().error.message, /referensi bank race-1 sudah dipakai/);
    const rows = await h.handle.db.selectFrom('payments').select(['amount', 'bank_reference_key']).execute();
    assert.deepEqual(rows, [{ amount: bill.amount_due, bank_reference_key: 'RACE-1' }]);
  });

  test(`${N} parallel new payments with distinct references for one bill: all recorded`, async () => {
    const bill = await h.handle.db.selectFrom('bills').select(['id']).orderBy('id').offset(1).limit(1).executeTakeFirstOrThrow();
    const responses = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        admin.request({ method: 'POST', url: '/api/v1/payments', payload: { billId: bill.id, amount: 100, paidOn: '2022-07-01', bankReference: `PAR-${i}` } }),
      ),
    );
    assertNo500(responses);
    assert.deepEqual(statuses(responses), { 201: N });
    // Receipt numbers: the identical race's one payment and these N, consecutive — the losers took none.
    const receipts = (await h.handle.db.selectFrom('payments').select('receipt_number').orderBy('receipt_number').execute()).map((p) => p.receipt_number);
    assert.deepEqual(
      receipts,
      Array.from({ length: N + 1 }, (_, i) => `TT/2022/${String(i + 1).padStart(5, '0')}`),
    );
    assert.deepEqual(responses.map((r) => r.json().receiptNumber).sort(), receipts.slice(1));
  });

  test(`${N} parallel registration batches for the same employees: one batch, the others 409; batch numbers without gaps`, async () => {
    const unit = await h.services.units.create(h.admin, { agreementId, code: 'DISDIK', name: 'Dinas Pendidikan' });
    const people: { id: number }[] = [];
    for (const [i, nik] of ['7409014508900001', '7409010101850001'].entries()) {
      people.push(
        await h.services.roster.create(h.admin, {
          nik,
          fullName: `Pegawai Balapan ${i}`,
          sex: i ? 'L' : 'P',
          birthDate: i ? '1985-01-01' : '1990-08-05',
          workUnitId: unit.id,
          employmentType: 'honorer',
          startDate: '2020-01-02',
        }),
      );
    }
    const responses = await Promise.all(
      Array.from({ length: N }, () =>
        admin.request({ method: 'POST', url: '/api/v1/enrolment/batches', payload: { agreementId, employeeIds: people.map((p) => p.id) } }),
      ),
    );
    assertNo500(responses);
    assert.deepEqual(statuses(responses), { 201: 1, 409: N - 1 });
    const winner = responses.find((r) => r.statusCode === 201)!.json();
    assert.equal(winner.number, 'PENDAFTARAN-2022-0002', 'the next after the setup’s batch (0001): the losers took none');
    const participants = await h.handle.db
      .selectFrom('participants')
      .select('id')
      .where(
        'employee_id',
        'in',
        people.map((p) => p.id),
      )
      .execute();
    assert.equal(participants.length, 2);

    // Accepting two participants with one KPJ in parallel: one gets it, the other 409.
    await admin.request({ method: 'POST', url: `/api/v1/enrolment/batches/${winner.id}/submit` });
    const [p1, p2] = winner.participants as { id: number }[];
    const accepts = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        officer.request({
          method: 'POST',
          url: `/api/v1/enrolment/participants/${(i % 2 ? p1 : p2)!.id}/accept`,
          payload: { kpj: '26133068599', registeredOn: '2022-04-01' },
        }),
      ),
    );
    assertNo500(accepts);
    const kpjs = await h.handle.db.selectFrom('participants').select('kpj').where('kpj', '=', '26133068599').execute();
    assert.equal(kpjs.length, 1, 'one participant holds the KPJ');
    assert.ok(accepts.filter((r) => r.statusCode === 409).length >= 1);
    for (const r of accepts.filter((x) => x.statusCode === 409)) assert.match(r.json().error.message, /sudah|tidak dapat/);

    // First card print in parallel: every answer carries the same card (one token issued).
    const cards = await Promise.all(
      Array.from({ length: 6 }, () =>
        officer.request({
          method: 'GET',
          url: `/api/v1/enrolment/participants/${(accepts.find((r) => r.statusCode === 200)!.json() as { id: number }).id}/card.pdf`,
        }),
      ),
    );
    assertNo500(cards);
    assert.deepEqual(statuses(cards), { 200: 6 });
    const tokens = await h.handle.db.selectFrom('participants').select('card_token').where('card_token', 'is not', null).execute();
    assert.equal(tokens.length, 1);
  });

  test(`${N} parallel filings of the same claim: one claim (201), the others 409 naming it; claim numbers without gaps`, async () => {
    const claim = (over: Record<string, unknown> = {}) => ({
      employeeId: employeeIds[0],
      program: 'JKK',
      outcome: 'recovered',
      incidentDate: '2022-05-02',
      incidentTime: '09:30',
      place: 'Kantor',
      chronology: 'Terjatuh dari tangga',
      reporter: 'Kepala Tata Usaha',
      stage1ReportedOn: '2022-05-03',
      benefit: { medicalCost: 1_000_000, incapacityDays: 3 },
      ...over,
    });
    const responses = await Promise.all(Array.from({ length: N }, () => admin.request({ method: 'POST', url: '/api/v1/claims', payload: claim() })));
    assertNo500(responses);
    assert.deepEqual(
      statuses(responses),
      { 201: 1, 409: N - 1 },
      responses
        .filter((r) => r.statusCode !== 409)
        .map((r) => r.body)
        .join('\n'),
    );
    const winner = responses.find((r) => r.statusCode === 201)!.json();
    assert.equal(winner.number, 'KLM/2022/00001');
    for (const r of responses.filter((x) => x.statusCode === 409))
      assert.match(r.json().error.message, /^Klaim JKK \(sembuh\) Peserta 0 untuk kejadian 2 Mei 2022 sudah diajukan: KLM\/2022\/00001 \(diajukan\)$/);
    // Other incidents in parallel: each its own claim, consecutive numbers.
    const others = await Promise.all([
      ...Array.from({ length: 3 }, () =>
        admin.request({ method: 'POST', url: '/api/v1/claims', payload: claim({ incidentDate: '2022-05-09', stage1ReportedOn: '2022-05-10' }) }),
      ),
      ...Array.from({ length: 3 }, () =>
        admin.request({ method: 'POST', url: '/api/v1/claims', payload: claim({ incidentDate: '2022-05-16', stage1ReportedOn: '2022-05-17' }) }),
      ),
    ]);
    assertNo500(others);
    assert.deepEqual(statuses(others), { 201: 2, 409: 4 });
    const numbers = (await h.handle.db.selectFrom('claims').select('number').orderBy('number').execute()).map((c) => c.number);
    assert.deepEqual(numbers, ['KLM/2022/00001', 'KLM/2022/00002', 'KLM/2022/00003'], 'no number skipped by the losers');
    // A rejected claim may be filed again: a new number.
    const rejected = await officer.request({ method: 'POST', url: `/api/v1/claims/${winner.id}/reject`, payload: { reason: 'Bukan kecelakaan kerja' } });
    assert.equal(rejected.json().status, 'rejected', rejected.body);
    const again = await admin.request({ method: 'POST', url: '/api/v1/claims', payload: claim() });
    assert.equal(again.statusCode, 201, again.body);
    assert.equal(again.json().number, 'KLM/2022/00004');
  });

  test(`${N} parallel decisions on one claim: one transition wins; ${N} parallel payments: one recorded, retries replayed`, async () => {
    const { doc, JKK_REQUIRED } = await import('../claims/testing.ts');
    const claimOf = async (number: string) =>
      await h.handle.db.selectFrom('claims').select(['id', 'status']).where('number', '=', number).executeTakeFirstOrThrow();
    const eventsOf = async (id: number) =>
      (await h.handle.db.selectFrom('claim_events').select(['from_status', 'to_status']).where('claim_id', '=', id).orderBy('id').execute()).map(
        (e) => `${e.from_status ?? '-'}>${e.to_status}`,
      );
    const verified = async (number: string) => {
      const { id } = await claimOf(number);
      for (const code of JKK_REQUIRED)
        assert.equal((await admin.request({ method: 'POST', url: `/api/v1/claims/${id}/documents`, payload: doc(code) })).statusCode, 200);
      const verifies = await Promise.all(Array.from({ length: N }, () => officer.request({ method: 'POST', url: `/api/v1/claims/${id}/verify` })));
      assertNo500(verifies);
      assert.deepEqual(statuses(verifies), { 200: 1, 409: N - 1 }, 'one verification');
      return id;
    };

    // Approve and reject at once: one decision, one event out of "verified".
    const decided = await verified('KLM/2022/00002');
    const decisions = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        i % 2
          ? officer.request({ method: 'POST', url: `/api/v1/claims/${decided}/approve`, payload: {} })
          : officer.request({ method: 'POST', url: `/api/v1/claims/${decided}/reject`, payload: { reason: 'Dokumen tidak sah' } }),
      ),
    );
    assertNo500(decisions);
    assert.deepEqual(statuses(decisions), { 200: 1, 409: N - 1 }, decisions.map((r) => r.body).join('\n'));
    const events = await eventsOf(decided);
    assert.deepEqual(events.slice(0, 2), ['->submitted', 'submitted>verified']);
    assert.equal(events.length, 3, `one decision recorded: ${events.join(', ')}`);
    assert.match(events[2]!, /^verified>(approved|rejected)$/);

    // Payments of an approved claim: N distinct transfers of the whole benefit at once record one.
    const paid = await verified('KLM/2022/00003');
    const approved = await officer.request({ method: 'POST', url: `/api/v1/claims/${paid}/approve`, payload: {} });
    assert.equal(approved.statusCode, 200, approved.body);
    const total = approved.json().approvedTotal as number;
    // Approved on the harness's today (5 August 2022: the event's real instant is later, so the service takes today), paid the same day.
    const pay = (reference: string, amount = total) =>
      officer.request({ method: 'POST', url: `/api/v1/claims/${paid}/payments`, payload: { amount, paidOn: '2022-08-05', reference } });
    const distinct = await Promise.all(Array.from({ length: N }, (_, i) => pay(`KLM-TRF-${i}`)));
    assertNo500(distinct.filter((r) => r.statusCode !== 409));
    assert.deepEqual(statuses(distinct), { 200: 1, 409: N - 1 }, distinct.map((r) => r.body).join('\n'));
    const rows = async () => h.handle.db.selectFrom('claim_payments').select(['amount', 'reference']).where('claim_id', '=', paid).execute();
    assert.equal((await rows()).length, 1, 'the benefit is paid once, not N times');
    assert.deepEqual(
      (await rows()).map((r) => r.amount),
      [total],
    );
    assert.equal((await claimOf('KLM/2022/00003')).status, 'paid');

    // The winner's transfer sent again (any case and spacing): the claim back, nothing recorded twice.
    const reference = (await rows())[0]!.reference;
    const retries = await Promise.all(Array.from({ length: N }, (_, i) => pay(i % 2 ? reference.toLowerCase() : ` ${reference} `)));
    assertNo500(retries);
    assert.deepEqual(statuses(retries), { 200: N });
    assert.equal(retries[0]!.json().status, 'paid');
    assert.equal((await rows()).length, 1);
    // The same reference with another amount is a conflict naming the first payment.
    const other = await pay(reference, 1000);
    assert.equal(other.statusCode, 409, other.body);
    assert.match(other.json().error.message, new RegExp(`^Nomor referensi ${reference} sudah dipakai untuk pembayaran lain klaim ini \\(5 Agustus 2022, Rp `));
    const english = await officer.request({
      method: 'POST',
      url: `/api/v1/claims/${paid}/payments`,
      headers: { 'accept-language': 'en' },
      payload: { amount: 1000, paidOn: '2022-08-05', reference },
    });
    assert.match(
      english.json().error.message,
      new RegExp(`^The reference ${reference} is already used for another payment of this claim \\(5 August 2022, Rp `),
    );
  });

  test('a unique violation the services did not foresee is a 409 in Bahasa, never a 500', async () => {
    const { appErrorFromDb } = await import('../db/db-errors.ts');
    let caught: unknown;
    try {
      const { institution_id } = await h.handle.db.selectFrom('work_units').select('institution_id').where('code', '=', 'DISDIK').executeTakeFirstOrThrow();
      await h.handle.db.insertInto('work_units').values({ institution_id, code: 'DISDIK', name: 'Kembar', parent_id: null }).execute();
    } catch (e) {
      caught = e;
    }
    const mapped = appErrorFromDb(caught);
    assert.equal(mapped?.status, 409);
    assert.equal(mapped?.message, 'Kode unit kerja itu sudah dipakai');
  });
});

describe('parallel changes of one record: one winner, the others a 409, one history entry', () => {
  let h: Harness;
  let agreementId: number;
  let made: Awaited<ReturnType<typeof participants>>;
  let admin: Client;

  before(async () => {
    h = await createHarness({ today: '2024-02-20' });
    admin = await h.login('admin');
    agreementId = await demoAgreement(h);
    made = await participants(h, { agreementId, count: 3, registeredOn: '2022-04-01' });
  });
  after(() => h.close());

  test(`${N} parallel signings of a draft agreement: one, the others 409; one audit entry`, async () => {
    const { format: _f, amendments: _a, ...body } = demoAgreementData();
    const draft = await h.services.agreements.create(h.admin, { ...body, numberPartyOne: 'DRAF/1', numberPartyTwo: 'PER/DRAF/1', signedOn: null });
    const responses = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        admin.request({ method: 'POST', url: `/api/v1/agreements/${draft.id}/sign`, payload: { signedOn: `2024-01-${String(i + 1).padStart(2, '0')}` } }),
      ),
    );
    assertNo500(responses);
    assert.deepEqual(statuses(responses), { 200: 1, 409: N - 1 }, responses.map((r) => r.body).join('\n'));
    const signedOn = responses.find((r) => r.statusCode === 200)!.json().agreement.signedOn;
    for (const r of responses.filter((x) => x.statusCode === 409))
      assert.match(r.json().error.message, /^Perjanjian sudah ditandatangani pada \d+ Januari 2024$/);
    assert.equal((await h.handle.db.selectFrom('agreements').select('signed_on').where('id', '=', draft.id).executeTakeFirstOrThrow()).signed_on, signedOn);
    assert.equal(
      (await h.handle.db.selectFrom('audit_log').select('id').where('action', '=', 'agreement.update').where('entity_id', '=', String(draft.id)).execute())
        .length,
      1,
    );
  });

  test(`${N} parallel renewals of one agreement: one successor, the others 409 naming it`, async () => {
    const responses = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        admin.request({
          method: 'POST',
          url: `/api/v1/agreements/${agreementId}/renew`,
          payload: { numberPartyOne: `050/${i}/SETDA/III/2024`, numberPartyTwo: `PER/${i}/03/2024`, signedOn: '2024-03-01' },
        }),
      ),
    );
    assertNo500(responses);
    assert.deepEqual(statuses(responses), { 201: 1, 409: N - 1 });
    const successor = responses.find((r) => r.statusCode === 201)!.json().agreement as { id: number; numberPartyOne: string };
    for (const r of responses.filter((x) => x.statusCode === 409)) {
      assert.equal(
        r.json().error.message,
        `Perjanjian 119/323/SETDA/III/2022 sudah diperpanjang dengan perjanjian ${successor.numberPartyOne} (ID ${successor.id}); perpanjangan kedua tidak dapat dibuat`,
      );
    }
    assert.equal((await h.handle.db.selectFrom('agreements').select('id').where('predecessor_id', '=', agreementId).execute()).length, 1);
  });

  test(`${N} parallel deactivations of one participant: one, the others 409; one event`, async () => {
    const p = { id: made.participantIds[0]! };
    const responses = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        admin.request({
          method: 'POST',
          url: `/api/v1/enrolment/participants/${p.id}/deactivate`,
          payload: { from: `2023-01-${String(i + 1).padStart(2, '0')}`, reason: 'Berhenti bekerja' },
        }),
      ),
    );
    assertNo500(responses);
    assert.deepEqual(statuses(responses), { 200: 1, 409: N - 1 });
    const events = await h.handle.db
      .selectFrom('participant_events')
      .select('to_status')
      .where('participant_id', '=', p.id)
      .where('to_status', '=', 'deactivated')
      .execute();
    assert.equal(events.length, 1, 'deactivated once');
    const winner = responses.find((r) => r.statusCode === 200)!.json();
    const stored = await h.handle.db.selectFrom('participants').select('deactivated_on').where('id', '=', p.id).executeTakeFirstOrThrow();
    assert.equal(stored.deactivated_on, winner.deactivatedOn, 'the stored date is the winner’s');
  });

  test(`${N} parallel submissions of one registration batch: one, the others 409; one event per participant`, async () => {
    const unitId = made.unitIds[0]!;
    const person = await h.services.roster.create(h.admin, {
      nik: '7409014508900001',
      fullName: 'Siti Aminah',
      sex: 'P',
      birthDate: '1990-08-05',
      workUnitId: unitId,
      employmentType: 'honorer',
      startDate: '2020-01-02',
    });
    const batch = await h.services.enrolment.createBatch(h.admin, { agreementId, employeeIds: [person.id] });
    const responses = await Promise.all(
      Array.from({ length: N }, () => admin.request({ method: 'POST', url: `/api/v1/enrolment/batches/${batch.id}/submit` })),
    );
    assertNo500(responses);
    assert.deepEqual(statuses(responses), { 200: 1, 409: N - 1 }, responses.map((r) => r.body).join('\n'));
    const events = await h.handle.db
      .selectFrom('participant_events')
      .select('to_status')
      .where('participant_id', '=', batch.participants[0]!.id)
      .where('to_status', '=', 'submitted')
      .execute();
    assert.equal(events.length, 1, 'submitted once');
  });

  test(`${N} parallel ends of one employment: one, the others 409; one history entry`, async () => {
    const e = { id: made.employeeIds[1]! };
    const responses = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        admin.request({
          method: 'POST',
          url: `/api/v1/employees/${e.id}/end`,
          payload: { endDate: `2024-01-${String(i + 1).padStart(2, '0')}`, endReason: 'resigned' },
        }),
      ),
    );
    assertNo500(responses);
    assert.deepEqual(statuses(responses), { 200: 1, 409: N - 1 }, responses.map((r) => r.body).join('\n'));
    const history = await h.handle.db.selectFrom('employee_history').select('kind').where('employee_id', '=', e.id).where('kind', '=', 'ended').execute();
    assert.equal(history.length, 1, 'ended once');
  });

  test(`${N} parallel terminations of one agreement: one, the others 409 naming its date; one audit entry`, async () => {
    const responses = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        admin.request({
          method: 'POST',
          url: `/api/v1/agreements/${agreementId}/terminate`,
          payload: { terminatedOn: `2024-02-${String(i + 1).padStart(2, '0')}`, reason: 'Kesepakatan para pihak' },
        }),
      ),
    );
    assertNo500(responses);
    assert.deepEqual(statuses(responses), { 200: 1, 409: N - 1 }, responses.map((r) => r.body).join('\n'));
    const { terminated_on: on } = await h.handle.db.selectFrom('agreements').select('terminated_on').where('id', '=', agreementId).executeTakeFirstOrThrow();
    assert.equal(responses.find((r) => r.statusCode === 200)!.json().terminatedOn, on, 'the stored date is the winner’s');
    for (const r of responses.filter((x) => x.statusCode === 409)) assert.match(r.json().error.message, /^Perjanjian sudah diakhiri pada \d+ Februari 2024$/);
    assert.equal((await h.handle.db.selectFrom('audit_log').select('id').where('action', '=', 'agreement.terminate').execute()).length, 1);
  });
});
