/** Online backup and restore of the SQLite database (PostgreSQL: pg_dump / pg_restore, see README). */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../core/errors.ts';
import type { Db } from './connect.ts';

export async function backupSqlite(handle: Db, target: string): Promise<{ pages: number }> {
  if (!handle.sqlite) throw new AppError('invalid_state', 'Cadangan ini hanya untuk SQLite; untuk PostgreSQL gunakan pg_dump (lihat README)');
  const result = await handle.sqlite.backup(resolve(target));
  return { pages: result.totalPages };
}

/**
 * Replaces the database file with a backup. Run with the server stopped. The backup is checked
 * (integrity, Lindung tables) before anything is touched.
 */
export async function restoreSqlite(source: string, targetPath: string): Promise<void> {
  if (!existsSync(source)) throw new AppError('bad_file', `Berkas cadangan ${source} tidak ada`);
  let backup: Database.Database;
  try {
    backup = new Database(source, { readonly: true, fileMustExist: true });
    const check = backup.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
    backup.prepare("select 1 from sqlite_master where type = 'table' and name = 'agreements'").get() ??
      (() => { throw new Error('tabel Lindung tidak ditemukan'); })();
  } catch (e) {
    throw new AppError('bad_file', `Berkas ${source} bukan cadangan Lindung yang sah: ${(e as Error).message}`);
  }
  const target = resolve(targetPath);
  for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
  await backup.backup(target);
  backup.close();
}
