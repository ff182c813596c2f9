/** Enrolment rows → API shapes. */
import type { ParticipantRecord } from './repo.ts';
import { isEnrolledOn } from './rules.ts';
import type { ParticipantOut } from './schemas.ts';

export function presentParticipant(p: ParticipantRecord, today: string): ParticipantOut {
  return {
    id: p.id,
    agreementId: p.agreement_id,
    employeeId: p.employee_id,
    nik: p.nik,
    fullName: p.full_name,
    sex: p.sex,
    birthDate: p.birth_date,
    unitId: p.work_unit_id,
    unitCode: p.unit_code,
    unitName: p.unit_name,
    batchId: p.batch_id,
    batchNumber: p.batch_number,
    status: p.status,
    kpj: p.kpj,
    registeredOn: p.registered_on,
    rejectionReason: p.rejection_reason,
    deactivatedOn: p.deactivated_on,
    deactivationReason: p.deactivation_reason,
    cardIssuedAt: p.card_issued_at,
    enrolledToday: isEnrolledOn({ status: p.status, registeredOn: p.registered_on, deactivatedOn: p.deactivated_on }, today),
  };
}
