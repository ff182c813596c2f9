/**
 * A database with two regencies and two BPJS branches, built through the services: agreement A
 * (the demo: Buton Utara — KC Kendari) and agreement B (Muna — KC Baubau), two units each, an
 * employee per unit, enrolment, a bill and its payment, a claim with a document, registers and
 * a roster import, through the shared builders (./builders.ts). Used by the authorization matrix and scope tests.
 */
import { createHarness, demoAgreementData, type Harness } from './harness.ts';
import { bill as billOf, claimDocument, demoAgreement, employee, enrol, jkkClaim, payment as pay, workUnit } from './builders.ts';
import { collect } from './collect.ts';

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

/** Side B's agreement file: the demo PKS between Kabupaten Muna and KC Baubau (every mention of A's regency and branch renamed). */
export function munaAgreementData(): Record<string, unknown> {
  const data = demoAgreementData();
  const renamed = JSON.parse(JSON.stringify(data).replaceAll('Buton Utara', 'Muna').replaceAll('Kendari', 'Baubau')) as typeof data;
  return {
    ...renamed,
    numberPartyOne: '800/12/SETDA/IV/2022',
    numberPartyTwo: 'PER/21/04/2022',
    place: 'Raha',
    partyOne: { ...(renamed.partyOne as object), institution: 'Pemerintah Kabupaten Muna', address: 'Jalan Sukawati, Raha' },
    partyTwo: { ...(renamed.partyTwo as object), institution: 'BPJS Ketenagakerjaan Kantor Cabang Baubau', address: 'Jalan Betoambari, Baubau' },
  };
}

async function buildSide(h: Harness, n: 0 | 1, people: [string, string]): Promise<Side> {
  const { services } = h;
  const cli = h.admin;
  const file = n === 0 ? demoAgreementData() : munaAgreementData();
  const agreementId = await demoAgreement(h, file);
  const agreement = await services.agreements.get(cli, agreementId);
  const prefix = n === 0 ? 'A' : 'B';
  const u1 = await workUnit(h, { agreementId, unitCode: `${prefix}DINKES`, unitName: `Dinas Kesehatan ${prefix}` });
  const u2 = await workUnit(h, { agreementId, unitCode: `${prefix}DIKBUD`, unitName: `Dinas Pendidikan ${prefix}` });
  // Men born 1 Jan 1985 (NIK day 01): serials 0001–0004 keep the NIKs unique across both sides.
  const nik = (k: number) => `740901010185${String(n * 2 + k + 1).padStart(4, '0')}`;
  const person = async (k: number, unitCode: string) => {
    const { employeeId } = await employee(h, {
      agreementId,
      unitCode,
      nik: nik(k),
      fullName: people[k]!,
      sex: 'L',
      birthDate: '1985-01-01',
      employmentType: 'honorer',
      startDate: '2020-01-02',
    });
    return { id: employeeId, nik: nik(k), fullName: people[k]! };
  };
  const e1 = await person(0, `${prefix}DINKES`);
  const e2 = await person(1, `${prefix}DIKBUD`);
  const enrolled = await enrol(h, {
    agreementId,
    employeeIds: [e1.id, e2.id],
    kpjs: [0, 1].map((k) => `2613306${n}${k}00`.padEnd(11, '1')),
    registeredOn: '2022-04-01',
  });
  const participants = enrolled.participantIds as [number, number];
  const bill = await billOf(h, { agreementId, period: '2022-05', issueDate: '2022-05-01' });
  const paymentId = await pay(h, { billId: bill.billId, amount: bill.amountDue, paidOn: '2022-05-10', bankReference: `REF-${prefix}` });
  const claim = await services.claims.file(cli, jkkClaim(e1.id));
  const withDoc = await services.claims.addDocument(cli, claim.id, claimDocument('ktp'));
  await services.registers.addMeeting(cli, {
    agreementId,
    heldOn: '2022-06-10',
    place: 'Aula',
    agenda: 'Evaluasi',
    decisions: ['Percepat'],
    followUps: [{ action: 'Daftarkan pegawai baru', owner: 'BKPSDM', dueOn: '2022-07-24' }],
  });
  await services.registers.addForceMajeure(cli, {
    agreementId,
    affectedParty: 'party_one',
    kind: 'natural',
    eventDate: '2022-06-18',
    description: 'Gempa',
    affectedObligations: 'Pelaporan',
  });
  await services.registers.openDispute(cli, { agreementId, openedOn: '2022-06-12', subject: 'Selisih tagihan Mei', raisedBy: 'party_one' });
  const csv = await collect((out) => services.rosterFiles.export(cli, { agreementId, status: 'all' }, 'csv', out));
  const preview = await services.rosterFiles.preview(cli, { fileName: 'ekspor.csv', content: csv, unitId: u1 });
  const db = services.db;
  const last = async (table: 'forum_meetings' | 'force_majeure_events' | 'disputes') =>
    (await db.selectFrom(table).select('id').where('agreement_id', '=', agreementId).orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
  const meetingId = await last('forum_meetings');
  const followUp = await db.selectFrom('follow_ups').select('id').where('meeting_id', '=', meetingId).executeTakeFirstOrThrow();
  const amendment = await db.selectFrom('amendments').select('id').where('agreement_id', '=', agreementId).orderBy('id').executeTakeFirst();
  return {
    agreementId,
    governmentId: agreement.parties.one.institutionId,
    branchId: agreement.parties.two.institutionId,
    units: [u1, u2],
    employees: [e1, e2],
    participants,
    batchId: enrolled.batchId,
    billId: bill.billId,
    paymentId,
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
