/** The payment destination: a cited term of the agreement, viewed and set (as an addendum) from the CLI. */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('lindung agreement payment-destination (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lindung-destination-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const lindung = (args: string[]) => {
    const res = spawnSync(process.execPath, ['bin/lindung.mjs', ...args], {
      env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'd.db')}` },
      encoding: 'utf8',
    });
    return { code: res.status, out: res.stdout, err: res.stderr };
  };

  test('not set in the PKS; set by an addendum with its basis; shown from its effective date; a bad account is refused in Bahasa', () => {
    assert.equal(lindung(['agreement', 'import', 'data-files/agreements/buton-utara-2022.json']).code, 0);
    const before = lindung(['agreement', 'payment-destination', '1', '--date', '2022-06-01']);
    assert.equal(before.code, 0, before.err);
    assert.match(before.out, /Tujuan pembayaran per 1 Juni 2022: belum ditetapkan dalam perjanjian {2}\[PKS Pasal 4 ayat \(3\)\]/);
    const bad = lindung([
      'agreement',
      'payment-destination',
      '1',
      '--bank',
      'Bank Contoh',
      '--account',
      'ABC',
      '--account-name',
      'X',
      '--basis',
      'Adendum I Pasal 2',
      '--number',
      'ADD/1',
      '--signed',
      '2022-07-01',
    ]);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /Nomor rekening hanya angka/);
    const set = lindung([
      'agreement',
      'payment-destination',
      '1',
      '--bank',
      'Bank Contoh Sultra',
      '--virtual-account',
      '8888012345678901',
      '--basis',
      'Adendum I Pasal 2 (contoh)',
      '--number',
      'ADD/1 (contoh)',
      '--signed',
      '2022-07-01',
      '--json',
    ]);
    assert.equal(set.code, 0, set.err);
    assert.deepEqual(JSON.parse(set.out), {
      date: '2022-07-01',
      value: { bank: 'Bank Contoh Sultra', accountNumber: null, accountName: null, virtualAccount: '8888012345678901' },
      basis: 'Adendum I Pasal 2 (contoh)',
    });
    assert.match(lindung(['agreement', 'payment-destination', '1', '--date', '2022-06-30']).out, /belum ditetapkan/, 'not before the addendum takes effect');
    assert.match(
      lindung(['agreement', 'show', '1']).out,
      /Tujuan pembayaran iuran \(rekening\/virtual account\): Bank Contoh Sultra, virtual account 8888012345678901 {2}\[Adendum I Pasal 2 \(contoh\)\]/,
    );
  });
});
