/**
 * The demo's living dataset: a clearly fictional story inside the Buton Utara PKS's validity
 * (14 March 2022 – 13 March 2024), built through the services as the CLI's local administrator,
 * in the order it would have happened, with "today" set to each step's day. Every person's name
 * ends in "(contoh)". Deterministic: the same calls with the same values every time.
 *
 * What it holds: 3 work units, 40 employees, 36 registered participants with KPJ numbers (one
 * rejected, one submitted and waiting, one never enrolled, one deactivated after resigning and
 * one after death), 24 monthly bills (April 2022 – March 2024) and a credit note, with arrears:
 * August 2023 and January 2024 half paid and settled late (in arrears for some weeks: every participant
 * is "in arrears" then, as the law treats an employer's unpaid month), February 2024 unpaid but not yet due
 * on the last day (March 2024 paid early); 10 claims (2 in each state), 2
 * outreach activities, 2 forum meetings (one follow-up still open), a force-majeure event and a
 * dispute.
 */
import { restampSince } from './stamp-repo.ts';
import { cliActor, type Actor } from '../core/actor.ts';
import { instantOf } from '../core/dates.ts';
import { createServices, type Services } from '../services.ts';

export const DEMO_MARK = '(contoh)';

export const DEMO_UNITS = [
  { code: 'BKPSDM', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia' },
  { code: 'DINKES', name: 'Dinas Kesehatan' },
  { code: 'DPUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' },
] as const;

const MEN = [
  'La Ode Arif',
  'Muhammad Rizal',
  'Andi Saputra',
  'Hasrul',
  'Jumadil',
  'Abdul Rahman',
  'Asrin',
  'Sudirman',
  'Irwan Setiawan',
  'Fadli',
  'Yusran',
  'Akbar Maulana',
  'Hendra',
  'Syamsul Bahri',
  'Ardiansyah',
  'Rusdin',
  'Basri',
  'Taufik Hidayat',
  'Amran',
  'Wahyudin',
];
const WOMEN = [
  'Wa Ode Nurhayati',
  'Siti Rahmawati',
  'Nurlina',
  'Hasnawati',
  'Sitti Aisyah',
  'Marlina',
  'Rosmiati',
  'Fitriani',
  'Yuliana',
  'Asmawati',
  'Hasmiati',
  'Suharni',
  'Nurjannah',
  'Ratna Sari',
  'Wa Ode Fatma',
  'Rahmatia',
  'Indah Lestari',
  'Sartini',
  'Murniati',
  'Diana Putri',
];
const POSITIONS = ['Staf administrasi', 'Pengemudi', 'Tenaga kebersihan', 'Operator komputer', 'Petugas lapangan', 'Perawat', 'Bidan', 'Petugas keamanan'];
const TYPES = ['honorer', 'kontrak', 'thl'] as const;

const firstOf = (period: string) => `${period}-01`;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Employee i: alternating sex, a birth date and a NIK that agree (women: day + 40), unit i mod 3. */
export function demoEmployee(i: number) {
  const female = i % 2 === 1;
  const name = `${(female ? WOMEN : MEN)[Math.floor(i / 2)]!} ${DEMO_MARK}`;
  const year = 1975 + ((i * 7) % 25);
  const month = ((i * 5) % 12) + 1;
  const day = ((i * 11) % 28) + 1;
  const nik = `7409${pad((i % 6) + 1)}${pad(day + (female ? 40 : 0))}${pad(month)}${pad(year % 100)}${pad(i + 1, 4)}`;
  return {
    nik,
    fullName: name,
    sex: female ? ('P' as const) : ('L' as const),
    birthPlace: ['Buranga', 'Ereke', 'Kulisusu', 'Bonegunu'][i % 4]!,
    birthDate: `${year}-${pad(month)}-${pad(day)}`,
    position: POSITIONS[i % POSITIONS.length]!,
    employmentType: TYPES[i % TYPES.length]!,
    startDate: `${2012 + (i % 10)}-${pad((i % 12) + 1)}-0${(i % 5) + 1}`,
    phone: `0812${pad(i, 8)}`,
    address: `Jalan Contoh No. ${i + 1}, Buranga`,
  };
}

/** KPJ of employee i: 11 digits, fictional. */
export const demoKpj = (i: number) => String(22_040_100_000 + i * 137);

/** The months billed: April 2022 to March 2024. */
export const DEMO_PERIODS = Array.from({ length: 24 }, (_, k) => {
  const m = 3 + k; // 0-based month index from January 2022
  return `${2022 + Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
});

const doc = (code: string) => ({
  code,
  name: `${code}-contoh.pdf`,
  mime: 'application/pdf',
  contentBase64: Buffer.from(`%PDF-1.4\n% Dokumen contoh (demo Lindung): ${code}\n%%EOF\n`).toString('base64'),
});

const jkk = (
  employeeId: number,
  incidentDate: string,
  place: string,
  chronology: string,
  stage1: string | null,
  doctor: string | null,
  stage2: string | null,
  medical: number,
  days: number,
) => ({
  employeeId,
  program: 'JKK',
  outcome: 'recovered',
  incidentDate,
  incidentTime: '09:30',
  place,
  chronology,
  reporter: `Kepala Subbagian Umum ${DEMO_MARK}`,
  stage1ReportedOn: stage1,
  doctorStatementOn: doctor,
  stage2ReportedOn: stage2,
  benefit: { medicalCost: medical, transport: [{ mode: 'land', cost: 350_000 }], incapacityDays: days },
});

/**
 * Builds the dataset on an agreement just imported (the demo PKS). `timeZone` is the office's
 * zone, as in the served services.
 */
export async function loadDemoDataset(services: Services, agreementId: number, timeZone: string): Promise<void> {
  const clock = { day: '2022-03-21' };
  const s = createServices({ db: services.db }, { timeZone, today: () => clock.day });
  // The regency's steps are recorded as the demo's administrator (histories name "Admin BKPSDM (demo)", not the
  // CLI user running the server); the branch's steps (decisions on registrations, claim processing) as its officer.
  const admin: Actor = { ...cliActor(), label: `cli:${DEMO_ADMIN_NAME}` };
  const officer: Actor = { ...admin, label: `${admin.label} (petugas BPJS Rina Wulandari ${DEMO_MARK})`, role: 'bpjs_officer' };
  const stamp = storyStamper(services.db, timeZone);
  /** Moves the story's clock; what was recorded so far is dated on the day it happened in the story. */
  const at = async (day: string) => {
    await stamp(clock.day);
    clock.day = day;
  };

  // Work units (reusing any the demo already has under the same code).
  await at('2022-03-21');
  const unitIds: number[] = [];
  for (const u of DEMO_UNITS) {
    const existing = await s.units.findByCode(u.code);
    unitIds.push(existing?.id ?? (await s.units.create(admin, { agreementId, code: u.code, name: u.name })).id);
  }

  // The roster: 38 employees now, 2 hired in July 2023.
  const employeeIds: number[] = [];
  const hire = async (i: number) => {
    const start = i >= 38 ? { startDate: clock.day } : {};
    employeeIds[i] = (await s.roster.create(admin, { ...demoEmployee(i), ...start, workUnitId: unitIds[i % 3]! })).id;
  };
  for (let i = 0; i < 38; i++) await hire(i);

  // Enrolment: batch 1 (employees 0–31), accepted from 1 April 2022 except 30 (rejected) and 31 (rejected).
  await at('2022-03-24');
  const participantOf = new Map<number, number>();
  const batch1 = await s.enrolment.createBatch(admin, { agreementId, employeeIds: employeeIds.slice(0, 32), note: `Pendaftaran awal ${DEMO_MARK}` });
  await s.enrolment.submitBatch(admin, batch1.id);
  await at('2022-03-31');
  for (const p of batch1.participants) {
    const i = employeeIds.indexOf(p.employeeId);
    participantOf.set(i, p.id);
    if (i === 30 || i === 31)
      await s.enrolment.reject(officer, p.id, {
        reason: i === 30 ? 'NIK belum padan dengan data Dukcapil' : 'Pegawai tercatat sebagai peserta pada pemberi kerja lain',
      });
    else await s.enrolment.accept(officer, p.id, { kpj: demoKpj(i), registeredOn: '2022-04-01' });
  }

  const bills = new Map<string, { id: number; amountDue: number }>();
  const issue = async (period: string) => {
    await at(firstOf(period));
    const b = await s.contributions.createBill(admin, { agreementId, period, issueDate: firstOf(period) });
    bills.set(period, { id: b.id, amountDue: b.amountDue });
  };
  const pay = async (period: string, on: string, amount?: number) => {
    await at(on);
    const b = bills.get(period)!;
    await s.contributions.recordPayment(admin, {
      billId: b.id,
      amount: amount ?? b.amountDue,
      paidOn: on,
      bankReference: `SP2D-${period.replace('-', '')}-${on.slice(8)}`,
      note: `Pembayaran iuran ${DEMO_MARK}`,
    });
  };
  const claims: Record<string, number> = {};
  const file = async (key: string, on: string, body: Record<string, unknown>, documents: string[]) => {
    await at(on);
    const c = await s.claims.file(admin, body);
    claims[key] = c.id;
    for (const code of documents) await s.claims.addDocument(admin, c.id, doc(code));
  };
  let firstMeeting: Awaited<ReturnType<typeof s.registers.addMeeting>> | undefined;
  const JKK_DOCS = ['kartu_peserta', 'ktp', 'laporan_tahap_1', 'surat_dokter'];

  // Month by month: the bill on the 1st, last month's payment on the 10th, then the month's other events.
  for (const period of DEMO_PERIODS) {
    await issue(period);
    const previous = DEMO_PERIODS[DEMO_PERIODS.indexOf(period) - 1];
    if (previous && period <= '2024-01') {
      // February 2023's bill was paid late (the 5th of April, before March's); all others on the 10th of the next month.
      if (previous === '2023-03') await pay('2023-02', '2023-04-05');
      if (previous === '2023-08') await pay(previous, `${period}-11`, Math.floor(bills.get(previous)!.amountDue / 2));
      else if (previous !== '2023-02') await pay(previous, `${period}-10`);
      // August's other half is settled late, on 20 October 2023 (after October's bill).
      if (period === '2023-10') await pay('2023-08', '2023-10-20', bills.get('2023-08')!.amountDue - Math.floor(bills.get('2023-08')!.amountDue / 2));
    }
    switch (period) {
      case '2022-04':
        await at('2022-04-20');
        await s.registers.addActivity(admin, {
          agreementId,
          kind: 'outreach',
          heldOn: '2022-04-20',
          place: 'Aula Kantor Bupati Buton Utara',
          title: `Sosialisasi program JKK dan JKM bagi pegawai non-ASN ${DEMO_MARK}`,
          audienceUnitIds: unitIds,
          attendees: 85,
          speakers: 'BPJS Ketenagakerjaan KC Kendari',
          summary: 'Manfaat JKK/JKM, cara melapor kecelakaan kerja, kartu peserta.',
        });
        break;
      case '2022-08':
        await file(
          'paidJkk',
          '2022-08-22',
          jkk(
            employeeIds[2]!,
            '2022-07-14',
            'Lokasi pekerjaan jalan Ereke',
            'Tertimpa papan cetakan beton saat pengecoran saluran',
            '2022-07-15',
            '2022-08-20',
            '2022-08-21',
            4_250_000,
            21,
          ),
          JKK_DOCS,
        );
        await at('2022-08-25');
        await s.claims.verify(officer, claims.paidJkk!);
        break;
      case '2022-09': {
        await at('2022-09-05');
        await s.claims.approve(officer, claims.paidJkk!, {});
        await at('2022-09-12');
        const c = await s.claims.get(admin, claims.paidJkk!);
        await s.claims.pay(officer, claims.paidJkk!, { amount: c.approvedTotal!, paidOn: '2022-09-12', reference: 'KLM-TRF-0912' });
        await at('2022-09-15');
        const batch2 = await s.enrolment.createBatch(admin, {
          agreementId,
          employeeIds: [employeeIds[30]!, ...employeeIds.slice(32, 38)],
          note: `Pendaftaran susulan ${DEMO_MARK}`,
        });
        await s.enrolment.submitBatch(admin, batch2.id);
        await at('2022-09-28');
        for (const p of batch2.participants) {
          const i = employeeIds.indexOf(p.employeeId);
          participantOf.set(i, p.id);
          await s.enrolment.accept(officer, p.id, { kpj: demoKpj(i), registeredOn: '2022-10-01' });
        }
        firstMeeting = await s.registers.addMeeting(admin, {
          agreementId,
          heldOn: '2022-09-28',
          place: 'Ruang rapat BKPSDM',
          agenda: `Forum koordinasi: evaluasi semester I ${DEMO_MARK}`,
          decisions: ['Pegawai yang belum terdaftar didaftarkan mulai Oktober 2022'],
          followUps: [{ action: 'Kirim data pegawai susulan ke BPJS', owner: 'BKPSDM', dueOn: '2022-10-15' }],
        });
        break;
      }
      case '2022-10':
        await at('2022-10-03');
        {
          const meeting = (await s.registers.listMeetings(admin, agreementId)).find((m) => m.id === firstMeeting!.id)!;
          await s.registers.completeFollowUp(admin, meeting.followUps[0]!.id, '2022-10-03');
        }
        break;
      case '2022-12':
        await file(
          'rejectedCommute',
          '2022-12-12',
          jkk(
            employeeIds[11]!,
            '2022-11-03',
            'Pasar Buranga',
            'Terjatuh dari sepeda motor saat berbelanja pribadi pada hari libur',
            '2022-11-07',
            null,
            null,
            1_200_000,
            3,
          ),
          ['kartu_peserta', 'ktp', 'laporan_tahap_1'],
        );
        await at('2022-12-20');
        await s.claims.reject(officer, claims.rejectedCommute!, { reason: 'Kejadian pada hari libur untuk keperluan pribadi, bukan kecelakaan kerja' });
        break;
      case '2023-01':
        await at('2023-01-09');
        {
          const fm = await s.registers.addForceMajeure(admin, {
            agreementId,
            affectedParty: 'party_one',
            kind: 'natural',
            eventDate: '2023-01-09',
            description: `Banjir di Kecamatan Kulisusu ${DEMO_MARK}`,
            affectedObligations: 'Penyampaian data perubahan pegawai',
            noticeDate: '2023-01-13',
          });
          await at('2023-02-01');
          await s.registers.resolveForceMajeure(admin, fm.id, {
            resolvedOn: '2023-02-01',
            resolution: 'Data perubahan pegawai Januari disampaikan bersama data Februari',
          });
        }
        break;
      case '2023-02':
        await at('2023-02-15');
        await s.registers.addActivity(admin, {
          agreementId,
          kind: 'education',
          heldOn: '2023-02-15',
          place: 'Puskesmas Ereke',
          title: `Edukasi pelaporan kecelakaan kerja tahap I dan II ${DEMO_MARK}`,
          audienceUnitIds: [unitIds[1]!, unitIds[2]!],
          attendees: 40,
          speakers: 'BPJS Ketenagakerjaan KC Kendari',
        });
        break;
      case '2023-04':
        await file(
          'paidJkm',
          '2023-04-11',
          {
            employeeId: employeeIds[8]!,
            program: 'JKM',
            outcome: 'death',
            incidentDate: '2023-03-02',
            place: 'Rumah Sakit Umum Daerah Buton Utara',
            chronology: 'Meninggal dunia karena sakit',
            reporter: `Ahli waris ${DEMO_MARK}`,
          },
          ['kartu_peserta', 'ktp', 'akta_kematian', 'kartu_keluarga', 'ktp_ahli_waris', 'surat_ahli_waris'],
        );
        await s.enrolment.deactivate(admin, participantOf.get(8)!, { from: '2023-03-03', reason: 'Meninggal dunia' });
        await s.roster.end(admin, employeeIds[8]!, { endDate: '2023-03-02', endReason: 'Meninggal dunia' });
        await at('2023-04-14');
        await s.claims.verify(officer, claims.paidJkm!);
        await at('2023-04-20');
        await s.claims.approve(officer, claims.paidJkm!, {});
        await at('2023-04-28');
        {
          const c = await s.claims.get(admin, claims.paidJkm!);
          await s.claims.pay(officer, claims.paidJkm!, { amount: c.approvedTotal!, paidOn: '2023-04-28', reference: 'KLM-TRF-0428' });
        }
        break;
      case '2023-05':
        await at('2023-05-25');
        await s.enrolment.deactivate(admin, participantOf.get(5)!, { from: '2023-06-01', reason: 'Mengundurkan diri' });
        await s.roster.end(admin, employeeIds[5]!, { endDate: '2023-05-31', endReason: 'Mengundurkan diri' });
        break;
      case '2023-06':
        await file(
          'rejectedLate',
          '2023-06-12',
          jkk(
            employeeIds[27]!,
            '2023-05-15',
            'Kantor Dinas Kesehatan',
            'Nyeri punggung setelah mengangkat kardus obat, dilaporkan sebulan kemudian',
            null,
            null,
            null,
            800_000,
            0,
          ),
          ['kartu_peserta', 'ktp'],
        );
        await at('2023-06-30');
        await s.claims.reject(officer, claims.rejectedLate!, {
          reason: 'Kejadian tidak dapat dibuktikan sebagai kecelakaan kerja: tidak ada laporan tahap I dan saksi',
        });
        break;
      case '2023-07':
        await at('2023-07-03');
        await hire(38);
        await hire(39);
        await at('2023-07-10');
        {
          const d = await s.registers.openDispute(admin, {
            agreementId,
            openedOn: '2023-07-10',
            subject: `Selisih tagihan Juni 2023 atas peserta yang mengundurkan diri ${DEMO_MARK}`,
            raisedBy: 'party_one',
          });
          await at('2023-07-24');
          await s.registers.advanceDispute(admin, d.id, {
            stage: 'closed',
            on: '2023-07-24',
            note: 'Disepakati dalam musyawarah',
            outcome: 'Kelebihan tagihan menjadi nota kredit',
          });
        }
        break;
      case '2023-10':
        await file(
          'approvedA',
          '2023-10-11',
          jkk(
            employeeIds[13]!,
            '2023-09-06',
            'Gudang farmasi Dinas Kesehatan',
            'Tangan terjepit pintu besi gudang',
            '2023-09-07',
            '2023-10-02',
            '2023-10-03',
            2_600_000,
            14,
          ),
          JKK_DOCS,
        );
        await at('2023-10-20');
        await s.claims.verify(officer, claims.approvedA!);
        await at('2023-10-25');
        await s.registers.addMeeting(admin, {
          agreementId,
          heldOn: '2023-10-25',
          place: 'Ruang rapat Sekretariat Daerah',
          agenda: `Forum koordinasi: kesinambungan perlindungan sampai akhir perjanjian ${DEMO_MARK}`,
          decisions: ['Iuran Januari–Maret 2024 dianggarkan dalam APBD 2024', 'Perpanjangan perjanjian dibahas sebelum Februari 2024'],
          followUps: [{ action: 'Anggarkan iuran Januari–Maret 2024', owner: 'BPKAD', dueOn: '2024-01-31' }],
        });
        break;
      case '2023-11':
        await at('2023-11-02');
        await s.claims.approve(officer, claims.approvedA!, {});
        await file(
          'verifiedB',
          '2023-11-13',
          jkk(
            employeeIds[33]!,
            '2023-10-16',
            'Jalan poros Ereke–Buranga',
            'Tergelincir saat membersihkan saluran jalan',
            '2023-10-17',
            '2023-11-08',
            '2023-11-09',
            1_900_000,
            10,
          ),
          JKK_DOCS,
        );
        await at('2023-11-30');
        await s.claims.verify(officer, claims.verifiedB!);
        break;
      case '2023-12':
        await file(
          'approvedB',
          '2023-12-11',
          jkk(
            employeeIds[20]!,
            '2023-11-08',
            'Kantor BKPSDM',
            'Tersengat listrik saat memperbaiki stopkontak ruang arsip',
            '2023-11-10',
            '2023-12-04',
            '2023-12-05',
            3_100_000,
            7,
          ),
          JKK_DOCS,
        );
        await file(
          'submittedB',
          '2023-12-11',
          jkk(
            employeeIds[34]!,
            '2023-11-27',
            'Puskesmas Bonegunu',
            'Tertusuk jarum suntik bekas saat membersihkan ruang tindakan',
            '2023-11-28',
            null,
            null,
            650_000,
            2,
          ),
          [],
        );
        break;
      case '2024-01':
        await at('2024-01-05');
        await s.claims.verify(officer, claims.approvedB!);
        await s.claims.approve(officer, claims.approvedB!, {});
        await file(
          'verifiedA',
          '2024-01-11',
          jkk(
            employeeIds[25]!,
            '2023-12-04',
            'Lokasi pembangunan jembatan Kulisusu',
            'Kaki terkilir saat turun dari bak truk material',
            '2023-12-05',
            '2024-01-08',
            '2024-01-09',
            1_400_000,
            12,
          ),
          JKK_DOCS,
        );
        await file(
          'submittedA',
          '2024-01-11',
          jkk(employeeIds[16]!, '2023-12-18', 'Kantor BKPSDM', 'Terjatuh di tangga saat membawa arsip', '2023-12-19', null, null, 900_000, 5),
          ['kartu_peserta', 'ktp'],
        );
        await at('2024-01-20');
        await s.claims.verify(officer, claims.verifiedA!);
        break;
      case '2024-02': {
        // January 2024 half paid; February 2024 stays unpaid.
        const january = bills.get('2024-01')!;
        await pay('2024-01', '2024-02-12', Math.floor(january.amountDue / 2));
        // …and the rest late, on 8 March 2024 (below): in arrears from 16 February until then.
        await at('2024-02-20');
        const batch3 = await s.enrolment.createBatch(admin, { agreementId, employeeIds: [employeeIds[38]!], note: `Pegawai baru ${DEMO_MARK}` });
        await s.enrolment.submitBatch(admin, batch3.id);
        break;
      }
      case '2024-03':
        // January's other half, late; then the last month is paid early so the agreement ends with its participants protected.
        await pay('2024-01', '2024-03-08', bills.get('2024-01')!.amountDue - Math.floor(bills.get('2024-01')!.amountDue / 2));
        await pay('2024-03', '2024-03-08');
        break;
    }
  }
  await stamp(clock.day);
}

/** The name the demo's regency steps are recorded under (the demo user "admin" has the same full name). */
export const DEMO_ADMIN_NAME = 'Admin BKPSDM (demo)';

/** Columns of the rows the dataset writes that record when something was done. */
const STAMPED: readonly (readonly [table: string, column: string])[] = [
  ['audit_log', 'at'],
  ['files', 'created_at'],
  ['work_units', 'created_at'],
  ['employees', 'created_at'],
  ['employees', 'updated_at'],
  ['employee_history', 'at'],
  ['enrolment_batches', 'created_at'],
  ['enrolment_batches', 'submitted_at'],
  ['participants', 'created_at'],
  ['participants', 'updated_at'],
  ['participant_events', 'at'],
  ['bills', 'created_at'],
  ['payments', 'created_at'],
  ['credit_applications', 'created_at'],
  ['activities', 'created_at'],
  ['forum_meetings', 'created_at'],
  ['force_majeure_events', 'created_at'],
  ['disputes', 'created_at'],
  ['claims', 'created_at'],
  ['claims', 'updated_at'],
  ['claim_documents', 'uploaded_at'],
  ['claim_events', 'at'],
  ['claim_payments', 'created_at'],
];

/**
 * The services record the real clock (the database's now, or Node's) when something is done; the
 * story happens on its own days. After each step, every time recorded since the load began is set to
 * the step's day in the office's zone (09:00, a minute later for each further step that day), so the
 * histories, the claim letter and the audit log say when it happened in the story, inside the PKS.
 */
function storyStamper(db: Services['db'], timeZone: string): (day: string) => Promise<void> {
  const loadStart = new Date().toISOString();
  const stepsOn = new Map<string, number>();
  return async (day) => {
    const step = stepsOn.get(day) ?? 0;
    stepsOn.set(day, step + 1);
    const when = instantOf(day, `09:${String(Math.min(step, 59)).padStart(2, '0')}`, timeZone)
      .toInstant()
      .toString({ smallestUnit: 'millisecond' });
    for (const [table, column] of STAMPED) await restampSince(db, table, column, loadStart, when);
  };
}
