/**
 * PURE: the content of the accident report forms of a JKK claim, pre-filled from the claim —
 * stage-I report (shaped after BPJS Ketenagakerjaan "Formulir 3 KK 1"), stage-II report
 * ("Formulir 3 KK 2", a letter with its fields) and the doctor's statement to hand to the doctor
 * ("Formulir 3b KK 3", patient data pre-filled, the doctor's part left blank). Which public
 * source each layout follows: README "Accident report forms". A value the claim lacks is `null`
 * and is printed as a line to fill by hand.
 */
import { formatDateId } from '../core/dates.ts';
import { formatRupiah, terbilang } from '../core/money.ts';

export const FORM_KINDS = ['kk1', 'kk2', 'kk3'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

/** What the forms need from a claim, its employee, unit and agreement. Unknown facts are null (or ''). */
export interface ClaimFormFacts {
  claimNumber: string | null;
  program: 'JKK' | 'JKM';
  /** The claim's outcome code (recovered, partial_anatomical, …, death). */
  outcome: string;
  employer: { name: string; address: string; unit: string; npp: string | null };
  worker: {
    name: string;
    nik: string;
    kpj: string | null;
    sex: 'L' | 'P';
    birthPlace: string;
    birthDate: string | null;
    address: string;
    phone: string;
    position: string;
  };
  /** The reported monthly wage the benefits are computed on, when known. */
  wage: number | null;
  incident: { date: string; time: string; place: string; chronology: string };
  reporter: string;
  stage1ReportedOn: string | null;
  doctorStatementOn: string | null;
  stage2ReportedOn: string | null;
  /** From the claim's benefit request; null when the filer did not state it. */
  costs: { medical: number | null; transport: number | null; incapacityDays: number | null };
  /** Where the report is signed (the agreement's place). */
  signedAt: string;
}

/** One line of a form; a null value is printed as an empty line to fill by hand (`lines` of them). */
export interface FormRow {
  label: string;
  value: string | null;
  lines?: number;
}

export interface FormSection {
  title: string;
  note?: string;
  rows: FormRow[];
}

export interface Signer {
  role: string;
  /** Printed under the signature; null: a line for the name. */
  name: string | null;
  /** A small line under the name (e.g. "NIP", "cap fasilitas kesehatan"). */
  caption?: string;
}

export interface FormContent {
  kind: FormKind;
  /** The official form's code, e.g. "Formulir 3 KK 1". */
  code: string;
  title: string;
  /** Lines under the title (deadline, legal basis, claim number). */
  subtitle: string[];
  sections: FormSection[];
  signature: { place: string | null; date: string | null; left: Signer; right: Signer };
  /** The file name offered for download. */
  fileName: string;
}

export const FORM_TITLE: Record<FormKind, string> = {
  kk1: 'LAPORAN KASUS KECELAKAAN KERJA TAHAP I',
  kk2: 'LAPORAN KASUS KECELAKAAN KERJA TAHAP II',
  kk3: 'SURAT KETERANGAN DOKTER',
};

const FORM_CODE: Record<FormKind, string> = { kk1: 'Formulir 3 KK 1', kk2: 'Formulir 3 KK 2', kk3: 'Formulir 3b KK 3' };

/** Outcomes as the doctor's statement and the stage-II report list them. */
const OUTCOMES: [code: string, label: string][] = [
  ['recovered', 'Sembuh'],
  ['partial_anatomical', 'Cacat sebagian anatomis'],
  ['partial_functional', 'Cacat sebagian fungsi'],
  ['total_permanent', 'Cacat total tetap'],
  ['death', 'Meninggal dunia'],
];

/** The costs and days the filer stated in the claim's benefit request (JSON); null where not stated. */
export function requestCosts(requestJson: string): ClaimFormFacts['costs'] {
  const request = JSON.parse(requestJson) as { medicalCost?: unknown; transport?: unknown; incapacityDays?: unknown };
  const amount = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : null);
  const trips = Array.isArray(request.transport)
    ? request.transport.map((t) => amount((t as { cost?: unknown } | null)?.cost)).filter((c): c is number => c !== null)
    : [];
  return {
    medical: amount(request.medicalCost),
    transport: trips.length ? trips.reduce((s, c) => s + c, 0) : null,
    incapacityDays: amount(request.incapacityDays),
  };
}

/** Why a claim has no accident forms: they report a work accident (JKK), not a JKM death. */
export function formRefusal(program: 'JKK' | 'JKM'): string | null {
  return program === 'JKK'
    ? null
    : 'Formulir laporan kecelakaan kerja (tahap I, tahap II, surat keterangan dokter) hanya untuk klaim JKK; klaim ini klaim JKM (meninggal bukan karena kecelakaan kerja)';
}

/** "[X] a   [ ] b": a choice printed as tick boxes; nothing ticked when `chosen` is null. */
export function choices(options: readonly string[], chosen: string | null): string {
  return options.map((o) => `[${o === chosen ? 'X' : ' '}] ${o}`).join('   ');
}

const present = (text: string | null | undefined): string | null => (text?.trim() ? text.trim() : null);
const dateOrBlank = (date: string | null): string | null => (date ? formatDateId(date) : null);
const rupiahOrBlank = (amount: number | null): string | null => (amount === null ? null : formatRupiah(amount));

function employerSection(f: ClaimFormFacts, title: string): FormSection {
  return {
    title,
    rows: [
      { label: 'Nama pemberi kerja', value: present(f.employer.name) },
      { label: 'Unit kerja (OPD)', value: present(f.employer.unit) },
      { label: 'NPP', value: present(f.employer.npp) },
      { label: 'Alamat', value: present(f.employer.address) },
      { label: 'No. telepon/HP', value: null },
    ],
  };
}

function birth(f: ClaimFormFacts): string | null {
  const place = present(f.worker.birthPlace);
  const date = dateOrBlank(f.worker.birthDate);
  if (!place && !date) return null;
  return [place, date].filter(Boolean).join(', ');
}

function workerRows(f: ClaimFormFacts, full: boolean): FormRow[] {
  const rows: FormRow[] = [
    { label: 'Nama', value: present(f.worker.name) },
    { label: 'NIK', value: present(f.worker.nik) },
    { label: 'Nomor peserta (KPJ)', value: present(f.worker.kpj) },
    { label: 'Jenis kelamin', value: choices(['Laki-laki', 'Perempuan'], f.worker.sex === 'L' ? 'Laki-laki' : 'Perempuan') },
    { label: 'Tempat, tanggal lahir', value: birth(f) },
  ];
  if (full) rows.push({ label: 'Alamat', value: present(f.worker.address) }, { label: 'No. telepon/HP', value: present(f.worker.phone) });
  rows.push({ label: 'Jenis pekerjaan/jabatan', value: present(f.worker.position) }, { label: 'Unit/bidang/bagian', value: present(f.employer.unit) });
  return rows;
}

function wageRows(f: ClaimFormFacts): FormRow[] {
  return [
    { label: 'Upah yang dilaporkan', value: f.wage === null ? null : `${formatRupiah(f.wage)} per bulan` },
    { label: 'Terbilang', value: f.wage === null ? null : terbilang(f.wage) },
  ];
}

function incidentRows(f: ClaimFormFacts): FormRow[] {
  return [
    { label: 'Tanggal kecelakaan', value: formatDateId(f.incident.date) },
    { label: 'Jam kejadian', value: present(f.incident.time) },
    { label: 'Tempat kejadian', value: present(f.incident.place) },
  ];
}

const subtitleOf = (f: ClaimFormFacts, deadline: string): string[] => [
  deadline,
  `Nomor klaim: ${f.claimNumber ?? '-'} — peserta Penerima Upah (pegawai non-ASN)`,
];

/** Stage I (within 2 × 24 hours of the accident): employer, worker, wage, the accident, its effects, the report. */
export function stageOneForm(f: ClaimFormFacts): FormContent {
  return {
    kind: 'kk1',
    code: FORM_CODE.kk1,
    title: FORM_TITLE.kk1,
    subtitle: subtitleOf(f, 'Wajib dilaporkan dalam waktu 2 × 24 jam sejak terjadi kecelakaan kerja (Permenaker 5/2021 Pasal 8 ayat (2))'),
    sections: [
      employerSection(f, '1. Data pemberi kerja'),
      { title: '2. Data tenaga kerja', rows: workerRows(f, true) },
      { title: '3. Upah tenaga kerja', rows: wageRows(f) },
      { title: '4. Kecelakaan', rows: [...incidentRows(f), { label: 'Alamat lokasi kejadian', value: null }] },
      {
        title: '5. Uraian kejadian',
        rows: [
          { label: 'Bagaimana terjadinya', value: present(f.incident.chronology), lines: 3 },
          { label: 'Pekerjaan saat kecelakaan', value: null },
          { label: 'Saksi yang melihat', value: null, lines: 2 },
          { label: 'Penyebab (alat, bahan, cara kerja)', value: null },
        ],
      },
      {
        title: '6. Akibat kecelakaan',
        rows: [
          { label: 'Akibat yang diderita', value: choices(['Luka-luka', 'Sakit', 'Meninggal dunia'], f.outcome === 'death' ? 'Meninggal dunia' : null) },
          { label: 'Jenis cedera', value: null },
          { label: 'Bagian tubuh yang cedera', value: null },
          { label: 'Pertolongan pertama', value: null },
          { label: 'Dibawa ke / dirawat di', value: null },
          { label: 'Fasilitas kesehatan yang merawat', value: null },
          { label: 'Dokter/tenaga medis pertama', value: null },
        ],
      },
      {
        title: '7. Pelaporan',
        rows: [
          { label: 'Dilaporkan pada', value: dateOrBlank(f.stage1ReportedOn) },
          { label: 'Dilaporkan oleh', value: present(f.reporter) },
          { label: 'Jabatan pelapor', value: null },
        ],
      },
    ],
    signature: {
      place: present(f.signedAt),
      date: dateOrBlank(f.stage1ReportedOn),
      left: { role: 'Pelapor', name: present(f.reporter) },
      right: { role: 'Pemberi kerja (kepala unit kerja)', name: null, caption: 'tanda tangan dan cap' },
    },
    fileName: `laporan-tahap-1-${fileStem(f)}.pdf`,
  };
}

/** Stage II (within 2 × 24 hours of the doctor's statement): the worker's outcome, days unable to work, costs, the report. */
export function stageTwoForm(f: ClaimFormFacts): FormContent {
  const outcome = OUTCOMES.find(([code]) => code === f.outcome)?.[1] ?? null;
  const transportAndMedical = f.costs.medical === null && f.costs.transport === null ? null : (f.costs.medical ?? 0) + (f.costs.transport ?? 0);
  return {
    kind: 'kk2',
    code: FORM_CODE.kk2,
    title: FORM_TITLE.kk2,
    subtitle: subtitleOf(
      f,
      'Wajib dilaporkan dalam waktu 2 × 24 jam sejak tenaga kerja dinyatakan sembuh, cacat, atau meninggal dunia oleh dokter (Permenaker 5/2021 Pasal 19); laporan tahap II sekaligus pengajuan klaim',
    ),
    sections: [
      employerSection(f, 'A. Data pemberi kerja'),
      { title: 'B. Data tenaga kerja', rows: workerRows(f, false) },
      { title: 'C. Kecelakaan', rows: [...incidentRows(f), { label: 'Laporan tahap I pada', value: dateOrBlank(f.stage1ReportedOn) }] },
      {
        title: 'D. Keadaan tenaga kerja',
        rows: [
          {
            label: 'Keadaan menurut dokter',
            value: choices(
              OUTCOMES.map(([, label]) => label),
              outcome,
            ),
          },
          { label: 'Surat keterangan dokter tanggal', value: dateOrBlank(f.doctorStatementOn) },
          { label: 'Nomor surat keterangan dokter', value: null },
          { label: 'Dokter yang menerangkan', value: null },
          { label: 'Sementara tidak mampu bekerja (STMB)', value: f.costs.incapacityDays === null ? null : `${f.costs.incapacityDays} hari` },
          { label: 'Masa STMB (dari – sampai)', value: null },
          { label: 'Mulai bekerja kembali', value: null },
          { label: 'Bagian tubuh yang cacat dan persentasenya', value: null },
        ],
      },
      {
        title: 'E. Biaya',
        rows: [
          { label: 'Pengobatan dan perawatan', value: rupiahOrBlank(f.costs.medical) },
          { label: 'Pengangkutan', value: rupiahOrBlank(f.costs.transport) },
          { label: 'Jumlah', value: rupiahOrBlank(transportAndMedical) },
        ],
      },
      { title: 'F. Upah tenaga kerja', rows: wageRows(f) },
      {
        title: 'G. Pelaporan',
        rows: [
          { label: 'Dilaporkan pada', value: dateOrBlank(f.stage2ReportedOn) },
          { label: 'Dilaporkan oleh', value: present(f.reporter) },
          { label: 'Jabatan pelapor', value: null },
        ],
      },
    ],
    signature: {
      place: present(f.signedAt),
      date: dateOrBlank(f.stage2ReportedOn),
      left: { role: 'Pelapor', name: present(f.reporter) },
      right: { role: 'Pemberi kerja (kepala unit kerja)', name: null, caption: 'tanda tangan dan cap' },
    },
    fileName: `laporan-tahap-2-${fileStem(f)}.pdf`,
  };
}

/** The doctor's statement: the patient and the accident pre-filled; the doctor's part blank. */
export function doctorStatementForm(f: ClaimFormFacts): FormContent {
  return {
    kind: 'kk3',
    code: FORM_CODE.kk3,
    title: FORM_TITLE.kk3,
    subtitle: ['Diisi dan ditandatangani oleh dokter yang memeriksa/merawat, dibubuhi cap fasilitas kesehatan', `Nomor klaim: ${f.claimNumber ?? '-'}`],
    sections: [
      {
        title: 'A. Data pasien (diisi pemberi kerja)',
        rows: [
          ...workerRows(f, false).filter((r) => r.label !== 'Unit/bidang/bagian'),
          { label: 'Pemberi kerja', value: [present(f.employer.unit), present(f.employer.name)].filter(Boolean).join(', ') || null },
        ],
      },
      { title: 'B. Kecelakaan', rows: [...incidentRows(f), { label: 'Uraian singkat', value: present(f.incident.chronology), lines: 2 }] },
      {
        title: 'C. Keterangan dokter (diisi dokter)',
        rows: [
          { label: 'Fasilitas kesehatan', value: null },
          { label: 'Mulai diperiksa/dirawat', value: null },
          { label: 'Perawatan', value: choices(['Rawat jalan', 'Rawat inap'], null) },
          { label: 'Diagnosis', value: null, lines: 2 },
          { label: 'Bagian tubuh yang cedera', value: null },
          { label: 'Tindakan/pengobatan', value: null, lines: 2 },
          { label: 'Sementara tidak mampu bekerja', value: 'dari ................ sampai ................ (......... hari)' },
          {
            label: 'Keadaan akhir',
            value: choices(
              OUTCOMES.map(([, label]) => label),
              null,
            ),
          },
          { label: 'Bagian tubuh yang cacat dan persentasenya', value: null, lines: 2 },
          { label: 'Dinyatakan sembuh/cacat/meninggal pada', value: null },
          { label: 'Keterangan lain', value: null, lines: 2 },
        ],
      },
    ],
    signature: {
      place: null,
      date: null,
      left: { role: 'Pasien/keluarga', name: present(f.worker.name) },
      right: { role: 'Dokter pemeriksa', name: null, caption: 'nama, tanda tangan, cap' },
    },
    fileName: `surat-keterangan-dokter-${fileStem(f)}.pdf`,
  };
}

export function buildForm(kind: FormKind, facts: ClaimFormFacts): FormContent {
  if (kind === 'kk1') return stageOneForm(facts);
  if (kind === 'kk2') return stageTwoForm(facts);
  return doctorStatementForm(facts);
}

/** "KLM-2022-00001" from the claim number (file names carry no slash). */
function fileStem(f: ClaimFormFacts): string {
  return (f.claimNumber ?? 'klaim').replace(/[^A-Za-z0-9]+/g, '-');
}
