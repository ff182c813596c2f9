/** The demo story's one write of its own: times the services recorded since the load began, set to the story's day. */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** Sets `table.column` to `when` where it holds a time recorded at or after `since` (ISO instants). */
export async function restampSince(db: Kysely<DB>, table: string, column: string, since: string, when: string): Promise<void> {
  await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${when} where ${sql.ref(column)} >= ${since}`.execute(db);
}
