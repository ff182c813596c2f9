/**
 * Backups you can trust, through the real CLI: `lindung backup` under continuous writes finishes
 * and is consistent, `lindung restore` into a fresh database gives back every table row for row,
 * and restore is refused while a server holds the (SQLite) database. On SQLite always; with
 * TEST_DATABASE_URL also on PostgreSQL through pg_dump/pg_restore (two fresh databases).
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { lockPathOf } from './backup.ts';

const dir = mkdtempSync(join(tmpdir(), 'lindung-backup-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function runCli(args: string[], databaseUrl: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/lindung.mjs', ...args], { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

/** `lindung serve --no-demo` on the database, resolved once it listens. */
async function startServer(databaseUrl: string): Promise<{ process: ChildProcess; port: number }> {
  const port = 40000 + Math.floor(Math.random() * 20000);
  const server = spawn(process.execPath, ['bin/lindung.mjs', 'serve', '--no-demo', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' },
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Lindung berjalan')) resolve();
    });
    server.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  return { process: server, port };
}

async function stopServer(server: { process: ChildProcess }): Promise<void> {
  const exited = new Promise((r) => server.process.once('exit', r));
  server.process.kill('SIGTERM');
  await exited;
}

/** Writes one probe row per transaction, together with a running total, until stopped. */
function startWriter(write: (seq: number) => Promise<void> | void) {
  let seq = 0;
  let stopped = false;
  const done = (async () => {
    while (!stopped) {
      await write(++seq);
      await new Promise((r) => setTimeout(r, 2));
    }
  })();
  return {
    written: () => seq,
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}

function sqliteTables(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const names = (
      db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[]
    ).map((t) => t.name);
    return Object.fromEntries(names.map((n) => [n, db.prepare(`select * from "${n}" order by rowid`).all()]));
  } finally {
    db.close();
  }
}

test('SQLite: backup under continuous writes is consistent; restore gives back every table; refused while a server runs', async () => {
  const live = join(dir, 'live.db');
  const url = `sqlite:${live}`;
  assert.equal((await runCli(['agreement', 'import', 'data-files/agreements/buton-utara-2022.json'], url)).status, 0);
  const writerDb = new Database(live);
  writerDb.pragma('busy_timeout = 5000');
  writerDb.exec(
    'create table writer_probe (seq integer primary key, note text not null); create table writer_total (n integer not null); insert into writer_total values (0);',
  );
  const insert = writerDb.prepare('insert into writer_probe (seq, note) values (?, ?)');
  const bump = writerDb.prepare('update writer_total set n = n + 1');
  const writer = startWriter(
    writerDb.transaction((seq: number) => {
      insert.run(seq, 'x'.repeat(200));
      bump.run();
    }),
  );
  while (writer.written() < 300) await new Promise((r) => setTimeout(r, 10));

  const backupFile = join(dir, 'cadangan.db');
  const backup = await runCli(['backup', backupFile], url);
  const writtenDuring = writer.written();
  await writer.stop();
  writerDb.close();
  assert.equal(backup.status, 0, backup.stderr);
  assert.match(backup.stdout, /Cadangan ditulis ke/);
  assert.ok(writtenDuring > 300, 'the writer kept writing while the backup ran');

  const snapshot = sqliteTables(backupFile);
  const probes = snapshot.writer_probe as { seq: number }[];
  assert.ok(probes.length >= 300, `the backup holds what was written before it (${probes.length})`);
  assert.deepEqual(
    probes.map((p) => p.seq),
    probes.map((_, i) => i + 1),
    'a prefix of the writes, no hole',
  );
  assert.equal((snapshot.writer_total as { n: number }[])[0]!.n, probes.length, 'consistent: the total matches its rows');
  assert.equal((snapshot.agreements as unknown[]).length, 1);

  // Restore into a fresh database: every table row for row.
  const fresh = join(dir, 'baru.db');
  const restored = await runCli(['restore', backupFile], `sqlite:${fresh}`);
  assert.equal(restored.status, 0, restored.stderr);
  assert.deepEqual(sqliteTables(fresh), snapshot);

  // A server on the database: restore is refused and says how to stop it.
  const server = await startServer(`sqlite:${fresh}`);
  try {
    assert.ok(existsSync(lockPathOf(fresh)));
    const refused = await runCli(['restore', backupFile], `sqlite:${fresh}`);
    assert.equal(refused.status, 1);
    assert.match(
      refused.stderr,
      new RegExp(
        `Galat: Server Lindung sedang memakai basis data .* \\(pid ${server.process.pid}, port ${server.port}, .*Hentikan server terlebih dahulu .*kill ${server.process.pid}`,
      ),
    );
  } finally {
    await stopServer(server);
  }
  assert.equal(existsSync(lockPathOf(fresh)), false, 'the server removes its lock when it stops');
  const again = await runCli(['restore', backupFile], `sqlite:${fresh}`);
  assert.equal(again.status, 0, again.stderr);
});

const PG_URL = process.env.TEST_DATABASE_URL;
test('PostgreSQL: backup (pg_dump) under continuous writes, restore (pg_restore) into a fresh database, every table equal', { skip: !PG_URL }, async () => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const names = [`lindung_bk_${suffix}`, `lindung_rs_${suffix}`];
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const urlOf = (name: string) => {
    const u = new URL(PG_URL!);
    u.pathname = `/${name}`;
    return u.toString();
  };
  try {
    for (const n of names) await admin.query(`create database ${n}`);
    const [source, target] = names.map(urlOf) as [string, string];
    assert.equal((await runCli(['agreement', 'import', 'data-files/agreements/buton-utara-2022.json'], source)).status, 0);
    const w = new pg.Client({ connectionString: source });
    await w.connect();
    await w.query(
      'create table writer_probe (seq integer primary key, note text not null); create table writer_total (n integer not null); insert into writer_total values (0);',
    );
    const writer = startWriter(async (seq) => {
      await w.query('begin');
      await w.query('insert into writer_probe (seq, note) values ($1, $2)', [seq, 'x']);
      await w.query('update writer_total set n = n + 1');
      await w.query('commit');
    });
    while (writer.written() < 100) await new Promise((r) => setTimeout(r, 10));
    const file = join(dir, 'cadangan.dump');
    const backup = await runCli(['backup', file], source);
    await writer.stop();
    await w.end();
    assert.equal(backup.status, 0, backup.stderr);

    // A server connected to the target: restore is refused, nothing is touched, and it says what to stop.
    const server = await startServer(target);
    try {
      const refused = await runCli(['restore', file], target);
      assert.equal(refused.status, 1, refused.stdout);
      assert.match(
        refused.stderr,
        /^Galat: Server Lindung sedang terhubung ke basis data PostgreSQL ini \(\d+ koneksi "lindung serve" dari .+\)\. Hentikan semua server Lindung yang memakainya terlebih dahulu/m,
      );
      const c = new pg.Client({ connectionString: target });
      await c.connect();
      assert.equal(
        (await c.query("select count(*)::int as n from information_schema.tables where table_name = 'writer_probe'")).rows[0].n,
        0,
        'nothing restored',
      );
      await c.end();
    } finally {
      await stopServer(server);
    }
    const restored = await runCli(['restore', file], target);
    assert.equal(restored.status, 0, restored.stderr);

    const tablesOf = async (url: string) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        const tables = (
          await c.query<{ t: string }>("select table_name as t from information_schema.tables where table_schema = 'public' order by 1")
        ).rows.map((r) => r.t);
        const out: Record<string, unknown[]> = {};
        for (const t of tables) out[t] = (await c.query(`select * from "${t}" order by 1`)).rows;
        return out;
      } finally {
        await c.end();
      }
    };
    const back = await tablesOf(target);
    const probes = back.writer_probe as { seq: number }[];
    assert.ok(probes.length >= 100);
    assert.deepEqual(
      probes.map((p) => p.seq),
      probes.map((_, i) => i + 1),
    );
    assert.equal((back.writer_total as { n: number }[])[0]!.n, probes.length, 'one consistent snapshot');
    assert.ok(Object.keys(back).includes('agreements') && (back.agreements as unknown[]).length === 1);
    // The restored database against the live one, minus what the writer added after the dump.
    const live = await tablesOf(source);
    for (const [t, rows] of Object.entries(back)) {
      if (t.startsWith('writer_')) continue;
      assert.deepEqual(rows, live[t], `table ${t}`);
    }
  } finally {
    for (const n of names) await admin.query(`drop database if exists ${n} with (force)`);
    await admin.end();
  }
});
