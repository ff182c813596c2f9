/**
 * Administration from the web (issue #11): the login limit counted in the database (shared by
 * every instance), a user's last login and one-time password flag, an institution's level, a work
 * unit's closing date, and the institution an audit entry belongs to (for the scoped audit page).
 */
import { sql, type Kysely } from 'kysely';
import { columns, dialectOf } from '../columns.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columns(dialectOf(db));

  // One row per failed login; the limit counts recent rows per username and per address.
  await c
    .id(db.schema.createTable('login_failures'))
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .addColumn('username', 'text', (col) => col.notNull())
    .addColumn('ip', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('login_failures_username_idx').on('login_failures').columns(['username', 'at']).execute();
  await db.schema.createIndex('login_failures_ip_idx').on('login_failures').columns(['ip', 'at']).execute();

  await db.schema.alterTable('users').addColumn('last_login_at', c.timestamp).execute();
  // 1 while the user still holds a one-time password and must choose its own at first login.
  await db.schema
    .alterTable('users')
    .addColumn('must_change_password', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();

  // A government's level: 'regency' (kabupaten), 'city' (kota), 'province' (provinsi); null for a BPJS branch.
  await db.schema.alterTable('institutions').addColumn('level', 'text').execute();
  await sql`UPDATE institutions SET level = 'regency' WHERE kind = 'government'`.execute(db);

  // From this date the unit takes no new employees.
  await db.schema.alterTable('work_units').addColumn('closed_on', c.date).execute();

  // The institution whose audit page shows the entry: the actor's, or that of the agreement acted on.
  await db.schema.alterTable('audit_log').addColumn('institution_id', 'integer').execute();
  await sql`UPDATE audit_log SET institution_id = (SELECT u.institution_id FROM users u WHERE u.id = audit_log.actor_user_id)`.execute(db);
  await db.schema.createIndex('audit_institution_idx').on('audit_log').columns(['institution_id', 'id']).execute();
}
