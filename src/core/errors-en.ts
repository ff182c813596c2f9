/**
 * Business-rule messages (AppError, written in Bahasa by the services) in English, translated once at the
 * HTTP edge when the request asks for English (src/http/errors.ts): a table of the Bahasa sentences, by
 * pattern, with their English. The parts inside — names, numbers, amounts — are carried over; Bahasa dates
 * ("2 Mei 2022") become English ones and the status words are translated. A message not in the table
 * stays Bahasa (the code and the details still say what happened).
 */
import { MONTHS_ID } from './dates.ts';
import { MONTHS_EN } from './language.ts';
import { MESSAGE_TEMPLATES } from './errors-en-table.ts';

const STATUS_EN: Record<string, string> = {
  draf: 'draft',
  diajukan: 'submitted',
  'diverifikasi BPJS': 'verified by BPJS',
  disetujui: 'approved',
  dibayar: 'paid',
  ditolak: 'rejected',
  terdaftar: 'registered',
  nonaktif: 'deactivated',
};
const OUTCOME_EN: Record<string, string> = {
  sembuh: 'recovered',
  'cacat sebagian anatomis': 'partial anatomical disability',
  'cacat sebagian fungsi': 'partial functional disability',
  'cacat total tetap': 'total permanent disability',
  'meninggal dunia': 'death',
};
const THING_EN: Record<string, string> = {
  Perjanjian: 'Agreement',
  Pengguna: 'User',
  'Unit kerja': 'Work unit',
  'Unit induk': 'Parent unit',
  Peserta: 'Participant',
  'Peserta dalam pengajuan ini': 'Participant in this batch',
  Pegawai: 'Employee',
  Instansi: 'Institution',
  Pengajuan: 'Batch',
  Klaim: 'Claim',
  'Kejadian force majeure': 'Force majeure event',
  Impor: 'Import',
  'Token API': 'API token',
  Tagihan: 'Bill',
  'Tindak lanjut': 'Follow-up',
  Perselisihan: 'Dispute',
  'Pemerintah daerah': 'Local government',
  Pembayaran: 'Payment',
  'Hari libur': 'Holiday',
  Dokumen: 'Document',
  'Dokumen adendum': 'Amendment document',
};

const status = (s: string): string => STATUS_EN[s] ?? s;

/** "2 Mei 2022" → "2 May 2022" and "Mei 2022" → "May 2022", wherever they are in a text. */
export function englishDates(text: string): string {
  return text.replace(new RegExp(`\\b(${MONTHS_ID.join('|')}) (\\d{4})\\b`, 'g'), (_, month: string, year: string) => `${MONTHS_EN[MONTHS_ID.indexOf(month as (typeof MONTHS_ID)[number])]} ${year}`);
}

type Rule = readonly [RegExp, (...parts: string[]) => string];

const RULES: readonly Rule[] = [
  [/^(.+) tidak ditemukan$/, (thing) => `${THING_EN[thing] ?? thing} not found`],
  [/^Anda tidak berwenang melakukan tindakan ini$/, () => 'You are not allowed to do this'],
  [/^Peran "(.+)" tidak berwenang untuk (.+)$/, (role, action) => `The role "${role}" is not allowed to ${action}`],
  [/^Nama pengguna atau kata sandi salah$/, () => 'Wrong username or password'],
  [/^Nama pengguna "(.+)" sudah dipakai$/, (name) => `The username "${name}" is already taken`],
  // Claims
  [/^Klaim berstatus (.+) tidak dapat menjadi (.+)$/, (from, to) => `A claim that is ${status(from)} cannot become ${status(to)}`],
  [/^Tanggal kejadian (.+) ada di masa depan$/, (day) => `The incident date ${day} is in the future`],
  [/^Tanggal laporan \((.+)\) sebelum tanggal kejadian \((.+)\)$/, (report, incident) => `The report date (${report}) is before the incident date (${incident})`],
  [/^(.+) sudah memiliki klaim kematian \(ID (\d+)\)$/, (name, id) => `${name} already has a death claim (ID ${id})`],
  [/^(.+) tidak terlindungi pada (.+?): (.+)$/, (name, day, reason) => `${name} is not protected on ${day}: ${reason}`],
  [/^Hak klaim hapus: lebih dari 5 tahun sejak kejadian \(batas (.+)\)$/, (due) => `The right to claim has lapsed: more than 5 years since the incident (deadline ${due})`],
  [/^Klaim (\S+) \((.+?)\) (.+) untuk kejadian (.+) sudah diajukan: (.*) \((.+)\)$/, (program, outcome, name, day, number, state) => `A ${program} claim (${OUTCOME_EN[outcome] ?? outcome}) for ${name} for the incident of ${day} has already been filed: ${number} (${status(state)})`],
  [/^Berkas kosong atau lebih dari 10 MB$/, () => 'The file is empty or larger than 10 MB'],
  [/^Klaim sudah selesai$/, () => 'The claim is already closed'],
  [/^Dokumen wajib belum lengkap: (.+)$/, (missing) => `Required documents are missing: ${missing}`],
  [/^Klaim berstatus (.+); pembayaran hanya untuk klaim yang disetujui$/, (s) => `The claim is ${status(s)}; payments are only for approved claims`],
  [/^Pembayaran melebihi sisa manfaat yang disetujui \((.+)\)$/, (rest) => `The payment exceeds what remains of the approved benefits (${rest})`],
  // Enrolment
  [/^Status peserta (.+) tidak dapat diubah menjadi (.+)$/, (from, to) => `A participant's status ${status(from)} cannot be changed to ${status(to)}`],
  [/^Nomor peserta (.+) sudah dipakai peserta lain$/, (kpj) => `The participant number ${kpj} is already used by another participant`],
  [/^Hanya pengajuan berstatus draf yang dapat diubah$/, () => 'Only a draft batch can be changed'],
  [/^Pengajuan (.+) sudah diajukan$/, (number) => `Batch ${number} has already been submitted`],
  [/^Pengajuan kosong; tambahkan pegawai terlebih dahulu$/, () => 'The batch is empty; add employees first'],
  [/^Hanya peserta terdaftar yang dapat dinonaktifkan \(status: (.+)\)$/, (s) => `Only a registered participant can be deactivated (status: ${status(s)})`],
  [/^Peserta sudah nonaktif sejak (.+)$/, (day) => `The participant has been deactivated since ${day}`],
  [/^Tanggal nonaktif harus setelah tanggal kepesertaan$/, () => 'The deactivation date must be after the registration date'],
  [/^Peserta tidak sedang nonaktif$/, () => 'The participant is not deactivated'],
  // Contributions
  [/^Perjanjian belum ditandatangani$/, () => 'The agreement has not been signed'],
  [/^Bulan (.+) di luar masa berlaku perjanjian \((.+) s\.d\. (.+)\)$/, (month, from, to) => `${month} is outside the agreement's term (${from} to ${to})`],
  [/^Bulan (.+) sudah ditagih pada tagihan (.+); untuk pendaftaran susulan buat tagihan susulan$/, (month, bill) => `${month} has already been billed on bill ${bill}; for late registrations issue a supplementary bill`],
  [/^Tagihan susulan dibuat per bulan$/, () => 'A supplementary bill covers one month'],
  [/^Bulan (.+) belum ditagih; buat tagihan biasa$/, (month) => `${month} has not been billed yet; issue a regular bill`],
  [/^Tanggal bayar (.+) ada di masa depan$/, (day) => `The payment date ${day} is in the future`],
  [/^Tanggal bayar (.+) sebelum perjanjian ditandatangani \((.+)\)$/, (day, signed) => `The payment date ${day} is before the agreement was signed (${signed})`],
  [/^Nomor referensi bank (.+) sudah dipakai untuk pembayaran lain \((.+)\)$/, (ref, other) => `The bank reference ${ref} is already used for another payment (${other})`],
  [/^Nota kredit tidak dibayar$/, () => 'A credit note is not paid'],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A part of a message in English: a status or thing word, a known message, else as it is (a name, a number). */
function part(text: string): string {
  const word = STATUS_EN[text] ?? THING_EN[text] ?? OUTCOME_EN[text];
  if (word) return word;
  return /[a-z]{3}/i.test(text) ? translated(text) ?? text : text;
}

/** The templates of errors-en-table.ts as rules, the most literal text first (a specific sentence before a general one). */
const TEMPLATE_RULES: readonly Rule[] = [...MESSAGE_TEMPLATES]
  .sort((a, b) => b[0].replace(/\{\}/g, '').length - a[0].replace(/\{\}/g, '').length)
  .map(([bahasa, english]): Rule => [
    new RegExp(`^${bahasa.split('{}').map(escape).join('(.*?)')}$`),
    (...parts: string[]) => english.replace(/\{(\d)\}/g, (_, n: string) => part(parts[Number(n) - 1] ?? '')),
  ]);

function translated(message: string): string | null {
  for (const [pattern, english] of [...RULES, ...TEMPLATE_RULES]) {
    const match = pattern.exec(message);
    if (match) return english(...match.slice(1));
  }
  return null;
}

/**
 * The English of a Bahasa business-rule message, or the message itself when the table does not know it. Several
 * refusals joined by "; " (a batch's or a form's problems) are translated one by one when each is known, else
 * the message is one sentence.
 */
export function englishMessage(message: string): string {
  const pieces = message.split('; ');
  if (pieces.length > 1) {
    const each = pieces.map(translated);
    if (each.every((p) => p !== null)) return englishDates(each.join('; '));
  }
  const whole = translated(message);
  return whole === null ? message : englishDates(whole);
}
