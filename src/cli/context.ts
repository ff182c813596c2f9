/**
 * Opens the configured database (migrated) and the services for one CLI command. The database
 * driver and the services are imported when a command runs, not when the CLI starts, so
 * `lindung --help` and `lindung nik check` never load them.
 */
import type { Config } from '../core/config.ts';
import type { Db } from '../db/connect.ts';
import type { Services } from '../services.ts';
import { reportError } from './output.ts';

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
