/**
 * The holiday calendar as data (issue #12): shipped file loaded by migration 0013, edited by the
 * system administrator, a bad file refused whole; bill due dates skip weekends and holidays.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement, participants } from '../testing/builders.ts';
import { pdfToText } from '../testing/pdftotext.ts';
import { dueDateOf } from '../contributions/index.ts';
import { calendarOf, NO_HOLIDAYS, nextWorkingDay } from './rules.ts';
import { holidayCalendar } from './service.ts';

const FILE = 'data-files/holidays/id-2022-2027.json';

test('next working day: weekends and holidays are skipped (pure)', () => {
  assert.equal(nextWorkingDay('2024-06-14', NO_HOLIDAYS), '2024-06-14', 'a Friday stays');
  assert.equal(nextWorkingDay('2024-06-15', NO_HOLIDAYS), '2024-06-17', 'Saturday → Monday');
  const idulAdha2024 = calendarOf(['2024-06-17', '2024-06-18']);
  assert.equal(nextWorkingDay('2024-06-15', idulAdha2024), '2024-06-19', 'Saturday, Sunday, Iduladha, cuti bersama → Wednesday');
  assert.equal(dueDateOf('2024-05', idulAdha2024), '2024-06-19');
  assert.equal(dueDateOf('2023-12', NO_HOLIDAYS), '2024-01-15', 'a Monday 15th stays');
});

describe('holiday calendar', () => {
  let h: Harness;
  let agreementId: number;
  let admin: Client;
  let system: Client;
  let viewer: Client;

  before(async () => {
    h = await createHarness({ today: '2024-06-01' });
    admin = await h.login('admin');
    system = await h.login('system_admin');
    viewer = await h.login('viewer');
  });
  after(() => h.close());

  test('the shipped file is loaded with the decree of each year', async () => {
    const all = await h.handle.db.selectFrom('holidays').select('id').execute();
    assert.equal(all.length, 135);
    const y2024 = (await viewer.request({ method: 'GET', url: '/api/v1/holidays?year=2024' })).json().items;
    assert.equal(y2024.length, 27, '17 national holidays + 10 cuti bersama (SKB 855/2023)');
    assert.equal(y2024.filter((x: { kind: string }) => x.kind === 'cuti_bersama').length, 10);
    const idulAdha = y2024.find((x: { date: string }) => x.date === '2024-06-17');
    assert.equal(idulAdha.name, 'Hari Raya Iduladha 1445 H');
    assert.match(idulAdha.decree, /Nomor 855 Tahun 2023, Nomor 3 Tahun 2023, Nomor 4 Tahun 2023/);
    assert.equal(idulAdha.confirmed, true);
    const y2027 = (await viewer.request({ method: 'GET', url: '/api/v1/holidays?year=2027' })).json().items;
    assert.ok(y2027.length > 0 && y2027.every((x: { confirmed: boolean }) => !x.confirmed), '2027 is marked unconfirmed');
  });

  test('bill due dates move past Saturdays, Sundays and holidays', async () => {
    agreementId = await demoAgreement(h);
    // Today (2024-06-01) is after the PKS ended, so enrolment is closed: the two are enrolled on their day, then today again.
    h.setToday('2022-04-01');
    await participants(h, { agreementId, count: 2, registeredOn: '2022-04-01' });
    h.setToday('2024-06-01');
    // April 2022: 15 May is a Sunday and 16 May Waisak 2566 (SKB 963/2021) → Tuesday 17 May 2022.
    const april = await admin.request({ method: 'POST', url: '/api/v1/bills', payload: { agreementId, period: '2022-04', issueDate: '2022-05-01' } });
    assert.equal(april.statusCode, 201, april.body);
    assert.equal(april.json().dueDate, '2022-05-17');
    assert.equal(april.json().amountDue, 2 * 9_531);
    // September 2022: 15 October is a Saturday → Monday 17 October 2022.
    const september = await admin.request({ method: 'POST', url: '/api/v1/bills', payload: { agreementId, period: '2022-09', issueDate: '2022-10-01' } });
    assert.equal(september.json().dueDate, '2022-10-17');
    // The bill PDF prints the moved date.
    const pdf = await admin.request({ method: 'GET', url: `/api/v1/bills/${april.json().id}/pdf` });
    assert.equal(pdf.statusCode, 200);
    assert.match((await pdfToText(pdf.rawPayload)).replace(/\s+/g, ' '), /Jatuh tempo : 17 Mei 2022/);
    // May 2024: 15 June Saturday, 16 Sunday, 17 Iduladha 1445 H, 18 cuti bersama → Wednesday 19 June.
    assert.equal(dueDateOf('2024-05', await holidayCalendar(h.handle.db, '2024-06-01', '2024-06-30')), '2024-06-19');
  });

  test('the system administrator adds and removes a day; others may only read; a duplicate is refused', async () => {
    const body = { date: '2027-03-10', name: 'Hari Raya Idulfitri 1448 H', kind: 'national', decree: 'SKB 2027 (contoh uji)' };
    const denied = await viewer.request({ method: 'POST', url: '/api/v1/holidays', payload: body });
    assert.equal(denied.statusCode, 403);
    const added = await system.request({ method: 'POST', url: '/api/v1/holidays', payload: body });
    assert.equal(added.statusCode, 201, added.body);
    assert.equal(added.json().name, 'Hari Raya Idulfitri 1448 H');
    const dup = await system.request({ method: 'POST', url: '/api/v1/holidays', payload: body });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().error.message, '10 Maret 2027 sudah tercatat sebagai libur nasional "Hari Raya Idulfitri 1448 H"');
    const bad = await system.request({ method: 'POST', url: '/api/v1/holidays', payload: { ...body, date: '2027-02-30' } });
    assert.equal(bad.statusCode, 400);
    const removed = await system.request({ method: 'DELETE', url: '/api/v1/holidays/2027-03-10' });
    assert.equal(removed.statusCode, 200, removed.body);
    const gone = await system.request({ method: 'DELETE', url: '/api/v1/holidays/2027-03-10' });
    assert.equal(gone.statusCode, 404);
  });

  test('a holiday file with a bad date is refused naming the entry; nothing is stored', async () => {
    const before = (await h.handle.db.selectFrom('holidays').select('id').execute()).length;
    const file = {
      format: 'lindung.holidays/v1',
      years: [
        {
          year: 2028,
          decree: 'SKB 2028 (contoh uji)',
          days: [
            { date: '2028-01-01', name: 'Tahun Baru 2028 Masehi' },
            { date: '2028-02-30', name: 'Isra Mikraj' },
          ],
        },
      ],
    };
    const res = await system.request({ method: 'POST', url: '/api/v1/holidays/import', payload: file });
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(
      res.json().error.message,
      'Berkas hari libur ditolak, tidak ada yang disimpan: tahun 2028, entri ke-2 ("2028-02-30" Isra Mikraj): bukan tanggal yang ada atau tidak berformat TTTT-BB-HH',
    );
    assert.equal((await h.handle.db.selectFrom('holidays').select('id').execute()).length, before);
    file.years[0]!.days[1]!.date = '2028-02-20';
    const ok = await system.request({ method: 'POST', url: '/api/v1/holidays/import', payload: file });
    assert.deepEqual(ok.json(), { added: 2, updated: 0, years: [2028] });
    const again = await system.request({ method: 'POST', url: '/api/v1/holidays/import', payload: JSON.parse(readFileSync(FILE, 'utf8')) });
    assert.deepEqual(again.json(), { added: 0, updated: 135, years: [2022, 2023, 2024, 2025, 2026, 2027] });
  });
});

describe('lindung holiday (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lindung-holiday-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const lindung = (args: string[]) => {
    const res = spawnSync(process.execPath, ['bin/lindung.mjs', ...args], {
      env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'h.db')}` },
      encoding: 'utf8',
    });
    return { code: res.status, out: res.stdout, err: res.stderr };
  };

  test('list, add, remove, import; a bad file is an error in Bahasa naming the entry', () => {
    const list = lindung(['holiday', 'list', '--year', '2026', '--json']);
    assert.equal(list.code, 0, list.err);
    assert.equal(JSON.parse(list.out).length, 25, '17 national holidays + 8 cuti bersama (SKB 1497/2025)');
    const add = lindung(['holiday', 'add', '--date', '2027-08-18', '--name', 'Cuti bersama (uji)', '--decree', 'SKB uji', '--cuti-bersama']);
    assert.equal(add.code, 0, add.err);
    assert.match(add.out, /Hari libur dicatat: 18 Agustus 2027 — Cuti bersama \(uji\) \(cuti bersama\)/);
    const remove = lindung(['holiday', 'remove', '2027-08-18']);
    assert.equal(remove.code, 0, remove.err);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'lindung.holidays/v1', years: [{ year: 2029, decree: 'x', days: [{ date: '2029-13-01', name: 'Salah' }] }] }));
    const refused = lindung(['holiday', 'import', bad]);
    assert.equal(refused.code, 1);
    assert.match(refused.err + refused.out, /Galat: Berkas hari libur ditolak, tidak ada yang disimpan: tahun 2029, entri ke-1 \("2029-13-01" Salah\)/);
    const imported = lindung(['holiday', 'import', FILE]);
    assert.equal(imported.code, 0, imported.err);
    assert.match(imported.out, /0 ditambah, 135 diperbarui/);
  });
});
