/**
 * The terms of an agreement: every rate, cap and benefit amount as data, each value with the
 * article or regulation it comes from. A terms version applies from its effective date until
 * the next version starts. An addendum or amendment (PKS Pasal 11) adds a version; code never
 * changes for it.
 */
import { z } from 'zod';
import { MONEY_MAX } from '../core/validation.ts';

/** A value with its legal basis, e.g. { value: 1765000, basis: 'PKS Pasal 4 ayat (2)' }. */
const cited = <T extends z.ZodType>(value: T) =>
  z.object({
    value,
    basis: z.string().min(1, 'Dasar hukum wajib diisi'),
    note: z.string().optional(),
  });

/** Integer rupiah up to the ceiling of every amount people enter (MONEY_MAX, Rp 1 triliun): a wage or a cap beyond it is a typing error, and contributions computed from it stay exact. */
const rupiah = z
  .number()
  .int('Harus bilangan bulat rupiah')
  .nonnegative('Tidak boleh negatif')
  .max(MONEY_MAX, 'Melebihi batas Rp 1.000.000.000.000 (1 triliun)');
const rate = z
  .object({ numerator: z.number().int().nonnegative(), denominator: z.number().int().positive() })
  .refine((r) => r.numerator <= r.denominator, { message: 'Tarif tidak boleh lebih dari 100%' });
const percent = z.number().int().min(0).max(100);

export const PAYMENT_MODES = ['monthly', 'yearly'] as const;
export type PaymentMode = (typeof PAYMENT_MODES)[number];

export const SCHOOL_LEVELS = ['TK', 'SD', 'SMP', 'SMA', 'PT'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export const stmbTierSchema = z.object({
  /** Months in this tier; null = until recovery, disability or death. */
  months: z.number().int().positive().nullable(),
  percentOfWage: percent,
});

const PP82 = 'PP 44/2015 jo. PP 82/2019';

/**
 * Medical care (PKS Pasal 7 ayat (1) huruf a): as medically needed, no cap (`value: null`). An
 * agreement may set a cap in rupiah. Terms stored before this term existed read it as this default.
 */
export const MEDICAL_CARE_CAP_DEFAULT: { value: number | null; basis: string; note?: string } = {
  value: null,
  basis: `PKS Pasal 7 ayat (1) huruf a; ${PP82}`,
};

/**
 * Hearing aid (alat bantu dengar), a JKK rehabilitation item of the regulation (PP 44/2015 jo.
 * PP 82/2019, Permenaker 5/2021). UNCONFIRMED amount: Rp 2.500.000 is found only in weak
 * secondary sources (reference regulation.md §1.2, S36c); the PKS omits the item, as it omits
 * glasses. Terms stored before this term existed read it as this default.
 */
export const HEARING_AID_CAP_DEFAULT: { value: number; basis: string; note?: string } = {
  value: 2_500_000,
  basis: `${PP82}; Permenaker 5/2021 (alat bantu dengar)`,
  note: 'Belum terkonfirmasi: besaran Rp 2.500.000 hanya dari sumber sekunder lemah (referensi §1.2). PKS tidak menyebut alat bantu dengar, seperti kacamata; hak dari regulasi.',
};

/**
 * The JKM scholarship: the right comes from the regulation's JKM benefits (PP 44/2015 Pasal 34 as
 * amended by PP 82/2019: beasiswa for 2 children with at least 3 years of contributions), not
 * from the JKK clause; amounts and levels are those of `scholarship`. The PKS is silent on it
 * (Pasal 7 ayat (2) lists no scholarship). `value: false` would switch it off for an agreement.
 */
export const JKM_SCHOLARSHIP_DEFAULT: { value: boolean; basis: string; note?: string } = {
  value: true,
  basis: 'PP 44/2015 Pasal 34 jo. PP 82/2019 (manfaat JKM: beasiswa pendidikan anak, masa iur paling singkat 3 tahun)',
  note: 'PKS Pasal 7 ayat (2) tidak menyebut beasiswa JKM; hak dari regulasi. Ayat/huruf Pasal 34 belum dikonfirmasi terhadap teks primer (referensi §1.3).',
};

/**
 * A child not yet in school ("belum sekolah") starts the scholarship when it enters school: the
 * first scholarship year (counted from the incident date) at whose start the child is at least
 * this age enters TK year 1. Age 4: Permendikbud 1/2021 Pasal 6 (TK kelompok A: 4–5 tahun); the
 * start "when the child enters school age" follows PP 82/2019 on beasiswa for children not yet of
 * school age. Both UNCONFIRMED against primary text in Lindung's references.
 */
export const SCHOOL_ENTRY_AGE_DEFAULT: { value: number; basis: string; note?: string } = {
  value: 4,
  basis: 'Permendikbud 1/2021 Pasal 6 (usia masuk TK kelompok A: 4 tahun); PP 44/2015 jo. PP 82/2019 (beasiswa diberikan saat anak memasuki usia sekolah)',
  note: 'Belum terkonfirmasi terhadap teks primer.',
};

/** Where the regency pays its contributions: a bank account, or a virtual account at a bank. */
export const paymentDestinationSchema = z
  .object({
    bank: z.string().trim().min(1, 'Nama bank wajib diisi'),
    accountNumber: z
      .string()
      .trim()
      .regex(/^[0-9][0-9 .-]{4,29}$/, 'Nomor rekening hanya angka (boleh titik, spasi atau tanda hubung)')
      .nullable()
      .default(null),
    accountName: z.string().trim().min(1, 'Nama pemilik rekening wajib diisi').nullable().default(null),
    virtualAccount: z
      .string()
      .trim()
      .regex(/^[0-9]{8,20}$/, 'Nomor virtual account 8–20 angka')
      .nullable()
      .default(null),
  })
  .refine((d) => d.virtualAccount !== null || (d.accountNumber !== null && d.accountName !== null), {
    message: 'Isi nomor dan nama pemilik rekening, atau nomor virtual account',
  });
export type PaymentDestination = z.infer<typeof paymentDestinationSchema>;

/**
 * The payment destination (bank account or virtual account) the bill names. The demo PKS does not
 * name one (Pasal 4 ayat (3) only says the regency pays PIHAK KEDUA): `value: null` until an
 * addendum or the agreement's terms set it. Terms stored before this term existed read it as this default.
 */
export const PAYMENT_DESTINATION_DEFAULT: { value: PaymentDestination | null; basis: string; note?: string } = {
  value: null,
  basis: 'PKS Pasal 4 ayat (3)',
  note: 'PKS tidak menyebut rekening tujuan pembayaran; tetapkan dengan adendum atau surat PIHAK KEDUA.',
};

export const termsSchema = z.object({
  contribution: z.object({
    reportedWage: cited(rupiah),
    jkkRate: cited(rate),
    jkmRate: cited(rate),
    rounding: cited(z.enum(['down', 'half_up'])),
    paymentModes: cited(z.array(z.enum(PAYMENT_MODES)).min(1, 'Minimal satu cara pembayaran')),
    dueDayOfFollowingMonth: cited(z.number().int().min(1).max(28)),
    latePaymentFine: cited(z.object({ enabled: z.boolean(), ratePerMonth: rate })),
    /** null = not set in the agreement. Absent in older stored terms: the default applies. */
    paymentDestination: cited(paymentDestinationSchema.nullable()).default(() => structuredClone(PAYMENT_DESTINATION_DEFAULT)),
  }),
  benefits: z.object({
    /** null = no cap (as medically needed). Absent in older stored terms: the default applies. */
    medicalCareCap: cited(rupiah.nullable()).default(() => structuredClone(MEDICAL_CARE_CAP_DEFAULT)),
    transportCap: z.object({ land: cited(rupiah), sea: cited(rupiah), air: cited(rupiah) }),
    stmbTiers: cited(z.array(stmbTierSchema).min(1)),
    disabilityWageMultiplier: cited(z.number().int().positive()),
    totalPermanentPercent: cited(percent),
    workDeathPercent: cited(percent),
    workDeathFloorIsJkmLumpSum: cited(z.boolean()),
    funeral: cited(rupiah),
    periodicLumpSum: cited(rupiah),
    orthosisSurchargePercent: cited(percent),
    denturesCap: cited(rupiah),
    glassesCap: cited(rupiah),
    /** Absent in older stored terms: the default applies. */
    hearingAidCap: cited(rupiah).default(() => structuredClone(HEARING_AID_CAP_DEFAULT)),
    homeCareCap: cited(rupiah),
    homeCareMaxMonths: cited(z.number().int().positive()),
    scholarship: cited(
      z.object({
        maxChildren: z.number().int().positive(),
        totalCap: rupiah,
        endAge: z.number().int().positive(),
        jkmMinContributionMonths: z.number().int().nonnegative(),
        levels: z.array(z.object({ level: z.enum(SCHOOL_LEVELS), perYear: rupiah, maxYears: z.number().int().positive() })),
      }),
    ),
    /** Absent in older stored terms: the defaults apply. */
    jkmScholarship: cited(z.boolean()).default(() => structuredClone(JKM_SCHOLARSHIP_DEFAULT)),
    schoolEntryAge: cited(z.number().int().nonnegative()).default(() => structuredClone(SCHOOL_ENTRY_AGE_DEFAULT)),
    jkmDeathLumpSum: cited(rupiah),
    jkmFuneral: cited(rupiah),
    jkmPeriodicLumpSum: cited(rupiah),
    claimExpiryYears: cited(z.number().int().positive()),
  }),
});

export type Terms = z.infer<typeof termsSchema>;
export type Cited<T> = { value: T; basis: string; note?: string };

/**
 * The regulation's defaults (PP 44/2015 as amended by PP 82/2019), used when a benefit quote
 * names no agreement and as the starting point of a new agreement's terms. Where the PKS text
 * and the regulation disagree (reference regulation.md §8) the regulation's value is held and a
 * note says why; an agreement may override.
 */
export const REGULATION_DEFAULT_TERMS: Terms = {
  contribution: {
    reportedWage: { value: 1_765_000, basis: 'PKS Pasal 4 ayat (2)' },
    jkkRate: { value: { numerator: 24, denominator: 10_000 }, basis: 'PP 44/2015 (kelompok risiko sangat rendah); PKS Pasal 4 ayat (1) huruf a' },
    jkmRate: { value: { numerator: 30, denominator: 10_000 }, basis: 'PP 44/2015; PKS Pasal 4 ayat (1) huruf b' },
    rounding: {
      value: 'down',
      basis: 'Tidak ada aturan resmi (referensi §3.2)',
      note: 'Dibulatkan ke bawah per komponen per orang, sesuai satu-satunya angka anggaran pemda yang ditemukan.',
    },
    paymentModes: { value: ['monthly', 'yearly'], basis: 'PKS Pasal 4 ayat (3)' },
    dueDayOfFollowingMonth: { value: 15, basis: 'PP 44/2015 (referensi §3.3)' },
    latePaymentFine: {
      value: { enabled: false, ratePerMonth: { numerator: 2, denominator: 100 } },
      basis: 'PP 44/2015 (referensi §3.3)',
      note: 'Denda 2% per bulan diatur untuk pemberi kerja selain penyelenggara negara; nonaktif kecuali disepakati.',
    },
    paymentDestination: { ...PAYMENT_DESTINATION_DEFAULT },
  },
  benefits: {
    medicalCareCap: { ...MEDICAL_CARE_CAP_DEFAULT },
    transportCap: {
      land: { value: 5_000_000, basis: `PKS Pasal 7 ayat (1) huruf b angka 1; ${PP82}` },
      sea: { value: 2_000_000, basis: `PKS Pasal 7 ayat (1) huruf b angka 2; ${PP82}`, note: 'Teks PKS menulis "dua juta ribu"; nilai regulasi Rp 2.000.000.' },
      air: { value: 10_000_000, basis: `PKS Pasal 7 ayat (1) huruf b angka 3; ${PP82}` },
    },
    stmbTiers: {
      value: [
        { months: 6, percentOfWage: 100 },
        { months: 6, percentOfWage: 100 },
        { months: null, percentOfWage: 50 },
      ],
      basis: `PKS Pasal 7 ayat (1) huruf c; ${PP82}`,
    },
    disabilityWageMultiplier: { value: 80, basis: `PKS Pasal 7 ayat (1) huruf d; ${PP82}` },
    totalPermanentPercent: { value: 70, basis: `PKS Pasal 7 ayat (1) huruf d angka 3; ${PP82}` },
    workDeathPercent: { value: 60, basis: `PKS Pasal 7 ayat (1) huruf e; ${PP82}` },
    workDeathFloorIsJkmLumpSum: {
      value: true,
      basis: PP82,
      note: 'PKS tidak menyebut batas bawah; regulasi: paling sedikit sebesar santunan kematian JKM.',
    },
    funeral: { value: 10_000_000, basis: `PKS Pasal 7 ayat (1) huruf f; ${PP82}` },
    periodicLumpSum: {
      value: 12_000_000,
      basis: `PKS Pasal 7 ayat (1) huruf g; ${PP82}`,
      note: 'Dibayar untuk kematian dan juga cacat total tetap (regulasi), walau PKS tidak menyebut cacat total tetap.',
    },
    orthosisSurchargePercent: { value: 40, basis: 'PKS Pasal 7 ayat (1) huruf h', note: 'Belum terverifikasi terhadap teks regulasi.' },
    denturesCap: { value: 5_000_000, basis: 'PKS Pasal 7 ayat (1) huruf i', note: 'Hanya sumber sekunder lemah.' },
    glassesCap: { value: 1_000_000, basis: PP82, note: 'PKS tidak menyebut kacamata; nilai dari regulasi (poster BPJS).' },
    hearingAidCap: { ...HEARING_AID_CAP_DEFAULT },
    homeCareCap: {
      value: 20_000_000,
      basis: `PKS Pasal 7 ayat (1) huruf k; ${PP82}`,
      note: 'PKS menulis "sebesar"; regulasi: paling banyak Rp 20.000.000.',
    },
    homeCareMaxMonths: { value: 12, basis: `PKS Pasal 7 ayat (1) huruf k; ${PP82}` },
    scholarship: {
      value: {
        maxChildren: 2,
        totalCap: 174_000_000,
        endAge: 23,
        jkmMinContributionMonths: 36,
        levels: [
          { level: 'TK', perYear: 1_500_000, maxYears: 2 },
          { level: 'SD', perYear: 1_500_000, maxYears: 6 },
          { level: 'SMP', perYear: 2_000_000, maxYears: 3 },
          { level: 'SMA', perYear: 3_000_000, maxYears: 3 },
          { level: 'PT', perYear: 12_000_000, maxYears: 5 },
        ],
      },
      basis: `PKS Pasal 7 ayat (1) huruf j (beasiswa JKK); ${PP82}; Permenaker 5/2021`,
      note: 'PKS menulis "2 (satu) anak" dan Rp 174.000.000 seolah sekaligus; regulasi: paling banyak 2 anak, dibayar per tahun sesuai jenjang.',
    },
    jkmScholarship: { ...JKM_SCHOLARSHIP_DEFAULT },
    schoolEntryAge: { ...SCHOOL_ENTRY_AGE_DEFAULT },
    jkmDeathLumpSum: { value: 20_000_000, basis: `PKS Pasal 7 ayat (2) angka 1; ${PP82}` },
    jkmFuneral: { value: 10_000_000, basis: `PKS Pasal 7 ayat (2) angka 2; ${PP82}` },
    jkmPeriodicLumpSum: { value: 12_000_000, basis: `PKS Pasal 7 ayat (2) angka 3; ${PP82}` },
    claimExpiryYears: { value: 5, basis: 'PP 82/2019 Pasal 26' },
  },
};
