/**
 * Audit entries belong to the institution of what they are about (issue #11: an admin reads the
 * audit of everything under its government's agreements). Until now an entry took the acting
 * user's institution: changes made at the CLI (none) or by the branch's officer on the regency's
 * claims, participants and bills (the branch) were hidden from the regency's admin. This sets
 * `audit_log.institution_id` again for every entry whose entity is still there, by the rule of
 * src/audit/owner.ts: under an agreement → its government (party one); employee, unit, import →
 * their government; user, API token → the user's institution; institution → itself. Holidays and
 * entries whose row is gone keep what they had. Written out here (not imported) so the migration
 * stays as it is when the code moves on.
 */
import type { Kysely } from 'kysely';

type Owners = Map<number, number | null>;

type AnyDb = Kysely<any>;

async function pairs(db: AnyDb, table: string, column: string): Promise<Owners> {
  const rows = (await db
    .selectFrom(table)
    .select(['id', `${column} as owner`])
    .execute()) as { id: number; owner: number | null }[];
  return new Map(rows.map((r) => [Number(r.id), r.owner === null ? null : Number(r.owner)]));
}

export async function up(db: AnyDb): Promise<void> {
  const governmentOf = await pairs(db, 'agreements', 'party_one_institution_id');
  const viaAgreement = async (table: string): Promise<Owners> => {
    const rows = await pairs(db, table, 'agreement_id');
    return new Map([...rows].map(([id, agreementId]) => [id, agreementId === null ? null : (governmentOf.get(agreementId) ?? null)]));
  };
  const owners: Record<string, () => Promise<Owners>> = {
    agreement: async () => governmentOf,
    bill: () => viaAgreement('bills'),
    claim: () => viaAgreement('claims'),
    enrolment_batch: () => viaAgreement('enrolment_batches'),
    participant: () => viaAgreement('participants'),
    activity: () => viaAgreement('activities'),
    forum_meeting: () => viaAgreement('forum_meetings'),
    force_majeure: () => viaAgreement('force_majeure_events'),
    dispute: () => viaAgreement('disputes'),
    follow_up: async () => {
      const meetings = await viaAgreement('forum_meetings');
      const rows = await pairs(db, 'follow_ups', 'meeting_id');
      return new Map([...rows].map(([id, meetingId]) => [id, meetingId === null ? null : (meetings.get(meetingId) ?? null)]));
    },
    institution: () => pairs(db, 'institutions', 'id'),
    work_unit: () => pairs(db, 'work_units', 'institution_id'),
    employee: () => pairs(db, 'employees', 'institution_id'),
    roster_import: () => pairs(db, 'roster_imports', 'institution_id'),
    user: () => pairs(db, 'users', 'institution_id'),
    api_token: async () => {
      const users = await pairs(db, 'users', 'institution_id');
      const rows = await pairs(db, 'api_tokens', 'user_id');
      return new Map([...rows].map(([id, userId]) => [id, userId === null ? null : (users.get(userId) ?? null)]));
    },
  };
  for (const [entityType, load] of Object.entries(owners)) {
    const entries = (await db.selectFrom('audit_log').select(['id', 'entity_id', 'institution_id']).where('entity_type', '=', entityType).execute()) as {
      id: number;
      entity_id: string;
      institution_id: number | null;
    }[];
    if (entries.length === 0) continue;
    const owner = await load();
    const byInstitution = new Map<number, number[]>();
    for (const e of entries) {
      const institutionId = owner.get(Number(e.entity_id));
      if (institutionId === undefined || institutionId === null || institutionId === e.institution_id) continue;
      const ids = byInstitution.get(institutionId) ?? [];
      ids.push(Number(e.id));
      byInstitution.set(institutionId, ids);
    }
    for (const [institutionId, ids] of byInstitution) {
      for (let i = 0; i < ids.length; i += 500) {
        await db
          .updateTable('audit_log')
          .set({ institution_id: institutionId })
          .where('id', 'in', ids.slice(i, i + 500))
          .execute();
      }
    }
  }
}

export async function down(): Promise<void> {
  // Forward only.
}
