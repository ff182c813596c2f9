import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'lindung-cli-'));
const DEMO = 'data-files/agreements/buton-utara-2022.json';

function lindung(args: string[], db: string) {
  const res = spawnSync(process.execPath, ['bin/lindung.mjs', ...args], {
    env: { ...process.env, DATABASE_URL: `sqlite:${db}`, LINDUNG_PASSWORD: 'kata-sandi-uji' },
    encoding: 'utf8',
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('lindung CLI', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('agreement import, list and show with --json', () => {
    const db = join(dir, 'a.db');
    const imported = lindung(['agreement', 'import', DEMO, '--json'], db);
    assert.equal(imported.code, 0, imported.err);
    assert.equal(JSON.parse(imported.out).validUntil, '2024-03-13');
    const list = JSON.parse(lindung(['agreement', 'list', '--json'], db).out);
    assert.equal(list.length, 1);
    assert.equal(list[0].reportedWage, 1765000);
    const id = String(JSON.parse(imported.out).id);
    const shown = lindung(['agreement', 'show', id], db);
    assert.match(shown.out, /14 Maret 2022 s\.d\. 13 Maret 2024/);
    assert.match(shown.out, /Upah pelaporan: Rp 1\.765\.000/);
    const onDate = JSON.parse(lindung(['agreement', 'show', id, '--date', '2023-05-02', '--json'], db).out);
    assert.equal(onDate.version.terms.contribution.reportedWage.value, 1765000);
  });

  test('errors are clear, in Bahasa Indonesia, with exit code 1', () => {
    const db = join(dir, 'b.db');
    lindung(['agreement', 'import', DEMO], db);
    const dup = lindung(['agreement', 'import', DEMO], db);
    assert.equal(dup.code, 1);
    assert.match(dup.err, /Galat: Nomor perjanjian "119\/323\/SETDA\/III\/2022" sudah dipakai/);
    const missing = lindung(['agreement', 'import', join(dir, 'tidak-ada.json')], db);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /tidak dapat dibaca/);
    const unknown = lindung(['agreement', 'show', '42', '--json'], db);
    assert.equal(unknown.code, 1);
    assert.equal(JSON.parse(unknown.err).error.code, 'not_found');
  });

  test('user add and backup/restore', () => {
    const db = join(dir, 'c.db');
    const unbound = lindung(['user', 'add', '--username', 'siti', '--role', 'admin', '--name', 'Siti Aminah', '--password', 'rahasia-uji-123'], db);
    assert.equal(unbound.code, 1);
    assert.match(unbound.err, /Pengguna harus terikat pada satu instansi/);
    lindung(['agreement', 'import', DEMO], db);
    const added = lindung(['user', 'add', '--username', 'siti', '--role', 'admin', '--name', 'Siti Aminah', '--institution', '1', '--json'], db);
    assert.equal(added.code, 0, added.err);
    const user = JSON.parse(added.out);
    assert.equal(user.role, 'admin');
    assert.equal(user.institutionId, 1);
    // The password came from LINDUNG_PASSWORD: nothing to change at first login.
    assert.equal(user.mustChangePassword, false);
    assert.equal(user.oneTimePassword, undefined);
    const root = lindung(['user', 'add', '--username', 'sistem', '--role', 'system_admin', '--password', 'rahasia-uji-123', '--json'], db);
    assert.equal(root.code, 0, root.err);
    assert.equal(JSON.parse(root.out).institutionId, null);
    const users = lindung(['user', 'list'], db).out;
    assert.match(users, /siti .*Siti Aminah .*Administrator \(admin\) .*aktif/);
    assert.match(users, /sistem .*Administrator sistem \(system_admin\)/);
    const bad = lindung(['user', 'add', '--username', 'x', '--role', 'raja'], db);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /Peran harus salah satu/);
    const backupFile = join(dir, 'cadangan.db');
    const backup = lindung(['backup', backupFile], db);
    assert.equal(backup.code, 0, backup.err);
    const restoredDb = join(dir, 'pulih.db');
    const restore = lindung(['restore', backupFile], restoredDb);
    assert.equal(restore.code, 0, restore.err);
    const list = JSON.parse(lindung(['agreement', 'list', '--json'], restoredDb).out);
    assert.equal(list[0].numberPartyOne, '119/323/SETDA/III/2022');
    const notBackup = lindung(['restore', DEMO], join(dir, 'd.db'));
    assert.equal(notBackup.code, 1);
    assert.match(notBackup.err, /bukan cadangan Lindung/);
  });

  test('serve loads the demo into an empty database and signs in the demo admin', async () => {
    const port = await freePort();
    const db = join(dir, 'serve.db');
    const child = spawn(process.execPath, ['bin/lindung.mjs', 'serve', '--port', String(port), '--host', '127.0.0.1'], {
      env: { ...process.env, DATABASE_URL: `sqlite:${db}`, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('Lindung berjalan')) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.on('exit', () => reject(new Error(`server exited: ${out}`)));
      });
      assert.match(out, new RegExp(`http://127.0.0.1:${port}`));
      assert.match(out, /sistem \/ admin \/ operator \/ operator-setda \/ pengawas \/ bpjs \/ pemantau-bpjs — kata sandi "lindung-demo"/);
      const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'lindung-demo' }),
      });
      assert.equal(login.status, 200);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const list = await fetch(`http://127.0.0.1:${port}/api/v1/agreements`, { headers: { cookie } });
      const body = (await list.json()) as { items: { numberPartyOne: string }[] };
      assert.equal(body.items[0]?.numberPartyOne, '119/323/SETDA/III/2022');
      assert.match(out, /Data contoh dimuat \(nama-nama fiktif, bertanda "\(contoh\)"\)/);
      const people = await fetch(`http://127.0.0.1:${port}/api/v1/employees?status=all&pageSize=100`, { headers: { cookie } });
      const roster = (await people.json()) as { total: number; items: { fullName: string }[] };
      assert.equal(roster.total, 40, 'the fictional dataset, not an empty agreement');
      assert.ok(roster.items.every((e) => e.fullName.endsWith('(contoh)')));
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  });

  test("on the demo: protection check by KPJ or by name (one match checked, several make a pick list); arrears on the ended agreement's last day, said so", () => {
    const db = join(dir, 'serve.db');
    const byKpj = lindung(['protection', 'check', '--kpj', '22040100274', '--date', '2023-05-02'], db);
    assert.equal(byKpj.code, 0, byKpj.err);
    assert.match(byKpj.out, /^Muhammad Rizal \(contoh\) \(\d{16}\) pada 2 Mei 2023: TERLINDUNGI/m);
    const byName = lindung(['protection', 'check', '--name', 'wa ode', '--date', '2023-05-02'], db);
    assert.equal(byName.code, 1);
    assert.match(byName.out, /^2 pegawai cocok; pilih dengan --employee ID:/m);
    assert.match(byName.out, /Wa Ode Fatma \(contoh\)/);
    assert.match(byName.out, /Wa Ode Nurhayati \(contoh\)/);
    const demo = String(JSON.parse(lindung(['agreement', 'list', '--json'], db).out)[0].id);
    const arrears = lindung(['bill', 'arrears', '--agreement', demo], db);
    assert.equal(arrears.code, 0, arrears.err);
    assert.match(arrears.out, /^Keadaan per 13 Maret 2024 — perjanjian telah berakhir$/m);
    assert.match(arrears.out, /^Total tunggakan per 13 Maret 2024: Rp 333\.585$/m);
    const none = lindung(['protection', 'check', '--kpj', '99999999999'], db);
    assert.equal(none.code, 1);
    assert.match(none.err, /Tidak ada pegawai dengan KPJ "99999999999"/);
  });

  test('serve --no-demo leaves an empty database empty: no agreement, no user', async () => {
    const port = await freePort();
    const db = join(dir, 'kosong.db');
    const child = spawn(process.execPath, ['bin/lindung.mjs', 'serve', '--no-demo', '--port', String(port), '--host', '127.0.0.1'], {
      env: { ...process.env, DATABASE_URL: `sqlite:${db}`, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('Lindung berjalan')) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.on('exit', () => reject(new Error(`server exited: ${out}`)));
      });
      assert.doesNotMatch(out, /demo/i);
      const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'lindung-demo' }),
      });
      assert.equal(login.status, 401);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    assert.deepEqual(JSON.parse(lindung(['agreement', 'list', '--json'], db).out), []);
    assert.deepEqual(JSON.parse(lindung(['user', 'list', '--json'], db).out), [], 'no demo user');
  });
});
