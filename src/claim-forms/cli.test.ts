/** `lindung claim form ID --stage 1|2|dokter --out FILE` on a SQLite file: the PDFs written, a wrong stage or claim refused in Bahasa. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createServices } from '../services.ts';
import { loadDemo } from '../demo.ts';
import { pdfToText } from '../testing/pdftotext.ts';
import { jkkClaim, sitiAndBudi } from '../testing/builders.ts';
import { cliActor } from '../core/actor.ts';
import { formKindOf } from './cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'lindung-claim-forms-cli-'));
const db = join(dir, 'forms.db');
let claimId = 0;

function lindung(args: string[]) {
  const res = spawnSync(process.execPath, ['bin/lindung.mjs', 'claim', 'form', ...args], {
    env: { ...process.env, DATABASE_URL: `sqlite:${db}` },
    encoding: 'utf8',
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

describe('lindung claim form', () => {
  before(async () => {
    const handle = openSqlite(db);
    await migrateToLatest(handle.db);
    const services = createServices(handle, { timeZone: 'Asia/Makassar', today: () => '2022-06-20' });
    await loadDemo(services);
    const { employeeId } = await sitiAndBudi({ services, admin: cliActor() });
    claimId = (await services.claims.file(cliActor(), jkkClaim(employeeId))).id;
    await handle.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('stage 1, stage 2 and the doctor statement written as PDFs pre-filled from the claim', async () => {
    for (const [stage, title] of [
      ['1', /LAPORAN KASUS KECELAKAAN KERJA TAHAP I\n/],
      ['2', /LAPORAN KASUS KECELAKAAN KERJA TAHAP II/],
      ['dokter', /SURAT KETERANGAN DOKTER/],
    ] as const) {
      const out = join(dir, `form-${stage}.pdf`);
      const res = lindung([String(claimId), '--stage', stage, '--out', out]);
      assert.equal(res.code, 0, res.err);
      assert.equal(res.out.trim(), `Formulir ditulis ke ${out}`);
      const text = await pdfToText(readFileSync(out));
      assert.match(text, title);
      assert.match(text, /Siti Aminah/);
      assert.match(text, /26133068531/);
      assert.match(text, /2 Mei 2022/);
    }
  });

  test('a wrong stage or a missing claim: exit 1 with the reason in Bahasa, no file', () => {
    const out = join(dir, 'none.pdf');
    const stage = lindung([String(claimId), '--stage', '3', '--out', out]);
    assert.equal(stage.code, 1);
    assert.match(stage.err, /--stage harus 1 \(laporan tahap I\), 2 \(laporan tahap II\) atau dokter/);
    const missing = lindung(['9999', '--stage', '1', '--out', out]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /Galat: Klaim tidak ditemukan/);
    assert.equal(existsSync(out), false);
  });

  test('stage names', () => {
    assert.deepEqual(['1', '2', 'dokter', 'KK3'].map(formKindOf), ['kk1', 'kk2', 'kk3', 'kk3']);
    assert.throws(() => formKindOf('tiga'), /--stage harus/);
  });
});
