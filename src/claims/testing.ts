/** Test helpers for claims: a protected employee (enrolled, May 2022 billed and paid) and a JKK claim body. */
import { demoAgreementData, type Harness } from '../testing/harness.ts';

export const doc = (code: string, name = `${code}.pdf`, mime = 'application/pdf') => ({ code, name, mime, contentBase64: Buffer.from(`%PDF ${code}`).toString('base64') });

export const JKK_REQUIRED = ['kartu_peserta', 'ktp', 'laporan_tahap_1', 'surat_dokter'] as const;

/** Siti Aminah, enrolled from 2022-04-01 with May 2022 paid; La Ode Budi, never enrolled. The demo agreement is imported unless already loaded. */
export async function seedEmployees(h: Pick<Harness, 'services' | 'admin'>, { importAgreement = true } = {}) {
  const { services, admin } = h;
  if (importAgreement) await services.agreements.importFile(admin, demoAgreementData());
  const unit = await services.units.create(admin, { agreementId: 1, code: 'DINKES', name: 'Dinas Kesehatan' });
  const siti = await services.roster.create(admin, { nik: '7409014508900001', fullName: 'Siti Aminah', sex: 'P', birthDate: '1990-08-05', workUnitId: unit.id, employmentType: 'honorer', startDate: '2020-01-02' });
  const budi = await services.roster.create(admin, { nik: '7409010101850001', fullName: 'La Ode Budi', sex: 'L', birthDate: '1985-01-01', workUnitId: unit.id, employmentType: 'kontrak', startDate: '2021-01-04' });
  const batch = await services.enrolment.createBatch(admin, { agreementId: 1, employeeIds: [siti.id] });
  await services.enrolment.submitBatch(admin, batch.id);
  await services.enrolment.accept(admin, batch.participants[0]!.id, { kpj: '26133068531', registeredOn: '2022-04-01' });
  const bill = await services.contributions.createBill(admin, { agreementId: 1, period: '2022-05', issueDate: '2022-05-01' });
  await services.contributions.recordPayment(admin, { billId: bill.id, amount: bill.amountDue, paidOn: '2022-05-10', bankReference: 'K-1' });
  return { employeeId: siti.id, unprotectedId: budi.id };
}

/** A JKK claim: fall from a ladder on 2 May 2022; medical 3.500.000, land transport 7.000.000 (capped), 39 days off work. */
export const jkkClaim = (employeeId: number, over: Record<string, unknown> = {}) => ({
  employeeId, program: 'JKK', outcome: 'recovered', incidentDate: '2022-05-02', incidentTime: '09:30', place: 'Kantor Dinas Kesehatan', chronology: 'Terjatuh dari tangga saat membawa arsip',
  reporter: 'Kepala Tata Usaha', stage1ReportedOn: '2022-05-03', doctorStatementOn: '2022-06-10', stage2ReportedOn: '2022-06-11',
  benefit: { medicalCost: 3_500_000, transport: [{ mode: 'land', cost: 7_000_000 }], incapacityDays: 39 }, ...over,
});
