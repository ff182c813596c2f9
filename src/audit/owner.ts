/**
 * Whose an audit entry is: the institution its entity belongs to, so the entry is read by that
 * institution's admin whoever made the change (the CLI, the branch's officer on the regency's claim).
 * Rows under an agreement belong to its government (party one); an employee, unit or import to its
 * government; a user or API token to the user's institution; an institution to itself. A holiday
 * (the installation's calendar) belongs to nobody. The rule only: the reads are in ./repo.ts
 * (`entityInstitution`).
 */

/** Entity types kept in a table with an `agreement_id`. */
const UNDER_AGREEMENT = {
  bill: 'bills',
  claim: 'claims',
  enrolment_batch: 'enrolment_batches',
  participant: 'participants',
  activity: 'activities',
  forum_meeting: 'forum_meetings',
  force_majeure: 'force_majeure_events',
  dispute: 'disputes',
} as const;

/** Entity types kept in a table with an `institution_id`. */
const OF_INSTITUTION = {
  work_unit: 'work_units',
  employee: 'employees',
  roster_import: 'roster_imports',
  user: 'users',
} as const;

/** Where an entity's owner is read. */
export type OwnerSource =
  /** The agreement's government (party one). */
  | { via: 'agreement'; agreementId: number }
  /** The government of the agreement of the row. */
  | { via: 'row_agreement'; table: (typeof UNDER_AGREEMENT)[keyof typeof UNDER_AGREEMENT]; id: number }
  /** The government of the agreement of the follow-up's forum meeting. */
  | { via: 'follow_up'; id: number }
  /** The institution itself, when it exists. */
  | { via: 'institution'; id: number }
  /** The row's own `institution_id`. */
  | { via: 'row_institution'; table: (typeof OF_INSTITUTION)[keyof typeof OF_INSTITUTION]; id: number }
  /** The institution of the token's user. */
  | { via: 'api_token'; id: number };

/** Where the owner of an entity is read; null when it belongs to none (or its id is not a row id). */
export function ownerSource(entityType: string, entityId: string | number): OwnerSource | null {
  const id = Number(entityId);
  if (!Number.isSafeInteger(id)) return null;
  if (entityType in UNDER_AGREEMENT) return { via: 'row_agreement', table: UNDER_AGREEMENT[entityType as keyof typeof UNDER_AGREEMENT], id };
  if (entityType in OF_INSTITUTION) return { via: 'row_institution', table: OF_INSTITUTION[entityType as keyof typeof OF_INSTITUTION], id };
  switch (entityType) {
    case 'agreement':
      return { via: 'agreement', agreementId: id };
    case 'follow_up':
      return { via: 'follow_up', id };
    case 'institution':
      return { via: 'institution', id };
    case 'api_token':
      return { via: 'api_token', id };
    default:
      return null;
  }
}
