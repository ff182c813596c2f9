/**
 * The one set of test builders (issue #17), used by unit, API and browser tests alike: each makes
 * its data through the services with the Actor-first methods (the CLI's local administrator by
 * default), as a user would, and returns the ids it made — so no test needs to know that the demo
 * agreement is id 1. They compose:
 *
 *   const agreementId = await demoAgreement(h);
 *   const unitId = await workUnit(h, { agreementId, unitCode: 'DINKES' });
 *   const siti = await protectedEmployee(h, { agreementId, nik, fullName, sex, birthDate, unitCode: 'DINKES', kpj, registeredOn: '2022-04-01', period: '2022-05' });
 *   const claimId = await claim(h, siti.employeeId);
 *
 * Browser tests call the same functions with their server's harness (`e2e/support/fixtures.ts`):
 * the server runs in the test's process, so the builders reach its services directly.
 * Many participants: `participants` (through the services, a few dozen at most); thousands at once:
 * `bulkParticipants` (src/testing/seed.ts, raw SQL, only for the tests and benchmarks that need volume fast).
 */
import type { Actor } from '../core/actor.ts';
import type { Services } from '../services.ts';
import { demoAgreementData } from './harness.ts';

export { seedParticipants as bulkParticipants } from './seed.ts';

/** What a builder needs: the services and who acts (a harness, a test server's harness, or `{ services, admin }`). */
export type Setup = { services: Services; admin: Actor };

/**
 * The demo agreement (data-files/agreements/buton-utara-2022.json, Buton Utara — KC Kendari): imported the first
 * time, found by its number when already loaded (`loadDemo`, the browser tests' server). Returns its id.
 */
export async function demoAgreement({ services, admin }: Setup, file: Record<string, unknown> = demoAgreementData()): Promise<number> {
  const number = String(file.numberPartyOne);
  const loaded = (await services.agreements.list(admin)).find((a) => a.numberPartyOne === number);
  if (loaded) return loaded.id;
  return (await services.agreements.importFile(admin, file)).id;
}

/** A government (a regency by default) or a BPJS branch, as the system administrator adds it. Returns its id. */
export async function institution(
  { services, admin }: Setup,
  o: { kind: 'government' | 'bpjs_branch'; name: string; level?: 'regency' | 'city' | 'province' },
): Promise<number> {
  const level = o.kind === 'government' ? (o.level ?? 'regency') : null;
  return (await services.institutions.create(admin, { kind: o.kind, name: o.name, level })).id;
}

export interface UnitOptions {
  agreementId: number;
  unitCode: string;
  /** Used when the unit is created; default "Unit <code>". */
  unitName?: string;
  parentId?: number | null;
}

/** The unit with this code in the agreement's government, created the first time. Returns its id. */
export async function workUnit({ services, admin }: Setup, o: UnitOptions): Promise<number> {
  const existing = (await services.units.list(admin, { agreementId: o.agreementId })).find((u) => u.code === o.unitCode);
  if (existing) return existing.id;
  return (
    await services.units.create(admin, { agreementId: o.agreementId, code: o.unitCode, name: o.unitName ?? `Unit ${o.unitCode}`, parentId: o.parentId ?? null })
  ).id;
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

/** Employees put in one registration batch and submitted to the branch, not yet decided. Returns the batch and the participants, in order. */
export async function submitted(
  { services, admin }: Setup,
  o: { agreementId: number; employeeIds: number[] },
): Promise<{ batchId: number; participantIds: number[] }> {
  const batch = await services.enrolment.createBatch(admin, { agreementId: o.agreementId, employeeIds: o.employeeIds });
  await services.enrolment.submitBatch(admin, batch.id);
  return { batchId: batch.id, participantIds: o.employeeIds.map((employeeId) => batch.participants.find((x) => x.employeeId === employeeId)!.id) };
}

/**
 * Employees put in one registration batch, submitted, and each accepted by the branch with its KPJ
 * (`kpjs[i]` for `employeeIds[i]`), registered on `registeredOn`. Returns the batch and the participants, in order.
 */
export async function enrol(
  h: Setup,
  o: { agreementId: number; employeeIds: number[]; kpjs: string[]; registeredOn: string },
): Promise<{ batchId: number; participantIds: number[] }> {
  const { batchId, participantIds } = await submitted(h, o);
  for (const [k, participantId] of participantIds.entries())
    await h.services.enrolment.accept(h.admin, participantId, { kpj: o.kpjs[k]!, registeredOn: o.registeredOn });
  return { batchId, participantIds };
}

/** A registered participant deactivated from `from` (the branch's decision, as the enrolment screen records it). */
export async function deactivate({ services, admin }: Setup, participantId: number, from: string, reason = 'Berhenti'): Promise<void> {
  await services.enrolment.deactivate(admin, participantId, { from, reason });
}

export interface ParticipantsOptions {
  agreementId: number;
  count: number;
  registeredOn: string;
  /** The units the people are spread over in turn (created when missing, named "Unit <code>"); default DINKES. */
  unitCodes?: string[];
  /** First serial (keeps NIKs and KPJs unique across calls); below 9,000. */
  offset?: number;
}

/**
 * `count` employees of the agreement's government, not enrolled: person i (from `offset`) is "Peserta i", a man
 * born on a day of 1970–1999 that follows i, honorer since 2020-01-02 in unit i mod units (created when missing,
 * named "Unit <code>"). Returns the units (in the order of `unitCodes`), the employees and their NIKs, in order.
 */
export async function people(h: Setup, o: Omit<ParticipantsOptions, 'registeredOn'>): Promise<{ unitIds: number[]; employeeIds: number[]; niks: string[] }> {
  const unitIds: number[] = [];
  for (const code of o.unitCodes ?? ['DINKES']) unitIds.push(await workUnit(h, { agreementId: o.agreementId, unitCode: code }));
  const offset = o.offset ?? 0;
  const employeeIds: number[] = [];
  const niks: string[] = [];
  for (let k = 0; k < o.count; k++) {
    const i = offset + k;
    const [yy, mm, dd] = [String(70 + (i % 30)), String((i % 12) + 1).padStart(2, '0'), String((i % 28) + 1).padStart(2, '0')];
    // A valid NIK: the demo regency's district code 740901, the birth date (DDMMYY, a man) and the serial i + 1.
    const nik = `740901${dd}${mm}${yy}${String(i + 1).padStart(4, '0')}`;
    const e = await h.services.roster.create(h.admin, {
      nik,
      fullName: `Peserta ${i}`,
      sex: 'L',
      birthPlace: 'Buranga',
      birthDate: `19${yy}-${mm}-${dd}`,
      workUnitId: unitIds[i % unitIds.length]!,
      position: 'Staf',
      employmentType: 'honorer',
      startDate: '2020-01-02',
    });
    employeeIds.push(e.id);
    niks.push(nik);
  }
  return { unitIds, employeeIds, niks };
}

/**
 * `count` people registered in the agreement, made through the services like `bulkParticipants` makes them
 * in SQL: the employees of `people`, with KPJ 10000000000 + i; one batch for all, each accepted with
 * `registeredOn`. Returns the units (in the order of `unitCodes`), the employees, their NIKs and the participants, in order.
 */
export async function participants(
  h: Setup,
  o: ParticipantsOptions,
): Promise<{ unitIds: number[]; employeeIds: number[]; niks: string[]; participantIds: number[]; batchId: number }> {
  const { unitIds, employeeIds, niks } = await people(h, o);
  const kpjs = employeeIds.map((_, k) => String(10_000_000_000 + (o.offset ?? 0) + k));
  const { batchId, participantIds } = await enrol(h, { agreementId: o.agreementId, employeeIds, kpjs, registeredOn: o.registeredOn });
  return { unitIds, employeeIds, niks, participantIds, batchId };
}

export interface EnrolledOptions extends EmployeeOptions {
  /** The participant number (11 digits). */
  kpj: string;
  registeredOn: string;
}

/** An employee put in a batch, submitted, and accepted by the branch with a KPJ; nothing billed yet. */
export async function enrolledEmployee(h: Setup, o: EnrolledOptions): Promise<{ unitId: number; employeeId: number; batchId: number; participantId: number }> {
  const { unitId, employeeId } = await employee(h, o);
  const { batchId, participantIds } = await enrol(h, { agreementId: o.agreementId, employeeIds: [employeeId], kpjs: [o.kpj], registeredOn: o.registeredOn });
  return { unitId, employeeId, batchId, participantId: participantIds[0]! };
}

/** The agreement's bill for a month (issued on the month's first day unless `issueDate`). Returns its id and amount due. */
export async function bill(
  { services, admin }: Setup,
  o: { agreementId: number; period: string; issueDate?: string; mode?: 'monthly' | 'yearly'; supplementary?: boolean },
): Promise<{ billId: number; amountDue: number; number: string }> {
  const b = await services.contributions.createBill(admin, {
    agreementId: o.agreementId,
    period: o.period,
    issueDate: o.issueDate ?? `${o.period}-01`,
    ...(o.mode ? { mode: o.mode } : {}),
    ...(o.supplementary ? { supplementary: true } : {}),
  });
  return { billId: b.id, amountDue: b.amountDue, number: b.number };
}

/** A payment of a bill (default: its whole amount due). Returns the payment's id. */
export async function payment({ services, admin }: Setup, o: { billId: number; amount: number; paidOn: string; bankReference: string }): Promise<number> {
  return (await services.contributions.recordPayment(admin, o)).id;
}

/** The agreement's bill for a month, issued on its first day, paid in full when `paidOn` is given. */
export async function billMonth(
  h: Setup,
  o: { agreementId: number; period: string; paidOn?: string; bankReference?: string },
): Promise<{ billId: number; amountDue: number; paymentId: number | null }> {
  const b = await bill(h, { agreementId: o.agreementId, period: o.period });
  if (!o.paidOn) return { billId: b.billId, amountDue: b.amountDue, paymentId: null };
  const paymentId = await payment(h, { billId: b.billId, amount: b.amountDue, paidOn: o.paidOn, bankReference: o.bankReference ?? `E2E-${o.period}` });
  return { billId: b.billId, amountDue: b.amountDue, paymentId };
}

export interface ProtectedOptions extends EnrolledOptions {
  /** The month billed (the agreement's bill, issued on the month's first day) and paid in full. */
  period: string;
  /** Default the 10th of the month. */
  paidOn?: string;
  /** Default "E2E-<period>". */
  bankReference?: string;
}

/**
 * An employee protected in `period`: enrolled with a KPJ, and the month billed and paid. The bill
 * is the agreement's, so it covers every participant registered by then.
 */
export async function protectedEmployee(h: Setup, o: ProtectedOptions) {
  const enrolled = await enrolledEmployee(h, o);
  const b = await billMonth(h, { agreementId: o.agreementId, period: o.period, paidOn: o.paidOn ?? `${o.period}-10`, bankReference: o.bankReference });
  return { ...enrolled, billId: b.billId, amountDue: b.amountDue, paymentId: b.paymentId! };
}

/** A claim document as the intake uploads it. */
export const claimDocument = (code: string, name = `${code}.pdf`, mime = 'application/pdf') => ({
  code,
  name,
  mime,
  contentBase64: Buffer.from(`%PDF ${code}`).toString('base64'),
});

/** A JKK claim body: fall from a ladder on 2 May 2022; medical 3.500.000, land transport 7.000.000 (capped), 39 days off work. */
export const jkkClaim = (employeeId: number, over: Record<string, unknown> = {}) => ({
  employeeId,
  program: 'JKK',
  outcome: 'recovered',
  incidentDate: '2022-05-02',
  incidentTime: '09:30',
  place: 'Kantor Dinas Kesehatan',
  chronology: 'Terjatuh dari tangga saat membawa arsip',
  reporter: 'Kepala Tata Usaha',
  stage1ReportedOn: '2022-05-03',
  doctorStatementOn: '2022-06-10',
  stage2ReportedOn: '2022-06-11',
  benefit: { medicalCost: 3_500_000, transport: [{ mode: 'land', cost: 7_000_000 }], incapacityDays: 39 },
  ...over,
});

/** A claim filed for the employee (default the JKK claim above, `over` changes it), with the documents named. Returns its id. */
export async function claim({ services, admin }: Setup, employeeId: number, o: { over?: Record<string, unknown>; documents?: string[] } = {}): Promise<number> {
  const filed = await services.claims.file(admin, jkkClaim(employeeId, o.over));
  for (const code of o.documents ?? []) await services.claims.addDocument(admin, filed.id, claimDocument(code));
  return filed.id;
}

/**
 * The claims tests' people in the demo agreement's unit DINKES: Siti Aminah, enrolled from 2022-04-01
 * with May 2022 billed and paid; La Ode Budi, never enrolled. The demo agreement is imported unless already loaded.
 */
export async function sitiAndBudi(h: Setup) {
  const agreementId = await demoAgreement(h);
  const siti = await protectedEmployee(h, {
    agreementId,
    unitCode: 'DINKES',
    unitName: 'Dinas Kesehatan',
    nik: '7409014508900001',
    fullName: 'Siti Aminah',
    sex: 'P',
    birthDate: '1990-08-05',
    kpj: '26133068531',
    registeredOn: '2022-04-01',
    period: '2022-05',
    paidOn: '2022-05-10',
    bankReference: 'K-1',
  });
  const budi = await employee(h, {
    agreementId,
    unitCode: 'DINKES',
    nik: '7409010101850001',
    fullName: 'La Ode Budi',
    sex: 'L',
    birthDate: '1985-01-01',
    employmentType: 'kontrak',
    startDate: '2021-01-04',
  });
  return {
    agreementId,
    unitId: siti.unitId,
    employeeId: siti.employeeId,
    participantId: siti.participantId,
    billId: siti.billId,
    paymentId: siti.paymentId,
    unprotectedId: budi.employeeId,
  };
}
