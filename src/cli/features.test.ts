import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { Command } from '@commander-js/extra-typings';
import { CLI_FEATURES } from './features.ts';

const lindung = (args: string[]) =>
  spawnSync(process.execPath, ['bin/lindung.mjs', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: 'sqlite::memory:' } });

describe('CLI features loaded on demand', () => {
  test('the table names exactly the top-level commands each feature registers, with the same descriptions', async () => {
    const seen = new Set<string>();
    for (const feature of CLI_FEATURES) {
      const program = new Command();
      (await feature.load())(program);
      const registered = Object.fromEntries(program.commands.map((c) => [c.name(), c.description()]));
      assert.deepEqual(registered, feature.commands);
      for (const name of Object.keys(feature.commands)) {
        assert.ok(!seen.has(name), `perintah ${name} dua kali`);
        seen.add(name);
      }
    }
    assert.equal(seen.size, 17); // agreement, user, nik, unit, roster, enrolment, card, contribution, bill, payment, protection, report, reminders, benefit, claim, holiday, self-check
  });

  test('--help lists every command; a feature command still shows its own subcommands and runs', () => {
    const help = lindung(['--help']);
    assert.equal(help.status, 0, help.stderr);
    for (const name of ['serve', 'migrate', 'backup', 'restore', ...CLI_FEATURES.flatMap((f) => Object.keys(f.commands))]) {
      assert.match(help.stdout, new RegExp(`^  ${name}\\b`, 'm'), `--help tanpa ${name}`);
    }
    const bill = lindung(['bill', '--help']);
    assert.equal(bill.status, 0, bill.stderr);
    for (const sub of ['create', 'show', 'list', 'export', 'arrears', 'budget']) assert.match(bill.stdout, new RegExp(`^  ${sub}\\b`, 'm'));
    const nik = lindung(['nik', 'check', '7409014508900001', '--json']);
    assert.equal(nik.status, 0, nik.stderr);
    assert.deepEqual(JSON.parse(nik.stdout).birthDate, '1990-08-05');
    const unknown = lindung(['tagihan']);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /unknown command 'tagihan'/);
  });
});
