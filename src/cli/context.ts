/** Opens the configured database (migrated) and the services for one CLI command. */
import { loadConfig, type Config } from '../core/config.ts';
import { openDb, type Db } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createServices, type Services } from '../services.ts';
import { reportError } from './output.ts';

export interface CliContext {
  config: Config;
  handle: Db;
  services: Services;
}

export async function withContext(json: boolean, fn: (ctx: CliContext) => Promise<void>): Promise<void> {
  let handle: Db | undefined;
  try {
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
