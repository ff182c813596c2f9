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
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const REFUSAL = new RegExp(`^(${[...ROLE_EN.keys()].map(escapeRegExp).join('|')}) tidak berwenang (.+)$`);
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
/** "Triwulan IV 2026" → "Quarter IV 2026", "Tahun 2023" → "Year 2023" (a month is left to englishDates). */
const periodEn = (label: string): string => label.replace(/^Triwulan /, 'Quarter ').replace(/^Tahun /, 'Year ');

/** What is wrong with a holiday file's entry, in English. */
function holidayProblem(problem: string): string {
  if (problem.startsWith('bukan tanggal')) return 'not a date that exists, or not written YYYY-MM-DD';
  const year = /^tanggal di luar tahun (\d{4})$/.exec(problem);
  if (year) return `the date is outside the year ${year[1]}`;
  return problem.replace(/^tanggal sama dengan (.+)$/, 'the same date as $1');
}

/** "2 Mei 2022" → "2 May 2022" and "Mei 2022" → "May 2022", wherever they are in a text. */
export function englishDates(text: string): string {
  return text.replace(
    new RegExp(`\\b(${MONTHS_ID.join('|')}) (\\d{4})\\b`, 'g'),
    (_, month: string, year: string) => `${MONTHS_EN[MONTHS_ID.indexOf(month as (typeof MONTHS_ID)[number])]} ${year}`,
  );
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
  [
    /^Akun belum terikat pada instansi \(pemerintah daerah atau kantor cabang BPJS\); minta administrator sistem mengikat akun Anda$/,
    () => 'Your account is not bound to an institution (a local government or a BPJS branch office); ask the system administrator to bind it',
  ],
  [
    /^Akun operator OPD belum terikat pada unit kerja; minta administrator mengikat akun Anda$/,
    () => 'This work unit operator account is not bound to a work unit; ask the administrator to bind it',
  ],
  [
    /^Akun Anda belum terikat pada instansi; hubungi administrator sistem$/,
    () => 'Your account is not bound to an institution; contact the system administrator',
  ],
  [
    /^Pengguna harus terikat pada satu instansi \(pemerintah daerah atau kantor cabang BPJS\)$/,
    () => 'A user must be bound to one institution (a local government or a BPJS branch office)',
  ],
  [/^Operator OPD harus terikat pada satu unit kerja \(workUnitId\)$/, () => 'A work unit operator must be bound to one work unit (workUnitId)'],
  [/^Hanya operator OPD dan pemantau yang terikat pada unit kerja$/, () => 'Only work unit operators and viewers are bound to a work unit'],
  [/^Unit kerja "(.+)" sudah ditutup sejak (.+)$/, (unit, day) => `Work unit "${unit}" has been closed since ${day}`],
  [/^Kode unit "(.+)" sudah ada$/, (code) => `The unit code "${code}" already exists`],
  [/^Unit kerja itu milik instansi lain$/, () => 'That work unit belongs to another institution'],
  [
    /^Unit kerja (.+) ditutup sejak (.+); unit itu tidak menerima operator atau pemantau baru$/,
    (unit, day) => `Work unit ${unit} is closed from ${day}; it takes no new operator or viewer`,
  ],
  [
    /^Admin dan operator OPD terikat pada pemerintah daerah, bukan kantor cabang BPJS$/,
    () => 'Administrators and work unit operators are bound to a local government, not a BPJS branch office',
  ],
  [/^Petugas BPJS terikat pada kantor cabang BPJS$/, () => 'BPJS officers are bound to a BPJS branch office'],
  [/^Administrator sistem tidak terikat pada instansi atau unit kerja$/, () => 'The system administrator is bound to no institution or work unit'],
  [
    /^Administrator instansi hanya dapat memberi peran admin, operator OPD atau pemantau$/,
    () => "An institution's administrator can only give the roles administrator, work unit operator or viewer",
  ],
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
  [
    /^Tanggal laporan \((.+)\) sebelum tanggal kejadian \((.+)\)$/,
    (report, incident) => `The report date (${report}) is before the incident date (${incident})`,
  ],
  [/^(.+) sudah memiliki klaim kematian \(ID (\d+)\)$/, (name, id) => `${name} already has a death claim (ID ${id})`],
  [/^(.+) tidak terlindungi pada (.+?): (.+)$/, (name, day, reason) => `${name} is not protected on ${day}: ${reason}`],
  [
    /^Hak klaim hapus: lebih dari 5 tahun sejak kejadian \(batas (.+)\)$/,
    (due) => `The right to claim has lapsed: more than 5 years since the incident (deadline ${due})`,
  ],
  [
    /^Klaim (\S+) \((.+?)\) (.+) untuk kejadian (.+) sudah diajukan: (.*) \((.+)\)$/,
    (program, outcome, name, day, number, state) =>
      `A ${program} claim (${OUTCOME_EN[outcome] ?? outcome}) for ${name} for the incident of ${day} has already been filed: ${number} (${status(state)})`,
  ],
  [/^Berkas kosong atau lebih dari 10 MB$/, () => 'The file is empty or larger than 10 MB'],
  [/^Klaim sudah selesai$/, () => 'The claim is already closed'],
  [/^Dokumen wajib belum lengkap: (.+)$/, (missing) => `Required documents are missing: ${missing}`],
  [/^Klaim berstatus (.+); pembayaran hanya untuk klaim yang disetujui$/, (s) => `The claim is ${status(s)}; payments are only for approved claims`],
  [/^Pembayaran melebihi sisa manfaat yang disetujui \((.+)\)$/, (rest) => `The payment exceeds what remains of the approved benefits (${rest})`],
  [
    /^Jam kejadian (.+) pada (.+) ada di masa depan \(sekarang pukul (.+)\)$/,
    (time, day, now) => `The incident time ${time} on ${day} is in the future (it is now ${now})`,
  ],
  // Quotes and claims under an agreement (issue #12); a claim puts the person's name first
  [
    /^(?:(.+?): )?Tanggal kejadian (.+) di luar masa berlaku perjanjian (.+) \((.+) s\.d\. (.+)\); manfaat tidak dihitung menurut perjanjian ini \(PKS Pasal 10\)$/,
    (name, day, n, from, to) =>
      `${name ? `${name}: ` : ''}The incident date ${day} is outside the term of agreement ${n} (${from} to ${to}); benefits are not computed under this agreement (PKS Pasal 10)`,
  ],
  [
    /^(?:(.+?): )?Tanggal kejadian (.+) tidak dapat dihitung menurut perjanjian (.+): perjanjian belum ditandatangani$/,
    (name, day, n) => `${name ? `${name}: ` : ''}The incident date ${day} cannot be computed under agreement ${n}: the agreement has not been signed`,
  ],
  [
    /^Upah yang dilaporkan menurut PKS adalah (Rp [\d.]+) \((.+)\); manfaat dihitung dari upah tersebut, bukan (Rp [\d.]+)\. Kosongkan upah atau isi (Rp [\d.]+)\.$/,
    (wage, basis, stated, again) =>
      `The reported wage under the PKS is ${wage} (${basis}); benefits are computed on that wage, not ${stated}. Leave the wage empty or enter ${again}.`,
  ],
  // The agreement's life (issue #12)
  [
    /^Perjanjian (.+) berlaku (.+) s\.d\. (.+); pendaftaran peserta pada (.+) di luar masa berlaku perjanjian$/,
    (n, from, to, day) => `Agreement ${n} runs from ${from} to ${to}; enrolling participants on ${day} is outside its term`,
  ],
  [
    /^Perjanjian (.+) berlaku (.+) s\.d\. (.+); tanggal kepesertaan (.+) di luar masa berlaku perjanjian$/,
    (n, from, to, day) => `Agreement ${n} runs from ${from} to ${to}; the registration date ${day} is outside its term`,
  ],
  [
    /^Perjanjian (.+) belum ditandatangani; pendaftaran peserta belum dapat dilakukan$/,
    (n) => `Agreement ${n} has not been signed; participants cannot be enrolled yet`,
  ],
  [
    /^Tanggal mulai perpanjangan \((.+)\) tumpang tindih dengan perjanjian sebelumnya yang berlaku s\.d\. (.+); perpanjangan paling cepat mulai (.+)$/,
    (start, end, earliest) =>
      `The renewal's start (${start}) overlaps the previous agreement, in force until ${end}; the renewal can start on ${earliest} at the earliest`,
  ],
  [
    /^Tanggal penandatanganan \((.+)\) setelah tanggal mulai berlaku \((.+)\); perpanjangan ditandatangani paling lambat pada hari pertama berlakunya$/,
    (signed, start) => `The signing date (${signed}) is after the start date (${start}); a renewal is signed on its first day at the latest`,
  ],
  [
    /^Tanggal penandatanganan \((.+)\) sebelum perjanjian yang diperpanjang berlaku \((.+)\)$/,
    (signed, from) => `The signing date (${signed}) is before the renewed agreement came into force (${from})`,
  ],
  [
    /^Perjanjian (.+) sudah diperpanjang dengan perjanjian (.+) \(ID (\d+)\); perpanjangan kedua tidak dapat dibuat$/,
    (n, next, id) => `Agreement ${n} has already been renewed by agreement ${next} (ID ${id}); a second renewal cannot be made`,
  ],
  [
    /^Perjanjian (.+) belum ditandatangani; yang dapat diperpanjang hanya perjanjian yang sudah berlaku$/,
    (n) => `Agreement ${n} has not been signed; only an agreement in force can be renewed`,
  ],
  [
    /^Perjanjian (.+) diakhiri lebih awal pada (.+); buat perjanjian baru, bukan perpanjangan$/,
    (n, day) => `Agreement ${n} was terminated early on ${day}; make a new agreement, not a renewal`,
  ],
  [
    /^Perpanjangan belum ditandatangani; peserta dilanjutkan setelah penandatanganan$/,
    () => 'The renewal has not been signed; participants are carried over once it is signed',
  ],
  [
    /^Ada jeda (\d+) hari tanpa perjanjian \((.+) s\.d\. (.+)\): pegawai tidak terlindungi pada hari-hari itu$/,
    (days, from, to) => `A gap of ${days} days without an agreement (${from} to ${to}): employees are not protected on those days`,
  ],
  // Holiday calendar (issue #12)
  [
    /^Berkas hari libur ditolak, tidak ada yang disimpan: tahun (\d{4}), entri ke-(\d+) \((.+)\): (bukan tanggal yang ada atau tidak berformat TTTT-BB-HH|tanggal di luar tahun \d{4}|tanggal sama dengan .+)( \(dan (\d+) entri lain\))?$/,
    (year, n, entry, problem, _more, others) =>
      `The holiday file was refused, nothing was stored: year ${year}, entry ${n} (${entry}): ${holidayProblem(problem)}${others ? ` (and ${others} other entries)` : ''}`,
  ],
  [
    /^(.+) sudah tercatat sebagai (libur nasional|cuti bersama) "(.+)"$/,
    (day, kind, name) => `${day} is already recorded as ${kind === 'cuti bersama' ? 'a collective leave day (cuti bersama)' : 'a national holiday'} "${name}"`,
  ],
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
  [
    /^Bulan (.+) sudah ditagih pada tagihan (.+); untuk pendaftaran susulan buat tagihan susulan$/,
    (month, bill) => `${month} has already been billed on bill ${bill}; for late registrations issue a supplementary bill`,
  ],
  [/^Tagihan susulan dibuat per bulan$/, () => 'A supplementary bill covers one month'],
  [/^Bulan (.+) belum ditagih; buat tagihan biasa$/, (month) => `${month} has not been billed yet; issue a regular bill`],
  [/^Tanggal bayar (.+) ada di masa depan$/, (day) => `The payment date ${day} is in the future`],
  [
    /^Tanggal bayar (.+) sebelum perjanjian ditandatangani \((.+)\)$/,
    (day, signed) => `The payment date ${day} is before the agreement was signed (${signed})`,
  ],
  [
    /^Nomor referensi bank (.+) sudah dipakai untuk pembayaran lain \((.+)\)$/,
    (ref, other) => `The bank reference ${ref} is already used for another payment (${other})`,
  ],
  [
    /^Nomor referensi (.+) sudah dipakai untuk pembayaran lain klaim ini \((.+)\)$/,
    (ref, other) => `The reference ${ref} is already used for another payment of this claim (${other})`,
  ],
  [/^Nota kredit tidak dibayar$/, () => 'A credit note is not paid'],
  [
    /^Permintaan ini bertabrakan dengan permintaan lain yang berjalan bersamaan dan tidak disimpan; coba lagi$/,
    () => 'This request collided with another one running at the same time and was not saved; try again',
  ],
  // Reports
  [
    /^Periode (.+) \((.+) s\.d\. (.+)\) dimulai setelah perjanjian (.+) berakhir pada (.+); pilih periode sampai (.+)$/,
    (label, from, to, number, end) =>
      `The period ${periodEn(label)} (${from} to ${to}) starts after agreement ${number} ended on ${end}; choose a period up to ${end}`,
  ],
];

/** A part of a message in English: a status or thing word, a known message, else as it is (a name, a number). */
function part(text: string): string {
  const word = STATUS_EN[text] ?? THING_EN[text] ?? OUTCOME_EN[text];
  if (word) return word;
  return /[a-z]{3}/i.test(text) ? (translated(text) ?? text) : text;
}

/** The templates of errors-en-table.ts as rules, the most literal text first (a specific sentence before a general one). */
const TEMPLATE_RULES: readonly Rule[] = [...MESSAGE_TEMPLATES]
  .sort((a, b) => b[0].replace(/\{\}/g, '').length - a[0].replace(/\{\}/g, '').length)
  .map(
    ([bahasa, english]): Rule => [
      new RegExp(`^${bahasa.split('{}').map(escapeRegExp).join('(.*?)')}$`),
      (...parts: string[]) => english.replace(/\{(\d)\}/g, (_, n: string) => part(parts[Number(n) - 1] ?? '')),
    ],
  );

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
