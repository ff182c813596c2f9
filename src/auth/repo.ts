/** SQL for users, sessions, login failures and API tokens. */
import type { Kysely } from 'kysely';
import type { DB, Role, UsersTable } from '../db/schema.ts';
import { prepared, type Params } from '../db/prepared.ts';

type Tx = Kysely<DB>;

const userColumns = [
  'id',
  'username',
  'full_name',
  'role',
  'work_unit_id',
  'institution_id',
  'status',
  'created_at',
  'must_change_password',
  'last_login_at',
] as const;

export async function findUserByUsername(db: Tx, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function getUser(db: Tx, id: number) {
  return db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
}

export async function getUserWithHash(db: Tx, id: number) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Users with their unit and institution names; one institution's only when given. */
export async function listUsers(db: Tx, filter: { institutionId?: number | null | undefined; id?: number | undefined } = {}) {
  let q = db
    .selectFrom('users as u')
    .leftJoin('work_units as w', 'w.id', 'u.work_unit_id')
    .leftJoin('institutions as i', 'i.id', 'u.institution_id')
    .select(['u.id', 'u.username', 'u.full_name', 'u.role', 'u.work_unit_id', 'u.institution_id', 'u.status', 'u.must_change_password', 'u.last_login_at'])
    .select(['w.name as work_unit', 'i.name as institution']);
  if (filter.institutionId != null) q = q.where('u.institution_id', '=', filter.institutionId);
  if (filter.id !== undefined) q = q.where('u.id', '=', filter.id);
  return q.orderBy('u.username').execute();
}

export async function insertUser(
  trx: Tx,
  row: Pick<UsersTable, 'username' | 'full_name' | 'password_hash' | 'role' | 'work_unit_id' | 'institution_id'> & { must_change_password: number },
): Promise<number> {
  const { id } = await trx
    .insertInto('users')
    .values({ ...row, status: 'active' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateUser(
  trx: Tx,
  id: number,
  patch: Partial<{
    password_hash: string;
    role: Role;
    status: 'active' | 'disabled';
    full_name: string;
    work_unit_id: number | null;
    institution_id: number | null;
    must_change_password: number;
    last_login_at: string;
  }>,
) {
  await trx.updateTable('users').set(patch).where('id', '=', id).execute();
}

export async function countUsers(db: Tx): Promise<number> {
  const { n } = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

export async function insertSession(
  trx: Tx,
  row: { token_hash: string; user_id: number; csrf_token: string; expires_at: string; last_seen_at: string; ip: string | null; user_agent: string | null },
) {
  await trx.insertInto('sessions').values(row).execute();
}

function sessionWithUser(db: Tx, tokenHash: string) {
  return db.selectFrom('sessions as s').innerJoin('users as u', 'u.id', 's.user_id').where('s.token_hash', '=', tokenHash);
}

/** A session and its user, with the columns the auth service checks (SessionRow). */
function sessionQuery(db: Tx, tokenHash: string) {
  return sessionWithUser(db, tokenHash)
    .select(['s.id as session_id', 's.csrf_token', 's.expires_at', 's.last_seen_at'])
    .select(['u.id', 'u.username', 'u.full_name', 'u.role', 'u.work_unit_id', 'u.institution_id', 'u.status', 'u.must_change_password']);
}

/**
 * The same session and user with the user's columns named apart (`user_…`), for a hot path's own
 * statement that reads other rows beside them (the protection check); sessionRowOf names them back.
 */
export function sessionApartQuery(db: Tx, tokenHash: string) {
  return sessionWithUser(db, tokenHash)
    .select(['s.id as session_id', 's.csrf_token', 's.expires_at', 's.last_seen_at'])
    .select([
      'u.id as user_id',
      'u.username as user_username',
      'u.full_name as user_full_name',
      'u.role as user_role',
      'u.work_unit_id as user_work_unit_id',
      'u.institution_id as user_institution_id',
      'u.status as user_status',
      'u.must_change_password as user_must_change_password',
    ]);
}

type SessionApartRow = Awaited<ReturnType<ReturnType<typeof sessionApartQuery>['executeTakeFirstOrThrow']>>;

/** A row of sessionApartQuery as findSession reads it. */
export function sessionRowOf(r: SessionApartRow): SessionRow {
  return {
    session_id: r.session_id,
    csrf_token: r.csrf_token,
    expires_at: r.expires_at,
    last_seen_at: r.last_seen_at,
    id: r.user_id,
    username: r.user_username,
    full_name: r.user_full_name,
    role: r.user_role,
    work_unit_id: r.user_work_unit_id,
    institution_id: r.user_institution_id,
    status: r.user_status,
    must_change_password: r.user_must_change_password,
  };
}

// Every request with a session cookie runs this, so it is compiled once (db/prepared.ts).
const sessionByTokenHash = prepared((db, p: Params<{ tokenHash: string }>) => sessionQuery(db, p.tokenHash));

export type SessionRow = Awaited<ReturnType<typeof sessionByTokenHash>>[number];

export async function findSession(db: Tx, tokenHash: string): Promise<SessionRow | undefined> {
  return (await sessionByTokenHash(db, { tokenHash }))[0];
}

export async function touchSession(db: Tx, sessionId: number, lastSeenAt: string, expiresAt: string) {
  await db.updateTable('sessions').set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where('id', '=', sessionId).execute();
}

export async function deleteSession(db: Tx, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of the user, except the one given (the session changing its own password). */
export async function deleteUserSessions(db: Tx, userId: number, keepTokenHash?: string) {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepTokenHash) q = q.where('token_hash', '<>', keepTokenHash);
  await q.execute();
}

export async function deleteExpiredSessions(db: Tx, now: string) {
  await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}

// ---- login failures (the login limit, shared by every instance through the database) ----

export async function recordLoginFailure(db: Tx, row: { at: string; username: string; ip: string }) {
  await db.insertInto('login_failures').values(row).execute();
}

/** Failures since `since` by this username and from this address: their counts and the `limit`-th most recent instant of each. */
export async function loginFailuresSince(db: Tx, key: { username: string; ip: string }, since: string, limit: number) {
  const nth = async (column: 'username' | 'ip', value: string) => {
    const rows = await db
      .selectFrom('login_failures')
      .select('at')
      .where(column, '=', value)
      .where('at', '>=', since)
      .orderBy('at', 'desc')
      .limit(limit)
      .execute();
    return { count: rows.length, limitTh: rows.length >= limit ? rows[limit - 1]!.at : null };
  };
  return { username: await nth('username', key.username), ip: await nth('ip', key.ip) };
}

export async function clearLoginFailures(db: Tx, username: string) {
  await db.deleteFrom('login_failures').where('username', '=', username).execute();
}

export async function deleteOldLoginFailures(db: Tx, before: string) {
  await db.deleteFrom('login_failures').where('at', '<', before).execute();
}

// ---- API tokens ----

export async function insertApiToken(trx: Tx, row: { user_id: number; name: string; token_hash: string }): Promise<number> {
  const { id } = await trx.insertInto('api_tokens').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function findApiToken(db: Tx, tokenHash: string) {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id as token_id', 't.name as token_name', 't.revoked_at', 't.last_used_at'])
    .select(['u.id', 'u.username', 'u.full_name', 'u.role', 'u.work_unit_id', 'u.institution_id', 'u.status', 'u.must_change_password'])
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
  const res = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Full names of users by username (for "user:<username>" actor labels). */
export async function userFullNames(db: Kysely<DB>, usernames: readonly string[]): Promise<Map<string, string>> {
  if (usernames.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['username', 'full_name'])
    .where('username', 'in', [...new Set(usernames)])
    .execute();
  return new Map(rows.map((r) => [r.username, r.full_name]));
}
