/**
 * Enrolment (PKS Pasal 3): the regency submits employees in batches, the BPJS branch registers
 * each (participant number) or rejects it with a reason; a participant who leaves is
 * deactivated from a date. Every transition records who and when.
 *
 * One service object (`services.enrolment`) made of its uses: batches (batches-service.ts),
 * participants' decisions and changes (participants-service.ts) and the files exchanged with the
 * branch (branch-files-service.ts); the scoped loads they share are in loads.ts, the shared steps
 * in transitions.ts, the SQL in repo.ts.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { createBatchesService } from './batches-service.ts';
import { createParticipantsService } from './participants-service.ts';
import { createBranchFilesService } from './branch-files-service.ts';
import { loadParticipant, parties } from './loads.ts';

export { presentParticipant } from './present.ts';

export function createEnrolmentService(deps: { db: Kysely<DB>; today: () => string }) {
  return {
    loadParticipant,
    parties,
    ...createBatchesService(deps),
    ...createParticipantsService(deps),
    ...createBranchFilesService(deps),
  };
}

export type EnrolmentService = ReturnType<typeof createEnrolmentService>;
