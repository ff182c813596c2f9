import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { deactivate, demoAgreement, jkkClaim, participants, people, sitiAndBudi, submitted } from '../testing/builders.ts';
import { labelsWithoutValue, pdfPages, textBeyondMargins } from '../testing/pdftotext.ts';

describe('monitoring', () => {
  let h: Harness;
  let agreementId: number;
  let admin: Client;
  let officer: Client;
  let viewer: Client;
  before(async () => {
    h = await createHarness({ today: '2022-06-20' });
    admin = await h.login('admin');
    officer = await h.login('bpjs_officer');
    viewer = await h.login('viewer');
    agreementId = await demoAgreement(h);
    // 6 registered from 1 June (4 DINKES, 2 BKPSDM by alternation), one of them deactivated; June billed and paid for all.
    const { participantIds } = await participants(h, { agreementId, count: 6, registeredOn: '2022-06-01', unitCodes: ['BKPSDM', 'DINKES'] });
    const june = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-06', issueDate: '2022-06-01' });
    await h.services.contributions.recordPayment(h.admin, { billId: june.id, amount: june.amountDue, paidOn: '2022-06-10', bankReference: 'J-1' });
    await deactivate(h, participantIds[0]!, '2022-06-15');
    // 2 more registered after the June bill (June not billed for them, not due before 15 July: awaiting payment), 1 never enrolled, 1 submitted only.
    await participants(h, { agreementId, count: 2, registeredOn: '2022-06-10', offset: 100, unitCodes: ['DINKES'] });
    const extra = await people(h, { agreementId, count: 2, offset: 200, unitCodes: ['DINKES'] });
    await submitted(h, { agreementId, employeeIds: [extra.employeeIds[1]!] });
  });
  after(() => h.close());

  test('dashboard figures match the hand count', async () => {
    const res = await viewer.request({ method: 'GET', url: `/api/v1/monitoring/dashboard?agreementId=${agreementId}` });
    assert.equal(res.statusCode, 200, res.body);
    const d = res.json();
    assert.deepEqual(d.coverage, {
      roster: 10,
      enrolled: 7,
      protected: 7,
      states: { protected_paid: 5, awaiting_payment: 2, in_arrears: 0, not_covered: 3 },
      units: [
        { unitId: d.coverage.units[0].unitId, code: 'BKPSDM', name: 'Unit BKPSDM', roster: 3, enrolled: 2, protected: 2 },
        { unitId: d.coverage.units[1].unitId, code: 'DINKES', name: 'Unit DINKES', roster: 7, enrolled: 5, protected: 5 },
      ],
    });
    assert.equal(d.unprotected.total, 3);
    assert.deepEqual(Object.fromEntries(Object.entries(d.unprotected.reasons).filter(([, n]) => n)), { not_enrolled: 1, pending: 1, deactivated: 1 });
    assert.deepEqual(d.contributions, [{ period: '2022-06', label: 'Juni 2022', billed: 57_186, paid: 57_186 }]);
    assert.equal(d.agreement.daysRemaining, 632);
  });

  test('the unprotected list, filterable by reason: awaiting payment is protected, in arrears is not', async () => {
    const awaiting = (await viewer.request({ method: 'GET', url: `/api/v1/monitoring/unprotected?agreementId=${agreementId}&reason=in_arrears` })).json();
    assert.equal(awaiting.total, 0);
    // The day after June's due date, the two registered late (June never billed) are in arrears.
    h.setToday('2022-07-16');
    try {
      const res = (await viewer.request({ method: 'GET', url: `/api/v1/monitoring/unprotected?agreementId=${agreementId}&reason=in_arrears` })).json();
      assert.equal(res.total, 2);
      assert.equal(res.items[0].state, 'in_arrears');
      assert.equal(res.items[0].detail, 'Menunggak: iuran Juni 2022 lewat jatuh tempo 15 Juli 2022 (1 hari; belum ditagih)');
      const d = (await viewer.request({ method: 'GET', url: `/api/v1/monitoring/dashboard?agreementId=${agreementId}` })).json();
      assert.deepEqual(
        [d.coverage.protected, d.coverage.states, d.unprotected.reasons.in_arrears],
        [5, { protected_paid: 0, awaiting_payment: 5, in_arrears: 2, not_covered: 3 }, 2],
      );
    } finally {
      h.setToday('2022-06-20');
    }
  });

  test('the unprotected list pages on the server: totals over every page, stable order, pageSize bounded', async () => {
    const url = (q: string) => `/api/v1/monitoring/unprotected?agreementId=${agreementId}&${q}`;
    const rows = (r: { items: { fullName: string; unitCode: string; reason: string }[] }) => r.items.map((p) => `${p.unitCode} ${p.fullName} ${p.reason}`);
    const reasons = { not_enrolled: 1, pending: 1, deactivated: 1 };
    const first = await viewer.request({ method: 'GET', url: url('pageSize=2') });
    assert.equal(first.statusCode, 200, first.body);
    const one = first.json();
    assert.deepEqual([one.total, one.page, one.pageSize], [3, 1, 2]);
    assert.deepEqual(Object.fromEntries(Object.entries(one.reasons).filter(([, n]) => n)), reasons);
    assert.deepEqual(rows(one), ['BKPSDM Peserta 0 deactivated', 'DINKES Peserta 200 not_enrolled']);
    const two = (await viewer.request({ method: 'GET', url: url('pageSize=2&page=2') })).json();
    assert.deepEqual([two.total, two.page, two.pageSize], [3, 2, 2], 'the totals count every page');
    assert.deepEqual(Object.fromEntries(Object.entries(two.reasons).filter(([, n]) => n)), reasons);
    assert.deepEqual(rows(two), ['DINKES Peserta 201 pending']);
    const past = (await viewer.request({ method: 'GET', url: url('pageSize=2&page=3') })).json();
    assert.deepEqual([past.total, past.items.length], [3, 0]);
    // Without page parameters: page 1 of 50.
    const all = (await viewer.request({ method: 'GET', url: url('') })).json();
    assert.deepEqual([all.total, all.page, all.pageSize, all.items.length], [3, 1, 50, 3]);
    // A reason filters the rows and the totals alike.
    const pending = (await viewer.request({ method: 'GET', url: url('reason=pending') })).json();
    assert.deepEqual([pending.total, rows(pending)], [1, ['DINKES Peserta 201 pending']]);
    assert.deepEqual(Object.fromEntries(Object.entries(pending.reasons).filter(([, n]) => n)), { pending: 1 });

    const tooBig = await viewer.request({ method: 'GET', url: url('pageSize=501') });
    assert.equal(tooBig.statusCode, 400);
    assert.equal(tooBig.json().error.message, 'Parameter tidak sah — pageSize: paling banyak 500 baris per halaman');
    const english = await viewer.request({ method: 'GET', url: url('pageSize=501'), headers: { 'accept-language': 'en' } });
    assert.equal(english.json().error.message, 'Parameters invalid — pageSize: at most 500 rows per page');
    assert.equal((await viewer.request({ method: 'GET', url: url('page=0') })).statusCode, 400);
    assert.equal((await viewer.request({ method: 'GET', url: url('pageSize=500') })).statusCode, 200);
  });

  test("a unit's operator sees only its own unit's unprotected people, and totals over its unit only", async () => {
    const units = await h.handle.db.selectFrom('work_units').select(['id', 'code']).where('code', 'in', ['BKPSDM', 'DINKES']).execute();
    const unit = (code: string) => units.find((u) => u.code === code)!.id;
    const operator = await h.login('opd_operator', undefined, { workUnitId: unit('DINKES') });
    // Asking for the other unit changes nothing: the operator's unit decides.
    for (const q of ['', `&unitId=${unit('BKPSDM')}`]) {
      const res = await operator.request({ method: 'GET', url: `/api/v1/monitoring/unprotected?agreementId=${agreementId}&pageSize=1${q}` });
      assert.equal(res.statusCode, 200, res.body);
      const list = res.json();
      assert.deepEqual([list.total, list.items.map((p: { fullName: string }) => p.fullName)], [2, ['Peserta 200']]);
      assert.deepEqual(Object.fromEntries(Object.entries(list.reasons).filter(([, n]) => n)), { not_enrolled: 1, pending: 1 });
      const next = (await operator.request({ method: 'GET', url: `/api/v1/monitoring/unprotected?agreementId=${agreementId}&pageSize=1&page=2${q}` })).json();
      assert.deepEqual([next.total, next.items.map((p: { fullName: string; unitCode: string }) => `${p.unitCode} ${p.fullName}`)], [2, ['DINKES Peserta 201']]);
    }
    const d = (await operator.request({ method: 'GET', url: `/api/v1/monitoring/dashboard?agreementId=${agreementId}` })).json();
    assert.deepEqual(
      [d.coverage.roster, d.unprotected.total, d.unprotected.sample.map((p: { fullName: string }) => p.fullName)],
      [7, 2, ['Peserta 200', 'Peserta 201']],
    );
    // The BKPSDM view: its one deactivated participant.
    const other = (await viewer.request({ method: 'GET', url: `/api/v1/monitoring/unprotected?agreementId=${agreementId}&unitId=${unit('BKPSDM')}` })).json();
    assert.deepEqual([other.total, other.items.map((p: { fullName: string }) => p.fullName)], [1, ['Peserta 0']]);
  });

  test('force majeure: day 7 on time, day 8 late; notice before event refused', async () => {
    const ok = await officer.request({
      method: 'POST',
      url: '/api/v1/monitoring/force-majeure',
      payload: {
        agreementId,
        affectedParty: 'party_two',
        kind: 'natural',
        eventDate: '2022-06-01',
        description: 'Banjir di Kendari',
        affectedObligations: 'Pelayanan klaim',
        noticeDate: '2022-06-08',
      },
    });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.deepEqual([ok.json().notice.status, ok.json().notice.rightToInvoke], ['on_time', true]);
    const late = await officer.request({
      method: 'POST',
      url: '/api/v1/monitoring/force-majeure',
      payload: {
        agreementId,
        affectedParty: 'party_one',
        kind: 'social',
        eventDate: '2022-06-01',
        description: 'Huru-hara',
        affectedObligations: 'Pembayaran iuran',
        noticeDate: '2022-06-09',
      },
    });
    assert.deepEqual([late.json().notice.status, late.json().notice.rightToInvoke], ['late', false]);
    const before = await officer.request({
      method: 'POST',
      url: '/api/v1/monitoring/force-majeure',
      payload: {
        agreementId,
        affectedParty: 'party_one',
        kind: 'social',
        eventDate: '2022-06-05',
        description: 'x',
        affectedObligations: 'y',
        noticeDate: '2022-06-04',
      },
    });
    assert.equal(before.statusCode, 400);
    assert.match(before.json().error.message, /sebelum kejadian/);
    const open = await officer.request({
      method: 'POST',
      url: '/api/v1/monitoring/force-majeure',
      payload: { agreementId, affectedParty: 'party_one', kind: 'natural', eventDate: '2022-06-18', description: 'Gempa', affectedObligations: 'Pelaporan' },
    });
    assert.equal(open.json().notice.status, 'awaiting_notice');
    const reminders = (await viewer.request({ method: 'GET', url: `/api/v1/monitoring/reminders?agreementId=${agreementId}` })).json().items;
    assert.ok(reminders.some((r: { kind: string; date: string }) => r.kind === 'force_majeure_notice' && r.date === '2022-06-25'));
    const refused = await viewer.request({
      method: 'POST',
      url: '/api/v1/monitoring/force-majeure',
      payload: { agreementId, affectedParty: 'party_one', kind: 'natural', eventDate: '2022-06-18', description: 'x', affectedObligations: 'y' },
    });
    assert.equal(refused.statusCode, 403);
  });

  test('outreach, forum follow-ups and disputes', async () => {
    const units = (await admin.request({ method: 'GET', url: `/api/v1/units?agreementId=${agreementId}` })).json().items;
    const act = await admin.request({
      method: 'POST',
      url: '/api/v1/monitoring/activities',
      payload: {
        agreementId,
        heldOn: '2022-06-02',
        place: 'Aula Kantor Bupati',
        title: 'Sosialisasi JKK dan JKM',
        audienceUnitIds: units.map((u: { id: number }) => u.id),
        attendees: 120,
        speakers: 'BPJS KC Kendari',
      },
    });
    assert.equal(act.statusCode, 201, act.body);
    const badUnit = await admin.request({
      method: 'POST',
      url: '/api/v1/monitoring/activities',
      payload: { agreementId, heldOn: '2022-06-02', place: 'x', title: 'y', audienceUnitIds: [999], attendees: 1 },
    });
    assert.equal(badUnit.statusCode, 400);
    const meeting = await admin.request({
      method: 'POST',
      url: '/api/v1/monitoring/meetings',
      payload: {
        agreementId,
        heldOn: '2022-06-10',
        place: 'BKPSDM',
        agenda: 'Evaluasi triwulan',
        decisions: ['Percepat pendaftaran'],
        followUps: [{ action: 'Daftarkan pegawai baru', owner: 'BKPSDM', dueOn: '2022-06-24' }],
      },
    });
    assert.equal(meeting.statusCode, 201);
    const dash = (await viewer.request({ method: 'GET', url: `/api/v1/monitoring/dashboard?agreementId=${agreementId}` })).json();
    assert.equal(dash.followUps.length, 1);
    const dispute = await admin.request({
      method: 'POST',
      url: '/api/v1/monitoring/disputes',
      payload: { agreementId, openedOn: '2022-06-12', subject: 'Selisih tagihan Mei', raisedBy: 'party_one' },
    });
    const id = dispute.json().id;
    const closed = await admin.request({
      method: 'POST',
      url: `/api/v1/monitoring/disputes/${id}/advance`,
      payload: { stage: 'closed', on: '2022-06-15', note: 'Disepakati dalam musyawarah', outcome: 'Tagihan dikoreksi' },
    });
    assert.equal(closed.statusCode, 200);
    const back = await admin.request({
      method: 'POST',
      url: `/api/v1/monitoring/disputes/${id}/advance`,
      payload: { stage: 'district_court', on: '2022-06-16', note: 'x' },
    });
    assert.equal(back.statusCode, 409);
    const list = (await viewer.request({ method: 'GET', url: `/api/v1/monitoring/disputes?agreementId=${agreementId}` })).json().items;
    assert.equal(list[0].stage, 'closed');
    assert.equal(list[0].history.length, 2);
  });
});

describe('M&E report', () => {
  test('a quarter not yet ended is reported as of today; the claims section; both signatories with place, positions and names; no orphaned header', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const h = await createHarness({ today: '2022-07-05' });
    try {
      const { employeeId, agreementId } = await sitiAndBudi(h);
      // Stage-I report on 6 May for an accident on 2 May: the 2 × 24-hour deadline met late.
      await h.services.claims.file(h.admin, jkkClaim(employeeId, { stage1ReportedOn: '2022-05-06' }));
      const admin = await h.login('admin');
      const res = await admin.request({ method: 'GET', url: `/api/v1/monitoring/report?agreementId=${agreementId}&period=2022-Q3&format=pdf` });
      assert.equal(res.statusCode, 200, res.body);
      const pages = await pdfPages(res.rawPayload);
      const text = pages.map((p) => p.text).join('\n');
      const flat = text.replace(/\s+/g, ' ');
      assert.match(flat, /Keadaan per : 5 Juli 2022 \(hari ini; periode belum berakhir\)/);
      assert.doesNotMatch(flat, /30 September 2022 \(/, 'never as of a day to come');
      assert.match(flat, /Klaim JKK dan JKM/);
      assert.match(flat, /Jaminan Kecelakaan Kerja \(JKK\) diajukan 1 Rp 0 Rp 0/);
      assert.match(flat, /Laporan tahap I 1 0/, 'the stage-I deadline met late once, missed never');
      assert.match(flat, /Buton Utara, 5 Juli 2022/);
      for (const expected of [
        'PIHAK KESATU',
        'PIHAK KEDUA',
        'Sekretaris Daerah',
        'MUH. HARDHY MUSLIM',
        'MINARNI LUKMAN',
        'Kepala BPJS Ketenagakerjaan Kantor Cabang Kendari',
      ])
        assert.ok(flat.includes(expected), `missing ${expected}`);
      assert.deepEqual(labelsWithoutValue(pages, ['Periode', 'Keadaan per', 'Tunggakan']), []);
      assert.deepEqual(textBeyondMargins(pages, 50), []);
      // No table header is the last line of a page: it is kept with its first rows.
      for (const header of [
        'Umur tunggakan',
        'Bulan',
        'Alasan tidak terlindungi',
        'Program',
        'Tenggat klaim',
        'Sosialisasi/edukasi',
        'Force majeure',
        'Perselisihan',
      ]) {
        for (const p of pages) assert.ok(!(p.text.trim().split('\n').at(-1) ?? '').trim().startsWith(header), `"${header}" alone at the foot of a page`);
      }
      const xlsx = await admin.request({ method: 'GET', url: `/api/v1/monitoring/report?agreementId=${agreementId}&period=2022-Q3&format=xlsx` });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      assert.deepEqual((wb.getWorksheet('Klaim')!.getRow(2).values as unknown[]).slice(1), ['Jaminan Kecelakaan Kerja (JKK)', 'diajukan', 1, 0, 0]);
      const summary = wb.getWorksheet('Ringkasan')!.getSheetValues() as unknown[][];
      const asOf = summary.find((r) => r?.[1] === 'Keadaan per')?.[2];
      assert.ok(asOf instanceof Date, 'a date cell');
      assert.equal((asOf as Date).toISOString().slice(0, 10), '2022-07-05');
      for (const ws of wb.worksheets)
        ws.eachRow((row) =>
          row.eachCell((cell) => assert.doesNotMatch(String(cell.value), /^(not_due|submitted|protected_paid|JKK|JKM)$/, `a code in ${ws.name}`)),
        );
    } finally {
      await h.close();
    }
  });

  test('PDF and XLSX for a quarter, and an empty but correct report for a period with no data', async () => {
    const { pdfToText } = await import('../testing/pdftotext.ts');
    const ExcelJS = (await import('exceljs')).default;
    const h = await createHarness({ today: '2022-07-05' });
    try {
      const agreementId = await demoAgreement(h);
      // 4 enrolled from May; May paid; June (Rp 38.124) billed on 1 July with Rp 20.000 paid: Rp 18.124 unpaid, not yet due.
      await participants(h, { agreementId, count: 4, registeredOn: '2022-05-01' });
      const may = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-05', issueDate: '2022-06-01' });
      await h.services.contributions.recordPayment(h.admin, { billId: may.id, amount: may.amountDue, paidOn: '2022-06-10', bankReference: 'M-1' });
      const june = await h.services.contributions.createBill(h.admin, { agreementId, period: '2022-06', issueDate: '2022-07-01' });
      assert.equal(june.amountDue, 38_124);
      await h.services.contributions.recordPayment(h.admin, { billId: june.id, amount: 20_000, paidOn: '2022-07-02', bankReference: 'M-2' });
      const admin = await h.login('admin');
      const pdf = await admin.request({ method: 'GET', url: `/api/v1/monitoring/report?agreementId=${agreementId}&period=2022-Q2&format=pdf` });
      assert.equal(pdf.statusCode, 200, pdf.body);
      const text = (await pdfToText(pdf.rawPayload)).replace(/\s+/g, ' ');
      assert.match(text, /LAPORAN MONITORING DAN EVALUASI/);
      assert.match(text, /Triwulan II 2022 \(1 April 2022 s\.d\. 30 Juni 2022\)/);
      assert.match(text, /Mei 2022 Rp 38\.124 Rp 38\.124/);
      assert.match(text, /Juni 2022 Rp 38\.124 Rp 20\.000/);
      assert.match(text, /Terlindungi :\s?4 Tidak terlindungi :\s?0 Tunggakan :\s?Rp 18\.124/);
      assert.match(text, /Belum jatuh tempo Rp 18\.124/);
      const xlsx = await admin.request({ method: 'GET', url: `/api/v1/monitoring/report?agreementId=${agreementId}&period=2022-Q2&format=xlsx` });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const months = wb.getWorksheet('Iuran per bulan')!;
      // Months are month cells (their first day, shown with the Indonesian month name), not text.
      assert.deepEqual(
        [months.getRow(2).values, months.getRow(3).values].map((v) => (v as unknown[]).slice(1)),
        [
          [new Date(Date.UTC(2022, 4, 1)), 38124, 38124],
          [new Date(Date.UTC(2022, 5, 1)), 38124, 20000],
        ],
      );
      assert.equal(months.getRow(2).getCell(1).numFmt, '[$-421]mmmm yyyy');
      const summary = wb.getWorksheet('Ringkasan')!;
      const row = (label: string) => (summary.getSheetValues() as unknown[][]).find((r) => r?.[1] === label)?.[2];
      assert.deepEqual([row('Terlindungi'), row('Tidak terlindungi'), row('Tunggakan (Rp)')], [4, 0, 18124]);
      const arrears = wb.getWorksheet('Tunggakan')!;
      assert.deepEqual((arrears.getRow(2).values as unknown[]).slice(1), ['Belum jatuh tempo', 18124]);
      const empty = await admin.request({ method: 'GET', url: `/api/v1/monitoring/report?agreementId=${agreementId}&period=2022-01&format=pdf` });
      assert.equal(empty.statusCode, 200);
      assert.match((await pdfToText(empty.rawPayload)).replace(/\s+/g, ' '), /Tidak ada tagihan pada periode ini/);
      const bad = await admin.request({ method: 'GET', url: `/api/v1/monitoring/report?agreementId=${agreementId}&period=2022-Q5` });
      assert.equal(bad.statusCode, 400);
    } finally {
      await h.close();
    }
  });
});
