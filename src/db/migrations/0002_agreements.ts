/** Agreements (PKS), their addenda/amendments and versioned terms. */
import type { Kysely } from 'kysely';
import { columns, dialectOf } from '../columns.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columns(dialectOf(db));

  await c
    .id(db.schema.createTable('agreements'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('number_party_one', 'text', (col) => col.notNull().unique())
    .addColumn('number_party_two', 'text', (col) => col.notNull().unique())
    .addColumn('signed_on', c.date)
    .addColumn('place', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('duration_months', 'integer', (col) => col.notNull())
    .addColumn('party_one_institution_id', 'integer', (col) => col.notNull().references('institutions.id'))
    .addColumn('party_one_address', 'text', (col) => col.notNull())
    .addColumn('party_one_signatory', 'text', (col) => col.notNull())
    .addColumn('party_one_position', 'text', (col) => col.notNull())
    .addColumn('party_two_institution_id', 'integer', (col) => col.notNull().references('institutions.id'))
    .addColumn('party_two_address', 'text', (col) => col.notNull())
    .addColumn('party_two_signatory', 'text', (col) => col.notNull())
    .addColumn('party_two_position', 'text', (col) => col.notNull())
    .addColumn('purpose_json', 'text', (col) => col.notNull())
    .addColumn('scope_json', 'text', (col) => col.notNull())
    .addColumn('legal_bases_json', 'text', (col) => col.notNull())
    .addColumn('terminated_on', c.date)
    .addColumn('termination_reason', 'text')
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .addColumn('updated_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .execute();

  await c
    .id(db.schema.createTable('amendments'))
    .addColumn('agreement_id', 'integer', (col) => col.notNull().references('agreements.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('number', 'text', (col) => col.notNull())
    .addColumn('signed_on', c.date, (col) => col.notNull())
    .addColumn('effective_from', c.date, (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('document_file_id', 'integer', (col) => col.references('files.id'))
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .addUniqueConstraint('amendments_agreement_number_uq', ['agreement_id', 'number'])
    .execute();

  await c
    .id(db.schema.createTable('terms_versions'))
    .addColumn('agreement_id', 'integer', (col) => col.notNull().references('agreements.id'))
    .addColumn('effective_from', c.date, (col) => col.notNull())
    .addColumn('amendment_id', 'integer', (col) => col.references('amendments.id'))
    .addColumn('terms_json', 'text', (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.nowDefault))
    .addUniqueConstraint('terms_agreement_from_uq', ['agreement_id', 'effective_from'])
    .execute();
}
