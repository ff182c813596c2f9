/** SQL for users, sessions and API tokens. */
import type { Kysely } from 'kysely';
import type { DB, Role } from '../db/schema.ts';
import { prepared, type Params } from '../db/prepared.ts';

type Tx = Kysely<DB>;

const userColumns = ['id', 'username', 'full_name', 'role', 'work_unit_id', 'institution_id', 'status', 'created_at'] as const;

export async function findUserByUsername(db: Tx, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function getUser(db: Tx, id: number) {
  return db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
}

export async function listUsers(db: Tx) {
  return db.selectFrom('users').select(userColumns).orderBy('username').execute();
}

export async function insertUser(
  trx: Tx,
  row: { username: string; full_name: string; password_hash: string; role: Role; work_unit_id: number | null; institution_id: number | null },
): Promise<number> {
  const { id } = await trx.insertInto('users').values({ ...row, status: 'active' }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateUser(trx: Tx, id: number, patch: Partial<{ password_hash: string; role: Role; status: 'active' | 'disabled'; full_name: string; work_unit_id: number | null; institution_id: number | null }>) {
  await trx.updateTable('users').set(patch).where('id', '=', id).execute();
}

export async function countUsers(db: Tx): Promise<number> {
  const { n } = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(n);
}

export async function insertSession(trx: Tx, row: { token_hash: string; user_id: number; csrf_token: string; expires_at: string; last_seen_at: string; ip: string | null; user_agent: string | null }) {
  await trx.insertInto('sessions').values(row).execute();
}

// Every request with a session cookie runs this, so it is compiled once (db/prepared.ts).
const sessionByTokenHash = prepared((db, p: Params<{ tokenHash: string }>) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id as session_id', 's.csrf_token', 's.expires_at', 's.last_seen_at'])
    .select(['u.id', 'u.username', 'u.full_name', 'u.role', 'u.work_unit_id', 'u.institution_id', 'u.status'])
    .where('s.token_hash', '=', p.tokenHash),
);

export async function findSession(db: Tx, tokenHash: string) {
  return (await sessionByTokenHash(db, { tokenHash }))[0];
}

export async function touchSession(db: Tx, sessionId: number, lastSeenAt: string, expiresAt: string) {
  await db.updateTable('sessions').set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where('id', '=', sessionId).execute();
}

export async function deleteSession(db: Tx, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteUserSessions(db: Tx, userId: number) {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Tx, now: string) {
  await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}

export async function insertApiToken(trx: Tx, row: { user_id: number; name: string; token_hash: string }): Promise<number> {
  const { id } = await trx.insertInto('api_tokens').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function findApiToken(db: Tx, tokenHash: string) {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id as token_id', 't.name as token_name', 't.revoked_at'])
    .select(['u.id', 'u.username', 'u.full_name', 'u.role', 'u.work_unit_id', 'u.institution_id', 'u.status'])
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function listApiTokens(db: Tx, userId: number) {
  return db.selectFrom('api_tokens').select(['id', 'name', 'created_at', 'last_used_at', 'revoked_at']).where('user_id', '=', userId).orderBy('id').execute();
}

export async function markTokenUsed(db: Tx, id: number, at: string) {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

export async function revokeApiToken(db: Tx, userId: number, id: number, at: string): Promise<boolean> {
  const res = await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
