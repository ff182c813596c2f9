/**
 * Arrears from what is actually unpaid: a bill of Rp 38.124 with Rp 20.000 paid leaves Rp 18.124
 * in arrears — in the service, the API and the CLI (`lindung bill arrears`) — shared among its units;
 * and `lindung protection check` speaks the states.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHarness, type Harness } from '../testing/harness.ts';
import { demoAgreement, participants, type Setup } from '../testing/builders.ts';
import { openSqlite } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createServices } from '../services.ts';
import { cliActor } from '../core/actor.ts';
import { shareOut } from './reports.ts';

/** 4 participants from 1 June 2022 (2 DINKES, 2 BKPSDM); June billed on 1 July (Rp 38.124) and Rp 20.000 paid on 2 July. */
async function scenario(h: Setup) {
  const { services, admin } = h;
  const agreementId = await demoAgreement(h);
  const { niks } = await participants(h, { agreementId, count: 4, registeredOn: '2022-06-01', unitCodes: ['DINKES', 'BKPSDM'] });
  const june = await services.contributions.createBill(admin, { agreementId, period: '2022-06', issueDate: '2022-07-01' });
  await services.contributions.recordPayment(admin, { billId: june.id, amount: 20_000, paidOn: '2022-07-02', bankReference: 'AP-1' });
  return { june, nik: niks[0]! };
}

describe('arrears subtract partial payments', () => {
  let h: Harness;
  let agreementId: number;
  before(async () => {
    h = await createHarness({ today: '2022-07-05' });
    const { june } = await scenario(h);
    agreementId = june.agreementId;
    assert.deepEqual([june.amountDue, june.dueDate], [38_124, '2022-07-15']);
  });
  after(() => h.close());

  test('shares add up exactly', () => {
    assert.deepEqual(shareOut(18_124, [19_062, 19_062]), [9_062, 9_062]);
    assert.deepEqual(shareOut(10, [1, 1, 1]), [4, 3, 3]);
    assert.deepEqual(shareOut(5, [0, 0]), [5, 0]);
  });

  test('service: Rp 18.124 not yet due, then 0–30 days; units Rp 9.062 each', async () => {
    const r = await h.services.contributionReports.arrears(h.admin, agreementId);
    assert.equal(r.total, 18_124);
    assert.deepEqual(r.totals, { not_due: 18_124, '0-30': 0, '31-60': 0, '61-90': 0, '90+': 0 });
    assert.deepEqual(
      r.units.map((u) => [u.code, u.total, u.months]),
      [
        ['BKPSDM', 9_062, 1],
        ['DINKES', 9_062, 1],
      ],
    );
    assert.deepEqual(
      r.rows.map((x) => [x.code, x.charged, x.due, x.dueDate]),
      [
        ['BKPSDM', 19_062, 9_062, '2022-07-15'],
        ['DINKES', 19_062, 9_062, '2022-07-15'],
      ],
    );
    const late = await h.services.contributionReports.arrears(h.admin, agreementId, '2022-07-16');
    assert.deepEqual(late.totals, { not_due: 0, '0-30': 18_124, '31-60': 0, '61-90': 0, '90+': 0 });
  });

  test('API: the same Rp 18.124; paid in full, nothing', async () => {
    const viewer = await h.login('viewer');
    const res = await viewer.request({ method: 'GET', url: `/api/v1/arrears?agreementId=${agreementId}&asOf=2022-07-16` });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().total, 18_124);
    const bill = (await h.services.contributions.listBills(h.admin, agreementId))[0]!;
    assert.deepEqual([bill.status, bill.outstanding], ['partial', 18_124]);
    await h.services.contributions.recordPayment(h.admin, { billId: bill.id, amount: 18_124, paidOn: '2022-07-05', bankReference: 'AP-2' });
    assert.equal((await viewer.request({ method: 'GET', url: `/api/v1/arrears?agreementId=${agreementId}` })).json().total, 0);
  });
});

describe('the CLI: bill arrears and protection check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lindung-arrears-'));
  const file = join(dir, 'l.db');
  let nik = '';
  let agreementId = 0;
  before(async () => {
    const handle = openSqlite(file);
    await migrateToLatest(handle.db);
    const services = createServices(handle, { timeZone: 'Asia/Makassar', today: () => '2022-07-05' });
    const made = await scenario({ services, admin: cliActor() });
    nik = made.nik;
    agreementId = made.june.agreementId;
    await handle.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const lindung = (args: string[]) =>
    spawnSync(process.execPath, ['bin/lindung.mjs', ...args], { env: { ...process.env, DATABASE_URL: `sqlite:${file}` }, encoding: 'utf8' });

  test('lindung bill arrears: Rp 18.124', () => {
    const res = lindung(['bill', 'arrears', '--agreement', String(agreementId), '--as-of', '2022-07-16']);
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /Total tunggakan per 16 Juli 2022: Rp 18\.124/);
    const json = JSON.parse(lindung(['bill', 'arrears', '--agreement', String(agreementId), '--as-of', '2022-07-16', '--json']).stdout);
    assert.equal(json.total, 18_124);
  });

  test('lindung protection check: June is long past due today, so in arrears, with the consequence; exit code 2', () => {
    const res = lindung(['protection', 'check', '--nik', nik, '--date', '2022-06-10']);
    assert.equal(res.status, 2, res.stderr);
    assert.match(
      res.stdout,
      /: MENUNGGAK IURAN — Menunggak: iuran Juni 2022 lewat jatuh tempo 15 Juli 2022 \(\d+ hari; tagihan IURAN\/1\/202206\/\d+, kurang Rp 18\.124\)/,
    );
    assert.match(res.stdout, /Akibat: Tunggakan 1 bulan \(sampai 3 bulan berturut-turut\)/);
    assert.match(res.stdout, /Dasar: PP 44\/2015 jo\. PP 82\/2019/);
    const json = JSON.parse(lindung(['protection', 'check', '--nik', nik, '--date', '2022-06-10', '--json']).stdout);
    assert.deepEqual([json.state, json.code, json.protected, json.params.outstanding], ['in_arrears', 'in_arrears', false, 18_124]);
  });
});
