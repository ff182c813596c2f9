/**
 * A database with two regencies and two BPJS branches, built through the services: agreement A
 * (the demo: Buton Utara — KC Kendari) and agreement B (Muna — KC Baubau), two units each, an
 * employee per unit, enrolment, a bill and its payment, a claim with a document, registers and
 * a roster import. Used by the authorization matrix test.
 */
import { PassThrough } from 'node:stream';
import { createHarness, demoAgreementData, type Harness } from './harness.ts';
import { jkkClaim, doc } from '../claims/testing.ts';

export interface Side {
  agreementId: number;
  governmentId: number;
  branchId: number;
  units: [number, number];
  /** One employee per unit: [unit 1's, unit 2's]. */
  employees: [{ id: number; nik: string; fullName: string }, { id: number; nik: string; fullName: string }];
  participants: [number, number];
  batchId: number;
  billId: number;
  paymentId: number;
  claimId: number;
  claimDocumentId: number;
  amendmentId: number;
  followUpId: number;
  forceMajeureId: number;
  disputeId: number;
  importId: number;
}

async function collect(fn: (out: PassThrough) => Promise<number>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await fn(out);
  return Buffer.concat(chunks);
}

async function buildSide(h: Harness, n: 0 | 1, people: [string, string]): Promise<Side> {
  const { services } = h;
  const cli = h.admin;
  const data = demoAgreementData();
  // Side B is the same PKS between other parties: every mention of A's regency and branch renamed.
  const renamed = JSON.parse(JSON.stringify(data).replaceAll('Buton Utara', 'Muna').replaceAll('Kendari', 'Baubau')) as typeof data;
  const file = n === 0 ? data : {
    ...renamed,
    numberPartyOne: '800/12/SETDA/IV/2022',
    numberPartyTwo: 'PER/21/04/2022',
    place: 'Raha',
    partyOne: { ...(renamed.partyOne as object), institution: 'Pemerintah Kabupaten Muna', address: 'Jalan Sukawati, Raha' },
    partyTwo: { ...(renamed.partyTwo as object), institution: 'BPJS Ketenagakerjaan Kantor Cabang Baubau', address: 'Jalan Betoambari, Baubau' },
  };
  const agreement = await services.agreements.importFile(cli, file);
  const prefix = n === 0 ? 'A' : 'B';
  const u1 = await services.units.create(cli, { agreementId: agreement.id, code: `${prefix}DINKES`, name: `Dinas Kesehatan ${prefix}` });
  const u2 = await services.units.create(cli, { agreementId: agreement.id, code: `${prefix}DIKBUD`, name: `Dinas Pendidikan ${prefix}` });
  // Men born 1 Jan 1985 (NIK day 01): serials 0001–0004 keep the NIKs unique across both sides.
  const nik = (k: number) => `740901010185${String(n * 2 + k + 1).padStart(4, '0')}`;
  const e1 = await services.roster.create(cli, { nik: nik(0), fullName: people[0], sex: 'L', birthDate: '1985-01-01', workUnitId: u1.id, employmentType: 'honorer', startDate: '2020-01-02' });
  const e2 = await services.roster.create(cli, { nik: nik(1), fullName: people[1], sex: 'L', birthDate: '1985-01-01', workUnitId: u2.id, employmentType: 'honorer', startDate: '2020-01-02' });
  const batch = await services.enrolment.createBatch(cli, { agreementId: agreement.id, employeeIds: [e1.id, e2.id] });
  await services.enrolment.submitBatch(cli, batch.id);
  const participants = batch.participants.map((p) => p.id) as [number, number];
  for (const [k, pid] of participants.entries()) await services.enrolment.accept(cli, pid, { kpj: `2613306${n}${k}00`.padEnd(11, '1'), registeredOn: '2022-04-01' });
  const bill = await services.contributions.createBill(cli, { agreementId: agreement.id, period: '2022-05', issueDate: '2022-05-01' });
  const payment = await services.contributions.recordPayment(cli, { billId: bill.id, amount: bill.amountDue, paidOn: '2022-05-10', bankReference: `REF-${prefix}` });
  const claim = await services.claims.file(cli, jkkClaim(e1.id));
  const withDoc = await services.claims.addDocument(cli, claim.id, doc('ktp'));
  await services.registers.addMeeting(cli, { agreementId: agreement.id, heldOn: '2022-06-10', place: 'Aula', agenda: 'Evaluasi', decisions: ['Percepat'], followUps: [{ action: 'Daftarkan pegawai baru', owner: 'BKPSDM', dueOn: '2022-07-24' }] });
  await services.registers.addForceMajeure(cli, { agreementId: agreement.id, affectedParty: 'party_one', kind: 'natural', eventDate: '2022-06-18', description: 'Gempa', affectedObligations: 'Pelaporan' });
  await services.registers.openDispute(cli, { agreementId: agreement.id, openedOn: '2022-06-12', subject: 'Selisih tagihan Mei', raisedBy: 'party_one' });
  const csv = await collect((out) => services.rosterFiles.export(cli, { agreementId: agreement.id, status: 'all' }, 'csv', out));
  const preview = await services.rosterFiles.preview(cli, { fileName: 'ekspor.csv', content: csv, unitId: u1.id });
  const db = services.db;
  const last = async (table: 'forum_meetings' | 'force_majeure_events' | 'disputes') => (await db.selectFrom(table).select('id').where('agreement_id', '=', agreement.id).orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
  const meetingId = await last('forum_meetings');
  const followUp = await db.selectFrom('follow_ups').select('id').where('meeting_id', '=', meetingId).executeTakeFirstOrThrow();
  const amendment = await db.selectFrom('amendments').select('id').where('agreement_id', '=', agreement.id).orderBy('id').executeTakeFirst();
  return {
    agreementId: agreement.id,
    governmentId: agreement.parties.one.institutionId,
    branchId: agreement.parties.two.institutionId,
    units: [u1.id, u2.id],
    employees: [{ id: e1.id, nik: e1.nik, fullName: e1.fullName }, { id: e2.id, nik: e2.nik, fullName: e2.fullName }],
    participants,
    batchId: batch.id,
    billId: bill.id,
    paymentId: payment.id,
    claimId: claim.id,
    claimDocumentId: withDoc.documents[0]!.id,
    amendmentId: amendment?.id ?? 999_999,
    followUpId: followUp.id,
    forceMajeureId: await last('force_majeure_events'),
    disputeId: await last('disputes'),
    importId: preview.id,
  };
}

export async function createTwoRegencies(): Promise<{ h: Harness; a: Side; b: Side }> {
  const h = await createHarness({ today: '2022-07-15' });
  const a = await buildSide(h, 0, ['Laode Arsyad Mokodompit', 'Wa Ode Sitti Kaimuddin']);
  const b = await buildSide(h, 1, ['Baharuddin Tamalaki', 'Hasnawati Lakidende']);
  return { h, a, b };
}
