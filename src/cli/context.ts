/**
 * Opens the configured database (migrated) and the services for one CLI command. The database
 * driver and the services are imported when a command runs, not when the CLI starts, so
 * `lindung --help` and `lindung nik check` never load them.
 */
import type { Config } from '../core/config.ts';
import type { Db } from '../db/connect.ts';
import type { Services } from '../services.ts';
import { printJson, reportError, writeDocument } from './output.ts';

export interface CliContext {
  config: Config;
  handle: Db;
  services: Services;
}

export async function withContext(json: boolean, fn: (ctx: CliContext) => Promise<void>): Promise<void> {
  let handle: Db | undefined;
  try {
    const [{ loadConfig }, { openDb }, { migrateToLatest }, { createServices }] = await Promise.all([
      import('../core/config.ts'),
      import('../db/connect.ts'),
      import('../db/migrate.ts'),
      import('../services.ts'),
    ]);
    const config = loadConfig();
    handle = openDb(config.databaseUrl);
    await migrateToLatest(handle.db);
    const services = createServices(handle, { timeZone: config.timeZone });
    await fn({ config, handle, services });
  } catch (error) {
    reportError(error, json);
  } finally {
    await handle?.close();
  }
}

/**
 * The usual command: open the context, compute the answer, print it as JSON with --json (errors too, as
 * withContext does) or for people with `show` otherwise, close.
 */
export function withAnswer<T>(opts: { json?: true | undefined }, compute: (ctx: CliContext) => T | Promise<T>, show: (answer: T) => void): Promise<void> {
  return withContext(!!opts.json, async (ctx) => {
    const answer = await compute(ctx);
    if (opts.json) printJson(answer);
    else show(answer);
  });
}

/** A command that writes a document (PDF, XLSX): open the context, make it, write it to `file` and say so ("Laporan ditulis ke …"), close. */
export function withDocument(file: string, what: string, make: (ctx: CliContext) => Promise<Uint8Array>): Promise<void> {
  return withContext(false, async (ctx) => writeDocument(file, await make(ctx), what));
}
