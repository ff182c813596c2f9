/**
 * Business-rule messages (AppError, written in Bahasa by the services) in English, translated once at the
 * HTTP edge when the request asks for English (src/http/errors.ts): a table of the Bahasa sentences, by
 * pattern, with their English. The parts inside — names, numbers, amounts — are carried over; Bahasa dates
 * ("2 Mei 2022") become English ones and the status words are translated. A message not in the table
 * stays Bahasa (the code and the details still say what happened).
 */
import { MONTHS_ID } from './dates.ts';
import { MONTHS_EN } from './language.ts';
import { ACTION_WORDS, ROLE_WORDS } from './policy.ts';

const ROLE_EN = new Map(Object.values(ROLE_WORDS).map((w) => [w.id, w.en]));
const ACTION_EN = new Map(Object.values(ACTION_WORDS).map((w) => [w.id, w.en]));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const REFUSAL = new RegExp(`^(${[...ROLE_EN.keys()].map(escape).join('|')}) tidak berwenang (.+)$`);

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
  [REFUSAL, (role, action) => `${ROLE_EN.get(role) ?? role} may not ${ACTION_EN.get(action) ?? action}`],
  [/^Nama pengguna atau kata sandi salah$/, () => 'Wrong username or password'],
  [/^Nama pengguna "(.+)" sudah dipakai$/, (name) => `The username "${name}" is already taken`],
  // Access, accounts and institutions (issue #11)
  [/^Terlalu banyak percobaan masuk\. Coba lagi dalam (\d+) menit\.$/, (n) => `Too many sign-in attempts. Try again in ${n} minute${n === '1' ? '' : 's'}.`],
  [/^Silakan masuk terlebih dahulu$/, () => 'Please sign in first'],
  [/^Token API tidak sah atau sudah dicabut$/, () => 'The API token is invalid or has been revoked'],
  [/^Token CSRF tidak sah; muat ulang halaman lalu coba lagi$/, () => 'Invalid CSRF token; reload the page and try again'],
  [/^Ganti kata sandi sekali pakai Anda terlebih dahulu$/, () => 'Change your one-time password first'],
  [/^Akun belum terikat pada instansi \(pemerintah daerah atau kantor cabang BPJS\); minta administrator sistem mengikat akun Anda$/, () => 'Your account is not bound to an institution (a local government or a BPJS branch office); ask the system administrator to bind it'],
  [/^Akun operator OPD belum terikat pada unit kerja; minta administrator mengikat akun Anda$/, () => 'This work unit operator account is not bound to a work unit; ask the administrator to bind it'],
  [/^Akun Anda belum terikat pada instansi; hubungi administrator sistem$/, () => 'Your account is not bound to an institution; contact the system administrator'],
  [/^Pengguna harus terikat pada satu instansi \(pemerintah daerah atau kantor cabang BPJS\)$/, () => 'A user must be bound to one institution (a local government or a BPJS branch office)'],
  [/^Operator OPD harus terikat pada satu unit kerja \(workUnitId\)$/, () => 'A work unit operator must be bound to one work unit (workUnitId)'],
  [/^Hanya operator OPD dan pemantau yang terikat pada unit kerja$/, () => 'Only work unit operators and viewers are bound to a work unit'],
  [/^Unit kerja "(.+)" sudah ditutup sejak (.+)$/, (unit, day) => `Work unit "${unit}" has been closed since ${day}`],
  [/^Kode unit "(.+)" sudah ada$/, (code) => `The unit code "${code}" already exists`],
  [/^Unit kerja itu milik instansi lain$/, () => 'That work unit belongs to another institution'],
  [/^Unit kerja (.+) ditutup sejak (.+); unit itu tidak menerima operator atau pemantau baru$/, (unit, day) => `Work unit ${unit} is closed from ${day}; it takes no new operator or viewer`],
  [/^Admin dan operator OPD terikat pada pemerintah daerah, bukan kantor cabang BPJS$/, () => 'Administrators and work unit operators are bound to a local government, not a BPJS branch office'],
  [/^Petugas BPJS terikat pada kantor cabang BPJS$/, () => 'BPJS officers are bound to a BPJS branch office'],
  [/^Administrator sistem tidak terikat pada instansi atau unit kerja$/, () => 'The system administrator is bound to no institution or work unit'],
  [/^Administrator instansi hanya dapat memberi peran admin, operator OPD atau pemantau$/, () => "An institution's administrator can only give the roles administrator, work unit operator or viewer"],
  [/^Anda tidak dapat menonaktifkan akun sendiri atau mengubah peran sendiri$/, () => 'You cannot deactivate your own account or change your own role'],
  [/^Kata sandi minimal (\d+) karakter$/, (n) => `The password must have at least ${n} characters`],
  [/^Kata sandi tidak boleh memuat nama pengguna$/, () => 'The password must not contain the username'],
  [/^Kata sandi terlalu umum dan mudah ditebak; pilih yang lain$/, () => 'The password is too common and easy to guess; choose another'],
  [/^Kata sandi saat ini salah$/, () => 'The current password is wrong'],
  [/^Kata sandi baru harus berbeda dari yang lama$/, () => 'The new password must differ from the old one'],
  [/^Instansi "(.+)" sudah ada$/, (name) => `The institution "${name}" already exists`],
  [/^Tingkat pemerintah wajib: kabupaten, kota atau provinsi$/, () => 'The level of government is required: regency, city or province'],
  [/^Kantor cabang BPJS tidak mempunyai tingkat pemerintah$/, () => 'A BPJS branch office has no level of government'],
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

/** The English of a Bahasa business-rule message, or the message itself when the table does not know it. */
export function englishMessage(message: string): string {
  for (const [pattern, english] of RULES) {
    const match = pattern.exec(message);
    if (match) return englishDates(english(...match.slice(1)));
  }
  return message;
}
