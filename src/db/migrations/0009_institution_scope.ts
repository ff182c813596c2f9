/**
 * Binds every existing user to an institution, so each sees only the agreements its institution
 * signed (src/core/scope.ts). The rule, for users still unbound:
 *
 * - `opd_operator` → the institution (government) of its work unit;
 * - `bpjs_officer` → the BPJS branch (party two) of the earliest agreement (lowest id) — the
 *   earliest one's branch when several agreements have different branches;
 * - `admin`, `viewer` → the government (party one) of the earliest agreement.
 *
 * A database with no agreement leaves them unbound; such users are refused at login and on each
 * request ("Akun belum terikat pada instansi …") until an administrator binds them. Users already
 * bound keep their institution. Nothing else changes.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE users SET institution_id = (SELECT w.institution_id FROM work_units w WHERE w.id = users.work_unit_id)
    WHERE institution_id IS NULL AND role = 'opd_operator' AND work_unit_id IS NOT NULL
  `.execute(db);
  await sql`
    UPDATE users SET institution_id = (SELECT a.party_two_institution_id FROM agreements a ORDER BY a.id LIMIT 1)
    WHERE institution_id IS NULL AND role = 'bpjs_officer'
  `.execute(db);
  await sql`
    UPDATE users SET institution_id = (SELECT a.party_one_institution_id FROM agreements a ORDER BY a.id LIMIT 1)
    WHERE institution_id IS NULL AND role IN ('admin', 'viewer')
  `.execute(db);
}
