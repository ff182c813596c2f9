/** Stored files (documents, evidence, uploads): one row with the content, its size and SHA-256. */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';

export async function insertFile(db: Kysely<DB>, row: { name: string; mime: string; size: number; sha256: string; content: Buffer }): Promise<number> {
  const { id } = await db.insertInto('files').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}
