/**
 * A roster import is read once (issue #14): the preview keeps its validated rows, compressed, on
 * the import (`roster_imports.staged_rows`), and confirming writes from them instead of reading
 * the spreadsheet again. Null for previews made before this migration (they re-read the file).
 */
import type { Kysely } from 'kysely';
import { columns, dialectOf } from '../columns.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columns(dialectOf(db));
  await db.schema.alterTable('roster_imports').addColumn('staged_rows', c.blob).execute();
}

export async function down(): Promise<void> {
  // Forward only.
}
