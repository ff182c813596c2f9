import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { smtpSink } from '../testing/smtp-sink.ts';
import { sitiAndBudi } from '../testing/builders.ts';
import { MAX_PHOTO_BYTES } from './rules.ts';

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]).toString('base64');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]).toString('base64');

describe('field reports (issue #18)', () => {
  let h: Harness;
  let operator: Client;
  let otherOperator: Client;
  let admin: Client;
  let officer: Client;
  let employeeId: number;
  let smtp: Awaited<ReturnType<typeof smtpSink>>;
  const saved = { ...process.env };

  before(async () => {
    smtp = await smtpSink();
    process.env.LINDUNG_SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
    process.env.LINDUNG_REMINDER_TO = 'bkpsdm@contoh.go.id,cabang@contoh.go.id';
    h = await createHarness({ today: '2022-05-11' });
    ({ employeeId } = await sitiAndBudi(h));
    const unitId = (await h.handle.db.selectFrom('employees').select('work_unit_id').where('id', '=', employeeId).executeTakeFirstOrThrow()).work_unit_id;
    operator = await h.login('opd_operator', 'operator-dinkes', { workUnitId: unitId });
    otherOperator = await h.login('opd_operator', 'operator-lain');
    admin = await h.login('admin', 'admin-kab');
    officer = await h.login('bpjs_officer', 'petugas-cabang');
  });
  after(async () => {
    process.env = saved;
    smtp.close();
    await h.close();
  });

  const report = (over: Record<string, unknown> = {}) => ({
    clientId: randomUUID(),
    employeeId,
    incidentDate: '2022-05-10',
    incidentTime: '14:00',
    place: 'Jalan poros Ereke km 4',
    location: { latitude: -4.7321, longitude: 123.0412, accuracy: 18 },
    chronology: 'Terjatuh dari sepeda motor dinas saat mengantar obat',
    witnesses: 'Wa Ode Sari',
    takenTo: 'Puskesmas Ereke',
    savedAt: '2022-05-10T14:20',
    photos: [
      { name: 'IMG_1.jpg', contentBase64: JPEG },
      { name: 'kejadian.heic', contentBase64: PNG },
    ],
    ...over,
  });
  const claimCount = async () =>
    Number(
      (
        await h.handle.db
          .selectFrom('claims')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('the unit operator files a stage-I report: a JKK claim with the clock from the incident, photos as documents, notices and a mail with the form', async () => {
    const body = report();
    const res = await operator.request({ method: 'POST', url: '/api/v1/field-reports', payload: body });
    assert.equal(res.statusCode, 201, res.body);
    const c = res.json();
    assert.equal(c.replay, false);
    assert.equal(c.mail, 'sent');
    assert.deepEqual([c.status, c.program, c.outcome, c.incidentDate, c.incidentTime], ['submitted', 'JKK', 'recovered', '2022-05-10', '14:00']);
    assert.equal(c.place, 'Jalan poros Ereke km 4 (lokasi ponsel -4.732100, 123.041200 ±18 m)');
    assert.equal(c.chronology, 'Terjatuh dari sepeda motor dinas saat mengantar obat\nSaksi: Wa Ode Sari\nKorban dibawa ke: Puskesmas Ereke');
    const stage1 = c.deadlines.find((d: { code: string }) => d.code === 'stage1');
    assert.deepEqual([stage1.dueAt, stage1.doneOn, stage1.status], ['2022-05-12T14:00', '2022-05-11', 'on_time']);
    assert.deepEqual(
      c.documents.map((d: { code: string; name: string }) => [d.code, d.name]),
      [
        ['foto_kejadian', 'IMG_1.jpg'],
        ['foto_kejadian', 'kejadian.png'],
      ],
    );
    assert.equal(c.checklist.find((i: { code: string }) => i.code === 'foto_kejadian').uploaded, true);
    for (const who of [admin, officer]) {
      const notices = (await who.request({ method: 'GET', url: '/api/v1/field-reports/notices' })).json().items;
      assert.equal(notices.length, 1);
      assert.deepEqual(
        [notices[0].claimId, notices[0].fullName, notices[0].read, notices[0].stage1.dueAt, notices[0].stage1.status, notices[0].stage1.dueText],
        [c.id, 'Siti Aminah', false, '2022-05-12T14:00', 'on_time', '12 Mei 2022 pukul 14:00'],
      );
    }
    assert.deepEqual((await otherOperator.request({ method: 'GET', url: '/api/v1/field-reports/notices' })).json().items, []);
    const notice = (await admin.request({ method: 'GET', url: '/api/v1/field-reports/notices' })).json().items[0];
    assert.equal((await officer.request({ method: 'POST', url: `/api/v1/field-reports/notices/${notice.id}/read` })).statusCode, 404, "another user's notice");
    assert.equal((await admin.request({ method: 'POST', url: `/api/v1/field-reports/notices/${notice.id}/read` })).statusCode, 200);
    assert.equal((await admin.request({ method: 'GET', url: '/api/v1/field-reports/notices' })).json().items[0].read, true);
    assert.equal(smtp.messages.length, 1);
    const mail = smtp.messages[0]!;
    assert.match(mail, /Content-Type: multipart\/mixed/);
    assert.match(mail, /Batas laporan tahap I \(2 × 24 jam sejak kejadian\): 12 Mei 2022 pukul 14:00/);
    assert.match(mail, /Content-Type: application\/pdf/);
    assert.match(mail, /\n\nJVBERi0/, 'the attachment is a PDF');
  });

  test('a replay with the same client id answers 200 with the same claim; nothing is written or mailed again', async () => {
    const body = report({ incidentDate: '2022-05-09' });
    const first = await operator.request({ method: 'POST', url: '/api/v1/field-reports', payload: body });
    assert.equal(first.statusCode, 201, first.body);
    const count = await claimCount();
    const mails = smtp.messages.length;
    const again = await operator.request({ method: 'POST', url: '/api/v1/field-reports', payload: body });
    assert.equal(again.statusCode, 200);
    assert.deepEqual([again.json().id, again.json().replay, again.json().documents.length], [first.json().id, true, 2]);
    assert.equal(await claimCount(), count);
    assert.equal(smtp.messages.length, mails);
  });

  test('two sends of one report at once make one claim', async () => {
    const body = report({ incidentDate: '2022-05-08' });
    const count = await claimCount();
    const [x, y] = await Promise.all([
      operator.request({ method: 'POST', url: '/api/v1/field-reports', payload: body }),
      operator.request({ method: 'POST', url: '/api/v1/field-reports', payload: body }),
    ]);
    assert.deepEqual([x.statusCode, y.statusCode].sort(), [200, 201], `${x.body} ${y.body}`);
    assert.equal(x.json().id, y.json().id);
    assert.equal(await claimCount(), count + 1);
    const reports = await h.handle.db.selectFrom('field_reports').select('id').where('client_id', '=', body.clientId).execute();
    assert.equal(reports.length, 1);
  });

  test("the employee search finds a person by KPJ number too, within the caller's scope only", async () => {
    const mine = (await operator.request({ method: 'GET', url: '/api/v1/employees?q=26133068531' })).json();
    assert.deepEqual(
      mine.items.map((e: { fullName: string }) => e.fullName),
      ['Siti Aminah'],
    );
    assert.deepEqual(
      (await operator.request({ method: 'GET', url: '/api/v1/employees?q=2613306853' })).json().items,
      [],
      'a KPJ matches whole, not by its start',
    );
    assert.deepEqual((await otherOperator.request({ method: 'GET', url: '/api/v1/employees?q=26133068531' })).json().items, []);
  });

  test("an employee outside the operator's unit answers exactly like a missing one", async () => {
    const count = await claimCount();
    const foreign = await otherOperator.request({ method: 'POST', url: '/api/v1/field-reports', payload: report({ incidentDate: '2022-05-07' }) });
    const missing = await otherOperator.request({
      method: 'POST',
      url: '/api/v1/field-reports',
      payload: report({ incidentDate: '2022-05-07', employeeId: 999999 }),
    });
    assert.deepEqual([foreign.statusCode, missing.statusCode], [404, 404]);
    assert.equal(foreign.json().error.code, missing.json().error.code);
    assert.equal(foreign.json().error.message.replace(String(employeeId), 'N'), missing.json().error.message.replace('999999', 'N'));
    assert.doesNotMatch(foreign.body, /Siti/);
    assert.equal(await claimCount(), count);
    const viewer = await h.login('viewer');
    assert.equal((await viewer.request({ method: 'POST', url: '/api/v1/field-reports', payload: report({ incidentDate: '2022-05-07' }) })).statusCode, 403);
    assert.equal((await officer.request({ method: 'POST', url: '/api/v1/field-reports', payload: report({ incidentDate: '2022-05-07' }) })).statusCode, 403);
  });

  test('bad input: not an image, a photo over the limit, too many photos, a future incident, a malformed client id; nothing is filed', async () => {
    const count = await claimCount();
    const cases: [Record<string, unknown>, RegExp][] = [
      [
        {
          photos: [
            { name: 'a.jpg', contentBase64: JPEG },
            { name: 'surat.pdf', contentBase64: Buffer.from('%PDF-1.4').toString('base64') },
          ],
        },
        /Berkas 2 bukan foto \(hanya JPEG, PNG atau WebP\)/,
      ],
      [
        { photos: [{ name: 'besar.jpg', contentBase64: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(MAX_PHOTO_BYTES)]).toString('base64') }] },
        /Foto 1 lebih dari 5 MB/,
      ],
      [{ photos: Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.jpg`, contentBase64: JPEG })) }, /Paling banyak 10 foto per laporan/],
      [{ incidentDate: '2022-05-12', incidentTime: '08:00' }, /Tanggal kejadian 12 Mei 2022 ada di masa depan/],
      [{ clientId: 'bukan-uuid' }, /Kode laporan dari ponsel tidak sah/],
    ];
    for (const [over, message] of cases) {
      const res = await operator.request({ method: 'POST', url: '/api/v1/field-reports', payload: report({ incidentDate: '2022-05-06', ...over }) });
      assert.equal(res.statusCode, 400, res.body.slice(0, 300));
      assert.match(res.json().error.message + JSON.stringify(res.json().error.details ?? ''), message);
    }
    assert.equal(await claimCount(), count);
    assert.equal((await h.handle.db.selectFrom('field_reports').select('id').execute()).length, 3);
  });

  test('without SMTP the report is filed and the mail is "not configured"', async () => {
    delete process.env.LINDUNG_SMTP_URL;
    const res = await operator.request({ method: 'POST', url: '/api/v1/field-reports', payload: report({ incidentDate: '2022-05-05' }) });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().mail, 'not_configured');
  });
});
