/**
 * Backups you can trust.
 * - SQLite backup is `VACUUM INTO` a temporary file, renamed into place when complete: one read
 *   transaction over a WAL snapshot, so it is consistent and finishes in bounded time however
 *   busy the server is (the page-by-page online backup restarts whenever another connection
 *   writes, and under continuous writes never finished).
 * - SQLite restore refuses while a server holds the database. `lindung serve` writes a lock file
 *   beside the database (`<db>.server.lock`: pid, port, start time) and removes it when it stops;
 *   restore reads it and checks that the pid is alive (a lock left by a crashed server is stale
 *   and ignored). A server still running would write its old state over the restored file.
 * - PostgreSQL: `pg_dump -Fc` / `pg_restore --clean --if-exists --single-transaction` when the
 *   tools are installed (a clear message otherwise). Restore refuses while a `lindung serve` is
 *   connected: the servers name their connections (application_name "lindung serve") and keep them
 *   open, so pg_stat_activity shows them; a server that died has no connection left.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../core/errors.ts';
import { SERVER_APPLICATION_NAME, type Db } from './connect.ts';
import { processAlive as alive } from './process-alive.ts';

export async function backupSqlite(handle: Db, target: string): Promise<{ bytes: number }> {
  if (!handle.sqlite) throw new AppError('invalid_state', 'Cadangan ini hanya untuk SQLite; untuk PostgreSQL gunakan pg_dump (lihat README)');
  const final = resolve(target);
  const partial = `${final}.sebagian-${process.pid}`;
  rmSync(partial, { force: true });
  try {
    handle.sqlite.prepare('VACUUM INTO ?').run(partial);
    renameSync(partial, final);
  } finally {
    rmSync(partial, { force: true });
  }
  return { bytes: readFileSync(final).length };
}

export interface ServerLock {
  pid: number;
  port: number | null;
  startedAt: string;
}

export const lockPathOf = (databasePath: string): string => `${resolve(databasePath)}.server.lock`;

/** Written by `lindung serve` on a SQLite database; the returned function removes it. */
export function holdServerLock(databasePath: string, port: number | null): () => void {
  const path = lockPathOf(databasePath);
  const lock: ServerLock = { pid: process.pid, port, startedAt: new Date().toISOString() };
  writeFileSync(path, JSON.stringify(lock));
  return () => {
    try {
      const current = JSON.parse(readFileSync(path, 'utf8')) as ServerLock;
      if (current.pid === process.pid) rmSync(path, { force: true });
    } catch {
      // already gone
    }
  };
}

/** The live server holding the database, or null (no lock, or a stale one from a crashed server). */
export function serverHolding(databasePath: string): ServerLock | null {
  const path = lockPathOf(databasePath);
  if (!existsSync(path)) return null;
  try {
    const lock = JSON.parse(readFileSync(path, 'utf8')) as ServerLock;
    return Number.isInteger(lock.pid) && lock.pid !== process.pid && alive(lock.pid) ? lock : null;
  } catch {
    return null;
  }
}

/**
 * Replaces the database file with a backup. Refused while a server holds the database. The
 * backup is checked (integrity, Lindung tables) before anything is touched.
 */
export async function restoreSqlite(source: string, targetPath: string): Promise<void> {
  const holder = serverHolding(targetPath);
  if (holder) {
    throw new AppError(
      'invalid_state',
      `Server Lindung sedang memakai basis data ${resolve(targetPath)} (pid ${holder.pid}${holder.port ? `, port ${holder.port}` : ''}, sejak ${holder.startedAt}). ` +
        `Hentikan server terlebih dahulu (Ctrl+C di terminalnya, \`kill ${holder.pid}\`, atau \`systemctl stop lindung\`), lalu ulangi pemulihan.`,
      { pid: holder.pid, lockFile: lockPathOf(targetPath) },
    );
  }
  if (!existsSync(source)) throw new AppError('bad_file', `Berkas cadangan ${source} tidak ada`);
  let backup: Database.Database;
  try {
    backup = new Database(source, { readonly: true, fileMustExist: true });
    const check = backup.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
    backup.prepare("select 1 from sqlite_master where type = 'table' and name = 'agreements'").get() ??
      (() => {
        throw new Error('tabel Lindung tidak ditemukan');
      })();
  } catch (e) {
    throw new AppError('bad_file', `Berkas ${source} bukan cadangan Lindung yang sah: ${(e as Error).message}`);
  }
  const target = resolve(targetPath);
  for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
  await backup.backup(target);
  backup.close();
}

function runPgTool(tool: 'pg_dump' | 'pg_restore', args: string[]): void {
  const res = spawnSync(tool, args, { encoding: 'utf8' });
  if (res.error && (res.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new AppError(
      'invalid_state',
      `${tool} tidak terpasang. Pasang klien PostgreSQL (Debian/Ubuntu: apt-get install postgresql-client) dengan versi yang sama atau lebih baru dari servernya, lalu ulangi.`,
    );
  }
  if (res.status !== 0)
    throw new AppError(
      'invalid_state',
      `${tool} gagal (kode ${res.status ?? '?'}): ${(res.stderr || String(res.error ?? '')).trim().split('\n').slice(-3).join(' ')}`,
    );
}

/** `pg_dump -Fc` of the database at `url` into `target` (consistent: pg_dump reads one snapshot). */
export function backupPostgres(url: string, target: string): void {
  runPgTool('pg_dump', ['-Fc', '--no-owner', '-d', url, '-f', resolve(target)]);
}

/** The `lindung serve` processes connected to the database at `url` (pg_stat_activity, by application_name). */
export async function serversConnected(url: string): Promise<{ pid: number; client: string | null; since: string | null }[]> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, application_name: 'lindung restore' });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number; client: string | null; since: Date | null }>(
      `select pid, client_addr::text as client, backend_start as since from pg_stat_activity
        where datname = current_database() and application_name = $1 and pid <> pg_backend_pid() order by backend_start`,
      [SERVER_APPLICATION_NAME],
    );
    return rows.map((r) => ({ pid: r.pid, client: r.client, since: r.since ? r.since.toISOString() : null }));
  } finally {
    await client.end();
  }
}

/**
 * `pg_restore --clean --if-exists --single-transaction`: all or nothing. Refused while a `lindung serve`
 * is connected to the database (its connections are named, see SERVER_APPLICATION_NAME): it would go on
 * serving from tables being dropped and recreated under it.
 */
export async function restorePostgres(url: string, source: string): Promise<void> {
  if (!existsSync(source)) throw new AppError('bad_file', `Berkas cadangan ${source} tidak ada`);
  const servers = await serversConnected(url);
  if (servers.length > 0) {
    const where = [...new Set(servers.map((s) => s.client ?? 'lokal'))].join(', ');
    throw new AppError(
      'invalid_state',
      `Server Lindung sedang terhubung ke basis data PostgreSQL ini (${servers.length} koneksi "${SERVER_APPLICATION_NAME}" dari ${where}). ` +
        'Hentikan semua server Lindung yang memakainya terlebih dahulu (Ctrl+C di terminalnya, atau `systemctl stop lindung` di setiap mesin), lalu ulangi pemulihan.',
      { connections: servers },
    );
  }
  runPgTool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '-d', url, resolve(source)]);
}
