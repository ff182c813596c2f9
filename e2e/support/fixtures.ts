/**
 * Data the browser tests start from, made through the services as a user would (the demo
 * agreement is loaded by startServer): a work unit, an employee, a participant accepted with a
 * KPJ, and a month billed and paid so the participant is protected.
 *
 *   const { employeeId } = await protectedEmployee(server.harness, { nik, fullName, sex, birthDate, unitCode: 'DINKES', kpj, registeredOn: '2022-04-01', period: '2022-05' });
 */
import type { Harness } from '../../src/testing/harness.ts';

type Setup = Pick<Harness, 'services' | 'admin'>;

export interface UnitOptions {
  /** Default 1, the demo agreement. */
  agreementId?: number;
  unitCode: string;
  /** Used when the unit is created; default "Unit <code>". */
  unitName?: string;
}

export interface EmployeeOptions extends UnitOptions {
  nik: string;
  fullName: string;
  sex: 'L' | 'P';
  birthDate: string;
  employmentType?: 'honorer' | 'kontrak' | 'thl' | 'lainnya';
  /** Default 2020-01-02. */
  startDate?: string;
}

export interface EnrolledOptions extends EmployeeOptions {
  /** The participant number (11 digits). */
  kpj: string;
  registeredOn: string;
}

export interface ProtectedOptions extends EnrolledOptions {
  /** The month billed (the agreement's bill, issued on the month's first day) and paid in full. */
  period: string;
  /** Default the 10th of the month. */
  paidOn?: string;
  /** Default "E2E-<period>". */
  bankReference?: string;
}

/** The unit with this code in the agreement's government, created the first time. */
export async function workUnit({ services, admin }: Setup, o: UnitOptions): Promise<number> {
  const agreementId = o.agreementId ?? 1;
  const existing = (await services.units.list(admin, { agreementId })).find((u) => u.code === o.unitCode);
  if (existing) return existing.id;
  return (await services.units.create(admin, { agreementId, code: o.unitCode, name: o.unitName ?? `Unit ${o.unitCode}` })).id;
}

/** An employee of the unit (created if needed), not enrolled. */
export async function employee(h: Setup, o: EmployeeOptions): Promise<{ unitId: number; employeeId: number }> {
  const unitId = await workUnit(h, o);
  const e = await h.services.roster.create(h.admin, {
    nik: o.nik,
    fullName: o.fullName,
    sex: o.sex,
    birthDate: o.birthDate,
    workUnitId: unitId,
    employmentType: o.employmentType ?? 'honorer',
    startDate: o.startDate ?? '2020-01-02',
  });
  return { unitId, employeeId: e.id };
}

/** An employee put in a batch, submitted, and accepted by the branch with a KPJ; nothing billed yet. */
export async function enrolledEmployee(h: Setup, o: EnrolledOptions): Promise<{ unitId: number; employeeId: number; batchId: number; participantId: number }> {
  const { services, admin } = h;
  const { unitId, employeeId } = await employee(h, o);
  const batch = await services.enrolment.createBatch(admin, { agreementId: o.agreementId ?? 1, employeeIds: [employeeId] });
  await services.enrolment.submitBatch(admin, batch.id);
  const participantId = batch.participants[0]!.id;
  await services.enrolment.accept(admin, participantId, { kpj: o.kpj, registeredOn: o.registeredOn });
  return { unitId, employeeId, batchId: batch.id, participantId };
}

/** The agreement's bill for a month, issued on its first day, optionally paid in full. */
export async function billMonth(
  { services, admin }: Setup,
  o: { agreementId?: number; period: string; paidOn?: string; bankReference?: string },
): Promise<{ billId: number; amountDue: number; paymentId: number | null }> {
  const bill = await services.contributions.createBill(admin, { agreementId: o.agreementId ?? 1, period: o.period, issueDate: `${o.period}-01` });
  if (!o.paidOn) return { billId: bill.id, amountDue: bill.amountDue, paymentId: null };
  const payment = await services.contributions.recordPayment(admin, { billId: bill.id, amount: bill.amountDue, paidOn: o.paidOn, bankReference: o.bankReference ?? `E2E-${o.period}` });
  return { billId: bill.id, amountDue: bill.amountDue, paymentId: payment.id };
}

/**
 * An employee protected in `period`: enrolled with a KPJ, and the month billed and paid. The bill
 * is the agreement's, so it covers every participant registered by then.
 */
export async function protectedEmployee(h: Setup, o: ProtectedOptions) {
  const enrolled = await enrolledEmployee(h, o);
  const bill = await billMonth(h, { agreementId: o.agreementId, period: o.period, paidOn: o.paidOn ?? `${o.period}-10`, bankReference: o.bankReference });
  return { ...enrolled, billId: bill.billId, amountDue: bill.amountDue, paymentId: bill.paymentId! };
}
