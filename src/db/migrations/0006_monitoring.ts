/** Monitoring (Pasal 2, 3, 8, 9): outreach activities, the coordination forum, force majeure, disputes. */
import type { Kysely } from 'kysely';
import { columns, dialectOf } from '../columns.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columns(dialectOf(db));
  const withAgreement = <T extends string>(name: T) =>
    c.id(db.schema.createTable(name)).addColumn('agreement_id', 'integer', (col) => col.notNull().references('agreements.id'));

  await withAgreement('activities')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('held_on', c.date, (col) => col.notNull())
    .addColumn('place', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('audience_unit_ids', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('attendees', 'integer', (col) => col.notNull())
    .addColumn('speakers', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('summary', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('material_file_ids', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .execute();

  await withAgreement('forum_meetings')
    .addColumn('held_on', c.date, (col) => col.notNull())
    .addColumn('place', 'text', (col) => col.notNull())
    .addColumn('agenda', 'text', (col) => col.notNull())
    .addColumn('minutes', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('decisions', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .execute();

  await c
    .id(db.schema.createTable('follow_ups'))
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('forum_meetings.id'))
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('owner', 'text', (col) => col.notNull())
    .addColumn('due_on', c.date, (col) => col.notNull())
    .addColumn('done_on', c.date)
    .execute();

  await withAgreement('force_majeure_events')
    .addColumn('affected_party', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('event_date', c.date, (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('affected_obligations', 'text', (col) => col.notNull())
    .addColumn('notice_date', c.date)
    .addColumn('resolved_on', c.date)
    .addColumn('resolution', 'text')
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .execute();

  await withAgreement('disputes')
    .addColumn('opened_on', c.date, (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('raised_by', 'text', (col) => col.notNull())
    .addColumn('stage', 'text', (col) => col.notNull())
    .addColumn('outcome', 'text')
    .addColumn('closed_on', c.date)
    .addColumn('history', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .execute();
}
