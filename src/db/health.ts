/** The health check's probe: one cheap read that fails when the database cannot be reached. */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';

export async function pingDatabase(db: Kysely<DB>): Promise<void> {
  await db.selectFrom('agreements').select('id').limit(1).execute();
}
