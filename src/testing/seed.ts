/**
 * Participants written straight into the tables, for volume only: the tests and benchmarks that need a
 * thousand people or more fast (contributions, bill documents, bench/). Every other test builds its
 * people through the services with `participants` in ./builders.ts, which also re-exports this as
 * `bulkParticipants`. NIKs here are serials, not valid NIKs: the roster's checks are bypassed.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface SeedOptions {
  agreementId: number;
  count: number;
  registeredOn: string;
  unitCodes?: string[];
  /** First NIK serial (to keep NIKs unique across calls). */
  offset?: number;
  batchSize?: number;
}

export async function seedParticipants(db: Kysely<DB>, o: SeedOptions): Promise<{ unitIds: number[]; participantIds: number[] }> {
  const a = await db.selectFrom('agreements').select(['party_one_institution_id']).where('id', '=', o.agreementId).executeTakeFirstOrThrow();
  const unitIds: number[] = [];
  for (const code of o.unitCodes ?? ['DINKES']) {
    const existing = await db
      .selectFrom('work_units')
      .select('id')
      .where('institution_id', '=', a.party_one_institution_id)
      .where('code', '=', code)
      .executeTakeFirst();
    unitIds.push(
      existing?.id ??
        (
          await db
            .insertInto('work_units')
            .values({ institution_id: a.party_one_institution_id, code, name: `Unit ${code}`, parent_id: null })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
    );
  }
  const batch = await db
    .insertInto('enrolment_batches')
    .values({ agreement_id: o.agreementId, number: `SEED-${crypto.randomUUID()}`, status: 'processed', work_unit_id: null, note: 'seed', created_by: 'seed' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const participantIds: number[] = [];
  const size = o.batchSize ?? 500;
  const offset = o.offset ?? 0;
  for (let start = 0; start < o.count; start += size) {
    const n = Math.min(size, o.count - start);
    const now = new Date().toISOString();
    const employees = await db
      .insertInto('employees')
      .values(
        Array.from({ length: n }, (_, k) => {
          const i = offset + start + k;
          const birth = `19${70 + (i % 30)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
          return {
            institution_id: a.party_one_institution_id,
            // Unique 16-digit NIKs; fixtures bypass the roster's NIK checks on purpose.
            nik: String(7_409_000_000_000_000 + i),
            full_name: `Peserta ${i}`,
            sex: 'L' as const,
            birth_place: 'Buranga',
            birth_date: birth,
            work_unit_id: unitIds[i % unitIds.length]!,
            position: 'Staf',
            employment_type: 'honorer' as const,
            start_date: '2020-01-02',
            end_date: null,
            end_reason: null,
            phone: '',
            address: '',
            nik_override_reason: null,
            created_at: now,
            updated_at: now,
          };
        }),
      )
      .returning('id')
      .execute();
    const parts = await db
      .insertInto('participants')
      .values(
        employees.map((e, k) => ({
          agreement_id: o.agreementId,
          employee_id: e.id,
          batch_id: batch.id,
          status: 'registered' as const,
          kpj: String(10_000_000_000 + offset + start + k),
          registered_on: o.registeredOn,
        })),
      )
      .returning('id')
      .execute();
    participantIds.push(...parts.map((p) => p.id));
  }
  return { unitIds, participantIds };
}
