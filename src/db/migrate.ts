/** Applies pending migrations (forward only). */
import { Migrator, type Kysely } from 'kysely';
import { migrations } from './migrations/index.ts';

/**
 * `schema` (PostgreSQL only) keeps Kysely's bookkeeping tables in that schema. `upTo` stops at
 * that migration (tests of a later migration build their database as it stood before it).
 */
export async function migrateToLatest(db: Kysely<any>, schema?: string, upTo?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = upTo ? await migrator.migrateTo(upTo) : await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '?';
    throw new Error(`Migrasi ${failed} gagal: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
