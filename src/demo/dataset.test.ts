/** The demo's living dataset: built through the services, inside the PKS's validity, with the figures a newcomer sees. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement } from '../testing/builders.ts';
import { DEMO_PASSWORD, loadDemo } from '../demo.ts';
import { demoEmployee, demoKpj } from './dataset.ts';

describe('demo dataset', () => {
  let h: Harness;
  let viewer: Client;
  let agreementId: number;
  before(async () => {
    h = await createHarness({ today: '2026-12-01' });
    const loaded = await loadDemo(h.services, { dataset: true });
    assert.deepEqual(loaded, {
      agreementLoaded: true,
      usersCreated: ['sistem', 'admin', 'operator', 'operator-setda', 'pengawas', 'bpjs', 'pemantau-bpjs'],
      datasetLoaded: true,
    });
    viewer = await h.login('viewer');
    agreementId = await demoAgreement(h);
  });
  after(() => h.close());

  test('roster: 3 units, 40 fictional employees marked "(contoh)", 2 of them ended', async () => {
    const units = (await viewer.request({ method: 'GET', url: `/api/v1/units?agreementId=${agreementId}` })).json().items;
    assert.deepEqual(units.map((u: { code: string }) => u.code).sort(), ['BKPSDM', 'DINKES', 'DPUPR']);
    const all = (await viewer.request({ method: 'GET', url: '/api/v1/employees?status=all&pageSize=100' })).json();
    assert.equal(all.total, 40);
    assert.ok(all.items.every((e: { fullName: string }) => e.fullName.endsWith('(contoh)')));
    const ended = (await viewer.request({ method: 'GET', url: '/api/v1/employees?status=ended' })).json();
    assert.equal(ended.total, 2);
  });

  test('24 monthly bills in the validity, real totals, arrears and a credit note', async () => {
    const bills = await h.services.contributions.listBills(h.admin, agreementId);
    const regular = bills.filter((b) => b.kind === 'regular');
    assert.equal(regular.length, 24);
    assert.deepEqual([regular[0]!.firstPeriod, regular.at(-1)!.firstPeriod], ['2022-04', '2024-03']);
    // 30 participants from April 2022 at Rp 9.531 each; 37 from October 2022; 35 from May 2023.
    const due = (p: string) => regular.find((b) => b.firstPeriod === p)!;
    assert.equal(due('2022-04').amountDue, 285_930);
    assert.equal(due('2022-10').amountDue, 352_647);
    assert.equal(due('2023-06').amountDue, 333_585);
    assert.deepEqual(
      bills.filter((b) => b.kind === 'credit').map((b) => b.amountDue),
      [-9_531],
    );
    const notPaid = regular.filter((b) => b.status !== 'paid').map((b) => `${b.firstPeriod} ${b.status}`);
    assert.deepEqual(notPaid, ['2024-02 unpaid'], 'August 2023 and January 2024 were half paid, then settled late');
  });

  test("the dashboard on the agreement's last day: 35 of 38 protected", async () => {
    const d = (await viewer.request({ method: 'GET', url: `/api/v1/monitoring/dashboard?agreementId=${agreementId}&date=2024-03-13` })).json();
    assert.deepEqual([d.coverage.roster, d.coverage.enrolled, d.coverage.protected], [38, 35, 35]);
    assert.deepEqual(Object.fromEntries(Object.entries(d.unprotected.reasons).filter(([, n]) => n)), { not_enrolled: 2, pending: 1 });
  });

  test('after the end, the "today" views default to the last day and say so; a date picks any day', async () => {
    const d = (await viewer.request({ method: 'GET', url: `/api/v1/monitoring/dashboard?agreementId=${agreementId}` })).json();
    assert.deepEqual(d.asOf, { date: '2024-03-13', defaulted: true, ended: true, note: 'Keadaan per 13 Maret 2024 — perjanjian telah berakhir' });
    assert.equal(d.coverage.protected, 35);
    assert.equal(d.arrears.total, 333_585); // February 2024, not yet due on the last day (August 2023 and January 2024 were settled late)
    const august = (await viewer.request({ method: 'GET', url: `/api/v1/monitoring/dashboard?agreementId=${agreementId}&date=2023-08-15` })).json();
    // Protection reads the payments recorded so far: August 2023 was settled (late), so the day shows them protected.
    assert.deepEqual([august.date, august.asOf.ended, august.coverage.protected, august.unprotected.reasons.in_arrears], ['2023-08-15', false, 35, 0]);
    const people = (await viewer.request({ method: 'GET', url: `/api/v1/monitoring/unprotected?agreementId=${agreementId}` })).json();
    assert.deepEqual([people.date, people.total, people.note], ['2024-03-13', 3, 'Keadaan per 13 Maret 2024 — perjanjian telah berakhir']);
    const arrears = (await viewer.request({ method: 'GET', url: `/api/v1/arrears?agreementId=${agreementId}` })).json();
    assert.deepEqual(
      [arrears.asOf, arrears.ended, arrears.note, arrears.total],
      ['2024-03-13', true, 'Keadaan per 13 Maret 2024 — perjanjian telah berakhir', 333_585],
    );
    const later = (await viewer.request({ method: 'GET', url: `/api/v1/arrears?agreementId=${agreementId}&asOf=2024-03-20` })).json();
    assert.deepEqual(
      [later.asOf, later.ended, later.note, later.totals['0-30']],
      ['2024-03-20', false, null, 333_585],
      'a picked day: February 2024 now overdue',
    );
    // The employee page's 24 months end on the agreement's last day (not 24 months of "not covered" up to today).
    const rizal = (await viewer.request({ method: 'GET', url: `/api/v1/protection/lookup?q=${demoKpj(2)}` })).json().items[0].employeeId;
    const timeline = (await viewer.request({ method: 'GET', url: `/api/v1/employees/${rizal}/protection-timeline` })).json();
    assert.deepEqual(
      [timeline.end, timeline.ended, timeline.note, timeline.items.length],
      ['2024-03-13', true, 'Keadaan per 13 Maret 2024 — perjanjian telah berakhir', 24],
    );
    assert.deepEqual([timeline.items[0].period, timeline.items.at(-1).period, timeline.items.at(-1).state], ['2022-04', '2024-03', 'protected_paid']);
  });

  test('the M&E report of the quarter the agreement ended in is as of its last day and says so; signed today; a period after the end is refused', async () => {
    const { pdfToText } = await import('../testing/pdftotext.ts');
    const res = await viewer.request({ method: 'GET', url: `/api/v1/monitoring/report?agreementId=${agreementId}&period=2024-Q1&format=pdf` });
    assert.equal(res.statusCode, 200, res.body);
    const text = (await pdfToText(res.rawPayload)).replace(/\s+/g, ' ');
    assert.match(text, /Keadaan per : 13 Maret 2024 \(hari terakhir perjanjian; perjanjian telah berakhir\)/);
    assert.match(text, /Terlindungi :\s?35 Tidak terlindungi :\s?3 /, 'the people of the last day, not "outside the validity" on 31 March');
    assert.match(text, /Belum jatuh tempo Rp 333\.585/, 'February 2024 not yet due on 13 March');
    assert.match(text, /Buton Utara, 1 Desember 2026/, 'signed on the day it is produced');
    const xlsx = await viewer.request({ method: 'GET', url: `/api/v1/monitoring/report?agreementId=${agreementId}&period=2024-Q1&format=xlsx` });
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows = wb.getWorksheet('Ringkasan')!.getSheetValues() as unknown[][];
    assert.equal((rows.find((r) => r?.[1] === 'Keadaan per')![2] as Date).toISOString().slice(0, 10), '2024-03-13');
    assert.equal(rows.find((r) => r?.[1] === 'Perjanjian telah berakhir')![2], 'Ya (keadaan per hari terakhir perjanjian)');
    const after = await viewer.request({ method: 'GET', url: `/api/v1/monitoring/report?agreementId=${agreementId}&period=2026-Q4&format=pdf` });
    assert.equal(after.statusCode, 400);
    assert.equal(
      after.json().error.message,
      'Periode Triwulan IV 2026 (1 Oktober 2026 s.d. 31 Desember 2026) dimulai setelah perjanjian 119/323/SETDA/III/2022 berakhir pada 13 Maret 2024; pilih periode sampai 13 Maret 2024',
    );
    const english = await viewer.request({
      method: 'GET',
      url: `/api/v1/monitoring/report?agreementId=${agreementId}&period=2026-Q4&format=pdf`,
      headers: { 'accept-language': 'en' },
    });
    assert.equal(
      english.json().error.message,
      'The period Quarter IV 2026 (1 October 2026 to 31 December 2026) starts after agreement 119/323/SETDA/III/2022 ended on 13 March 2024; choose a period up to 13 March 2024',
    );
    const year = (
      await pdfToText((await viewer.request({ method: 'GET', url: `/api/v1/monitoring/report?agreementId=${agreementId}&period=2023&format=pdf` })).rawPayload)
    ).replace(/\s+/g, ' ');
    assert.match(year, /Keadaan per : 31 Desember 2023 Masa/, 'a period wholly inside the validity: its last day, no note');
  });

  test('claims: two in each state, all dated inside the validity', async () => {
    const claims = await h.services.claims.list(h.admin, { agreementId });
    const byStatus: Record<string, number> = {};
    for (const c of claims) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
    assert.deepEqual(byStatus, { submitted: 2, verified: 2, approved: 2, paid: 2, rejected: 2 });
    assert.ok(claims.every((c) => c.incidentDate >= '2022-03-14' && c.incidentDate <= '2024-03-13'));
  });

  test("what the services recorded is dated on the story's days, inside the validity, under the demo's names", async () => {
    const paid = (await h.services.claims.list(h.admin, { agreementId })).find((c) => c.number === 'KLM/2022/00001')!;
    const { pdfToText } = await import('../testing/pdftotext.ts');
    const letter = (await pdfToText(await h.services.claimLetter(h.admin, paid.id))).replace(/\s+/g, ' ');
    assert.match(letter, /Diajukan : Admin BKPSDM \(demo\), 22 Agustus 2022/);
    assert.match(letter, /Diverifikasi BPJS : Rina Wulandari \(contoh\) \(petugas BPJS\), 25 Agustus 2022/);
    assert.match(letter, /Lunas : Rina Wulandari \(contoh\) \(petugas BPJS\), 12 September 2022/);
    const db = h.handle.db;
    for (const [table, column] of [
      ['claim_events', 'at'],
      ['employee_history', 'at'],
      ['participant_events', 'at'],
      ['enrolment_batches', 'submitted_at'],
      ['claim_documents', 'uploaded_at'],
      ['payments', 'created_at'],
      ['employees', 'updated_at'],
    ] as const) {
      const { first, last } = (await db
        .selectFrom(table)
        .select((eb) => [eb.fn.min(column).as('first'), eb.fn.max(column).as('last')])
        .executeTakeFirstOrThrow()) as { first: string; last: string };
      assert.ok(first >= '2022-03-14' && last < '2024-03-14', `${table}.${column}: ${first} … ${last}`);
    }
    const entries = (await h.services.audit.list(h.admin, { entityType: 'claim', limit: 500 })).items;
    assert.ok(entries.length >= 30, String(entries.length));
    assert.ok(
      entries.every((e) => e.at >= '2022-03-14' && e.at < '2024-03-14'),
      entries.map((e) => e.at).join(', '),
    );
    assert.deepEqual([...new Set(entries.map((e) => e.actor))].sort(), [
      'cli:Admin BKPSDM (demo)',
      'cli:Admin BKPSDM (demo) (petugas BPJS Rina Wulandari (contoh))',
    ]);
    const batches = (await viewer.request({ method: 'GET', url: `/api/v1/enrolment/batches?agreementId=${agreementId}` })).json().items as {
      submittedAt: string;
    }[];
    assert.deepEqual(batches.map((b) => b.submittedAt.slice(0, 10)).sort(), ['2022-03-24', '2022-09-15', '2024-02-20']);
  });

  test('registers and reminders', async () => {
    const get = async (path: string) => (await viewer.request({ method: 'GET', url: `/api/v1/monitoring/${path}?agreementId=${agreementId}` })).json().items;
    assert.equal((await get('activities')).length, 2);
    const meetings = await get('meetings');
    assert.equal(meetings.length, 2);
    assert.deepEqual(meetings.flatMap((m: { followUps: { doneOn: string | null }[] }) => m.followUps.map((f) => f.doneOn)).sort(), ['2022-10-03', null].sort());
    assert.equal((await get('force-majeure')).length, 1);
    assert.equal((await get('disputes'))[0].stage, 'closed');
    const kinds = new Set((await get('reminders')).map((r: { kind: string }) => r.kind));
    for (const k of ['bill_overdue', 'follow_up_due', 'claim_deadline', 'claim_payment']) assert.ok(kinds.has(k), k);
  });

  test('protection lookup by NIK, KPJ or name; several names make a pick list', async () => {
    const lookup = async (q: string) => viewer.request({ method: 'GET', url: `/api/v1/protection/lookup?q=${encodeURIComponent(q)}` });
    const byKpj = (await lookup(demoKpj(2))).json();
    assert.deepEqual([byKpj.by, byKpj.items.length, byKpj.items[0].fullName, byKpj.items[0].kpj], ['kpj', 1, 'Muhammad Rizal (contoh)', '22040100274']);
    const byNik = (await lookup(demoEmployee(2).nik)).json();
    assert.deepEqual([byNik.by, byNik.items.map((p: { employeeId: number }) => p.employeeId)], ['nik', [byKpj.items[0].employeeId]]);
    const byName = (await lookup('wa ode')).json();
    assert.deepEqual(
      byName.items.map((p: { fullName: string }) => p.fullName),
      ['Wa Ode Fatma (contoh)', 'Wa Ode Nurhayati (contoh)'],
    );
    const check = (await viewer.request({ method: 'GET', url: `/api/v1/protection?employeeId=${byName.items[1].employeeId}&date=2023-05-02` })).json();
    assert.equal(check.protected, true);
    const bad = await lookup('12');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error.message, /NIK \(16 digit\), KPJ \(11 digit\) atau nama/);
  });

  test('the administration pages are populated for the demo admin: users, units, own tokens, the audit of the agreement', async () => {
    const signIn = async (username: string) => {
      const res = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
      assert.equal(res.statusCode, 200, res.body);
      const cookie = String(res.headers['set-cookie']).split(';')[0]!;
      return (url: string) => h.app.inject({ method: 'GET', url, headers: { cookie } });
    };
    const admin = await signIn('admin');
    // The regency's users (the branch's are the branch's); the test's own viewer too.
    const users = ((await admin('/api/v1/users')).json().items as { username: string }[]).map((u) => u.username);
    for (const u of ['admin', 'operator', 'operator-setda', 'pengawas']) assert.ok(users.includes(u), users.join(', '));
    assert.ok(!users.includes('bpjs') && !users.includes('sistem'));
    assert.equal((await admin('/api/v1/units')).json().items.length, 3);
    const tokens = (await admin('/api/v1/auth/tokens')).json().items as { name: string; revoked_at: string | null }[];
    assert.deepEqual(tokens.map((t) => [t.name, t.revoked_at !== null]).sort(), [
      ['Ekspor pegawai bulanan (contoh)', false],
      ['Skrip lama (contoh)', true],
    ]);
    // The dataset was built at the CLI: its bills, payments and claims are the regency's entries.
    const audit = (await admin('/api/v1/audit?limit=500')).json() as { total: number; items: { action: string }[] };
    const actions = new Set(audit.items.map((i) => i.action));
    for (const a of ['agreement.create', 'employee.create', 'bill.create', 'payment.record', 'claim.file', 'claim.payment', 'api_token.create'])
      assert.ok(actions.has(a), `the demo admin's audit lacks ${a}`);
    assert.ok(audit.total > 200, `${audit.total}`);
    const officer = await signIn('bpjs');
    assert.deepEqual(
      ((await officer('/api/v1/auth/tokens')).json().items as { name: string }[]).map((t) => t.name),
      ['Impor nomor KPJ (contoh)'],
    );
  });

  test('without the dataset option the demo holds only the agreement and the users', async () => {
    const bare = await createHarness({ today: '2026-12-01' });
    try {
      assert.deepEqual(await loadDemo(bare.services), {
        agreementLoaded: true,
        usersCreated: ['sistem', 'admin', 'operator', 'operator-setda', 'pengawas', 'bpjs', 'pemantau-bpjs'],
        datasetLoaded: false,
      });
      assert.equal((await bare.services.roster.list(bare.admin, { status: 'all' })).total, 0);
    } finally {
      await bare.close();
    }
  });
});
