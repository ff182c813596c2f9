/** `lindung self-check contact|log` and `lindung claim heirs-letter` on a SQLite file, through the same services as the API. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createServices } from '../services.ts';
import { loadDemo } from '../demo.ts';
import { jkkClaim, sitiAndBudi } from '../testing/builders.ts';
import { pdfToText } from '../testing/pdftotext.ts';

const dir = mkdtempSync(join(tmpdir(), 'lindung-self-check-cli-'));
const db = join(dir, 'cek.db');
let unitId = 0;
let deathClaimId = 0;

function lindung(args: string[]) {
  const res = spawnSync(process.execPath, ['bin/lindung.mjs', ...args], { env: { ...process.env, DATABASE_URL: `sqlite:${db}` }, encoding: 'utf8' });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

describe('lindung self-check and claim heirs-letter', () => {
  before(async () => {
    const handle = openSqlite(db);
    await migrateToLatest(handle.db);
    const services = createServices(handle, { timeZone: 'Asia/Makassar', today: () => '2022-06-20' });
    await loadDemo(services);
    const admin = (await import('../core/actor.ts')).cliActor();
    const { employeeId } = await sitiAndBudi({ services, admin });
    unitId = (await handle.db.selectFrom('employees').select('work_unit_id').where('id', '=', employeeId).executeTakeFirstOrThrow()).work_unit_id;
    deathClaimId = (
      await services.claims.file(
        admin,
        jkkClaim(employeeId, {
          program: 'JKM',
          outcome: 'death',
          incidentDate: '2022-06-01',
          stage1ReportedOn: null,
          doctorStatementOn: null,
          stage2ReportedOn: null,
          benefit: {},
        }),
      )
    ).id;
    await assert.rejects(services.selfCheck.check({ nik: '7409014508900001', birthDate: '1990-08-06', kpjLast4: '8531' }, { ip: '203.0.113.9' }), {
      code: 'not_found',
    });
    await handle.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("contact: a unit's phone and address; one of --unit or --institution", () => {
    const set = lindung(['self-check', 'contact', '--unit', String(unitId), '--phone', '0401-123456', '--address', 'Jl. Poros Ereke No. 5', '--json']);
    assert.equal(set.code, 0, set.err);
    assert.deepEqual([JSON.parse(set.out).phone, JSON.parse(set.out).address], ['0401-123456', 'Jl. Poros Ereke No. 5']);
    const bad = lindung(['self-check', 'contact', '--phone', '1']);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /Sebutkan salah satu: --unit ID atau --institution ID/);
    const letters = lindung(['self-check', 'contact', '--unit', String(unitId), '--phone', 'telepon kantor']);
    assert.equal(letters.code, 1);
    assert.match(letters.err, /Nomor telepon hanya angka/);
  });

  test('log: the masked NIK, the address and the outcome', () => {
    const log = lindung(['self-check', 'log', '--json']);
    assert.equal(log.code, 0, log.err);
    assert.deepEqual(
      JSON.parse(log.out).map((r: { ip: string; nikMasked: string; outcome: string }) => [r.ip, r.nikMasked, r.outcome]),
      [['203.0.113.9', '7409••••••••0001', 'no_match']],
    );
  });

  test('claim heirs-letter writes the letter of a death claim', async () => {
    const file = join(dir, 'ahli-waris.pdf');
    const res = lindung(['claim', 'heirs-letter', String(deathClaimId), file]);
    assert.equal(res.code, 0, res.err);
    const text = (await pdfToText(readFileSync(file))).replace(/\s+/g, ' ');
    assert.match(text, /SURAT PEMBERITAHUAN KEPADA AHLI WARIS/);
    assert.match(text, /JUMLAH Rp 42\.000\.000/);
  });
});
