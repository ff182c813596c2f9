/**
 * Quotes under an agreement (issue #12, PKS Pasal 4 ayat (2), Pasal 7, Pasal 10): outside the
 * validity the quote is refused naming the agreement's dates; the wage is the reported wage and
 * a different stated wage is refused naming it; without an agreement any wage is quoted. API and
 * `lindung benefit quote` answer alike.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHarness, type Client, type Harness } from '../testing/harness.ts';
import { demoAgreement } from '../testing/builders.ts';
import { cliActor } from '../core/actor.ts';
import { openSqlite } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createServices } from '../services.ts';
import { loadDemo } from '../demo.ts';

/** A work-accident death quoted under the agreement. */
const death = (agreement: number) => ({ program: 'JKK', outcome: 'death', agreement });
const BEFORE_SIGNING =
  'Tanggal kejadian 10 Maret 2022 di luar masa berlaku perjanjian 119/323/SETDA/III/2022 (14 Maret 2022 s.d. 13 Maret 2024); manfaat tidak dihitung menurut perjanjian ini (PKS Pasal 10)';
const AFTER_END =
  'Tanggal kejadian 2 April 2024 di luar masa berlaku perjanjian 119/323/SETDA/III/2022 (14 Maret 2022 s.d. 13 Maret 2024); manfaat tidak dihitung menurut perjanjian ini (PKS Pasal 10)';
const WAGE =
  'Upah yang dilaporkan menurut PKS adalah Rp 1.765.000 (PKS Pasal 4 ayat (2)); manfaat dihitung dari upah tersebut, bukan Rp 3.000.000. Kosongkan upah atau isi Rp 1.765.000.';

describe('quotes under an agreement (API)', () => {
  let h: Harness;
  let viewer: Client;
  let agreementId: number;
  before(async () => {
    h = await createHarness({ today: '2024-05-10' });
    viewer = await h.login('viewer');
    agreementId = await demoAgreement(h);
  });
  after(() => h.close());
  const quote = (payload: Record<string, unknown>) => viewer.request({ method: 'POST', url: '/api/v1/benefits/quote', payload });

  test('before signing and after the end: refused with the agreement’s dates', async () => {
    const early = await quote({ ...death(agreementId), incidentDate: '2022-03-10' });
    assert.equal(early.statusCode, 400);
    assert.equal(early.json().error.message, BEFORE_SIGNING);
    const late = await quote({ ...death(agreementId), incidentDate: '2024-04-02' });
    assert.equal(late.statusCode, 400);
    assert.equal(late.json().error.message, AFTER_END);
    const first = await quote({ ...death(agreementId), incidentDate: '2022-03-14' });
    const last = await quote({ ...death(agreementId), incidentDate: '2024-03-13' });
    assert.deepEqual(
      [first.statusCode, first.json().total, last.statusCode, last.json().total],
      [200, 106_720_000, 200, 106_720_000],
      'the first and the last valid day quote',
    );
  });

  test('the reported wage: 3.000.000 refused naming Rp 1.765.000; the PKS wage or none → 106.720.000; no agreement → any wage', async () => {
    const other = await quote({ ...death(agreementId), incidentDate: '2023-05-02', wage: 3_000_000 });
    assert.equal(other.statusCode, 400);
    assert.equal(other.json().error.message, WAGE);
    const same = await quote({ ...death(agreementId), incidentDate: '2023-05-02', wage: 1_765_000 });
    assert.deepEqual([same.statusCode, same.json().wage, same.json().total], [200, 1_765_000, 106_720_000]);
    const none = await quote({ ...death(agreementId), incidentDate: '2023-05-02' });
    assert.equal(none.json().total, 106_720_000);
    const free = await quote({ program: 'JKK', outcome: 'death', incidentDate: '2023-05-02', wage: 3_000_000 });
    // 48 × 3.000.000 + 10.000.000 + 12.000.000
    assert.deepEqual([free.statusCode, free.json().total], [200, 166_000_000]);
  });
});

describe('lindung benefit quote under an agreement', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lindung-quote-cli-'));
  const db = join(dir, 'quote.db');
  let agreementId = 0;
  const lindung = (request: unknown, json = false) =>
    spawnSync(process.execPath, ['bin/lindung.mjs', 'benefit', 'quote', ...(json ? ['--json'] : [])], {
      input: JSON.stringify(request),
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: `sqlite:${db}` },
    });
  before(async () => {
    const handle = openSqlite(db);
    await migrateToLatest(handle.db);
    const services = createServices(handle, { timeZone: 'Asia/Makassar' });
    await loadDemo(services);
    agreementId = await demoAgreement({ services, admin: cliActor() });
    await handle.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('outside the validity and a stated wage: refused with the exact messages; the PKS wage quotes 106.720.000', () => {
    const early = lindung({ ...death(agreementId), incidentDate: '2022-03-10' });
    assert.equal(early.status, 1);
    assert.equal(early.stderr, `Galat: ${BEFORE_SIGNING}\n`);
    const late = lindung({ ...death(agreementId), incidentDate: '2024-04-02' }, true);
    assert.equal(late.status, 1);
    assert.equal(JSON.parse(late.stderr).error.message, AFTER_END);
    const wage = lindung({ ...death(agreementId), incidentDate: '2023-05-02', wage: 3_000_000 });
    assert.equal(wage.status, 1);
    assert.equal(wage.stderr, `Galat: ${WAGE}\n`);
    const ok = lindung({ ...death(agreementId), incidentDate: '2023-05-02', wage: 1_765_000 });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /Jumlah: Rp 106\.720\.000 \(seratus enam juta tujuh ratus dua puluh ribu rupiah\)/);
  });
});
