/**
 * Who is protected on which day, as one of four STATES (PKS Pasal 4 ayat 3 and Pasal 10;
 * PP 44/2015 on contributions and arrears). Pure: the facts are gathered by the service.
 *
 *   protected_paid    enrolled, covered, and the month of the day paid in full;
 *   awaiting_payment  enrolled, covered, the month not (fully) paid but not yet due — protected
 *                     (contributions of a month fall due on the 15th of the next month; a covered
 *                     month with no bill yet is in this state too while its due date is ahead);
 *   in_arrears        enrolled, covered, the month past due and not fully paid — the regulation's
 *                     consequence for benefits is stated (ARREARS_CONSEQUENCE);
 *   not_covered       not enrolled, before the agreement is signed, outside its validity, before
 *                     enrolment, or deactivated.
 *
 * In arrears on a day: an earlier month of the participation was unpaid past its due date before
 * that day (the employer was in arrears then), or the day's own month is unpaid past its due date
 * on `asOf` (today). A month counts as paid when payments (and credit) cover it in full.
 */
import { formatDay, formatMonth, textLanguage, tr } from '../core/language.ts';
import { daysBetween } from '../core/dates.ts';
import { formatRupiah, type Rupiah } from '../core/money.ts';
import { isWithinValidity, validFrom } from '../agreements/model.ts';
import { addPeriods, monthBalances, monthDueDate, periodOf } from './rules.ts';
import type { HolidayCalendar } from '../holidays/model.ts';

export type ProtectionState = 'protected_paid' | 'awaiting_payment' | 'in_arrears' | 'not_covered';
export const PROTECTION_STATES: readonly ProtectionState[] = ['protected_paid', 'awaiting_payment', 'in_arrears', 'not_covered'];

/** The states as people read them (Bahasa Indonesia; the web has both catalogues). */
export const STATE_LABEL: Record<ProtectionState, string> = {
  protected_paid: 'Terlindungi, iuran lunas',
  awaiting_payment: 'Terlindungi, iuran belum jatuh tempo',
  in_arrears: 'Menunggak iuran',
  not_covered: 'Tidak terlindungi',
};

/** Why someone is not covered. */
export type NotCoveredCode = 'not_enrolled' | 'before_agreement' | 'outside_validity' | 'before_enrolment' | 'deactivated';
/** The detailed code: the state itself, or for not_covered the reason. */
export type ProtectionCode = Exclude<ProtectionState, 'not_covered'> | NotCoveredCode;
export const PROTECTION_CODES: readonly ProtectionCode[] = [
  'protected_paid',
  'awaiting_payment',
  'in_arrears',
  'not_enrolled',
  'before_agreement',
  'outside_validity',
  'before_enrolment',
  'deactivated',
];

/** The parameters a state carries (the doors format them; people never see the code). */
export interface ProtectionParams {
  /** The month of the day asked about ('YYYY-MM'). */
  period?: string;
  /** When that month's contributions fall (or fell) due. */
  dueDate?: string;
  /** The bill that charges the month; null when it is not billed yet. */
  billNumber?: string | null;
  /** What that month still owes on its bill (rupiah; the whole month when it has no bill). */
  outstanding?: Rupiah | null;
  /** Days past the due date of the oldest month in arrears, on `asOf` (in_arrears). */
  daysOverdue?: number;
  /** How many months are in arrears, and the oldest of them (in_arrears). */
  monthsInArrears?: number;
  /** The longest run of consecutive months among them (in_arrears; decides the consequence). */
  consecutiveMonthsInArrears?: number;
  arrearsFrom?: string;
  /** The date a not_covered reason starts or ends at (signing, enrolment, deactivation). */
  since?: string;
}

export interface Consequence {
  text: string;
  basis: string;
  confirmed: boolean;
}

/**
 * What happens to benefits while the employer's contributions are overdue. PP 44/2015 (as amended
 * by PP 82/2019) — the article on employers in arrears (thought to be around Pasal 59) — could not
 * be read in a primary text, so this is UNCONFIRMED; the rule below is BPJS Ketenagakerjaan's own wording
 * as quoted by GridStar (24 Mar 2023), and matches the parallel primary text for JKP in PP 6/2025
 * Pasal 39. Both are worded for "pemberi kerja selain penyelenggara negara"; whether they bind a
 * regency government is not confirmed either (reference §3.3). Lindung accepts a claim in arrears
 * and states this consequence.
 */
export const ARREARS_CONSEQUENCE: Consequence = {
  text:
    'Iuran menunggak. Bila tunggakan sampai 3 bulan berturut-turut, BPJS Ketenagakerjaan tetap membayar manfaat JKK dan pemberi kerja wajib melunasi tunggakan; ' +
    'bila lebih dari 3 bulan, pemberi kerja membayar lebih dahulu manfaat JKK kepada peserta atau ahli waris, lalu dapat meminta penggantian kepada BPJS Ketenagakerjaan setelah melunasi tunggakan dan denda. ' +
    'Untuk JKM ketentuan yang sama belum terkonfirmasi.',
  basis:
    'PP 44/2015 jo. PP 82/2019, ketentuan tentang pemberi kerja yang menunggak iuran (nomor pasal dan teks primer belum ditemukan — belum terkonfirmasi); ' +
    'laman BPJS Ketenagakerjaan dikutip GridStar 24-03-2023; sejalan dengan PP 6/2025 Pasal 39 (JKP). Ditulis untuk pemberi kerja selain penyelenggara negara: penerapan pada pemerintah daerah belum terkonfirmasi.',
  confirmed: false,
};

/**
 * The consequence for `months` months in arrears of which at most `consecutive` follow one another:
 * which of the two cases applies, then the rule. The rule counts months in arrears "berturut-turut",
 * so the case is decided by the longest run of consecutive months, not by the total.
 */
export function arrearsConsequence(months: number, consecutive: number = months): Consequence {
  if (textLanguage() === 'en') {
    const count =
      months === consecutive
        ? `${months} ${months > 1 ? 'consecutive months' : 'month'} in arrears`
        : `${months} months in arrears, at most ${consecutive} in a row`;
    const which =
      consecutive > 3
        ? `${count} (more than 3 months in a row): the employer pays the JKK benefits first. `
        : `${count} (up to 3 months in a row): BPJS Ketenagakerjaan still pays the JKK benefits. `;
    return { ...ARREARS_CONSEQUENCE_EN, text: which + ARREARS_CONSEQUENCE_EN.text };
  }
  const count =
    months === consecutive
      ? `Tunggakan ${months} bulan${months > 1 ? ' berturut-turut' : ''}`
      : `Tunggakan ${months} bulan, paling lama ${consecutive} bulan berturut-turut`;
  const which =
    consecutive > 3
      ? `${count} (lebih dari 3 bulan berturut-turut): pemberi kerja membayar lebih dahulu manfaat JKK. `
      : `${count} (sampai 3 bulan berturut-turut): BPJS Ketenagakerjaan tetap membayar manfaat JKK. `;
  return { ...ARREARS_CONSEQUENCE, text: which + ARREARS_CONSEQUENCE.text };
}

/** The same consequence for English screens. */
const ARREARS_CONSEQUENCE_EN: Consequence = {
  text:
    'Contributions in arrears. With arrears of up to 3 consecutive months, BPJS Ketenagakerjaan still pays the JKK benefits and the employer must settle the arrears; ' +
    'beyond 3 months, the employer first pays the JKK benefits to the participant or the heirs and may ask BPJS Ketenagakerjaan to reimburse them after settling the arrears and fines. ' +
    'Whether the same applies to JKM is unconfirmed.',
  basis:
    'PP 44/2015 jo. PP 82/2019, the provision on employers in arrears (article number and primary text not found — unconfirmed); ' +
    'BPJS Ketenagakerjaan page quoted by GridStar 24-03-2023; in line with PP 6/2025 Pasal 39 (JKP). Worded for employers other than state bodies: whether it applies to a regional government is unconfirmed.',
  confirmed: false,
};

/** The longest run of consecutive months among `periods` ('YYYY-MM', ascending, distinct). */
export function longestRun(periods: readonly string[]): number {
  let longest = 0;
  let run = 0;
  let previous: string | null = null;
  for (const p of periods) {
    run = previous !== null && addPeriods(previous, 1) === p ? run + 1 : 1;
    if (run > longest) longest = run;
    previous = p;
  }
  return longest;
}

export interface ChargeFacts {
  /** A credit note reversed the charge (the month counts as not billed). */
  credited: boolean;
  monthPaid: boolean;
  billNumber: string;
  /** The month's due date on its bill (monthDueDate). */
  dueDate: string;
  /** What the month still owes on the bill (monthBalances). */
  outstanding: Rupiah;
}

export interface ProtectionFacts {
  date: string;
  /** Today: whether a month is past due is judged on this day. */
  asOf: string;
  participation: {
    registeredOn: string | null;
    deactivatedOn: string | null;
    agreement: { signedOn: string | null; durationMonths: number; terminatedOn: string | null; startsOn?: string | null };
  } | null;
  /** The charge for the month of `date`, if billed. */
  charge: ChargeFacts | null;
  /**
   * The charges of the same participation for the months before the month of `date` (any not
   * listed is not billed). An earlier month unpaid past its due date before `date` means the
   * employer was in arrears on that day.
   */
  earlier?: readonly (ChargeFacts & { period: string })[];
  /** What a month costs for this person when it has no bill yet (for `outstanding`); optional. */
  unbilledMonthly?: Rupiah | null;
  /**
   * The holidays around the due dates (holidayCalendar): a month with no bill yet falls due on its
   * moved due date (dueDateOf: weekends, national holidays and cuti bersama skipped), the date a
   * bill would carry. Without it only the nominal 15th is known.
   */
  calendar?: HolidayCalendar;
}

export interface ProtectionVerdict {
  /** Protected on the day: protected_paid or awaiting_payment. */
  protected: boolean;
  state: ProtectionState;
  code: ProtectionCode;
  params: ProtectionParams;
  /** The state in Bahasa Indonesia, with its parameters. */
  reason: string;
  /** in_arrears: what the regulation says happens to benefits; otherwise null. */
  consequence: Consequence | null;
}

const notCovered = (code: NotCoveredCode, reason: string, since?: string): ProtectionVerdict => ({
  protected: false,
  state: 'not_covered',
  code,
  params: since ? { since } : {},
  reason,
  consequence: null,
});

/** The facts of a month's charge from its bill: the month's dues on the bill, paid + credit applied, its due date (a later month of a yearly bill: its own moved due date with `calendar`). */
export function chargeFacts(
  bill: { number: string; dueDate: string; paid: Rupiah; dues: readonly { period: string; due: Rupiah }[] },
  period: string,
  credited: boolean,
  calendar?: HolidayCalendar,
): ChargeFacts {
  const month = monthBalances(bill.dues, bill.paid).find((m) => m.period === period);
  const outstanding = month ? month.outstanding : 0;
  return { credited, monthPaid: !!month && outstanding <= 0, billNumber: bill.number, dueDate: monthDueDate(period, bill.dueDate, calendar), outstanding };
}

/**
 * The first day the participation is covered: its registration, or the agreement's start when later;
 * null when not registered or not signed. The months from this day's month to the asked month's are
 * the ones the rule looks at (`earlier` outside them is never read).
 */
export function coverageStart(p: NonNullable<ProtectionFacts['participation']>): string | null {
  const from = validFrom(p.agreement);
  if (!p.registeredOn || !from) return null;
  return p.registeredOn > from ? p.registeredOn : from;
}

export function protectionOn(f: ProtectionFacts): ProtectionVerdict {
  const p = f.participation;
  if (!p?.registeredOn) return notCovered('not_enrolled', tr('Belum terdaftar sebagai peserta JKK + JKM', 'Not registered as a JKK + JKM participant'));
  const a = p.agreement;
  if (!a.signedOn || f.date < validFrom(a)!)
    return notCovered(
      'before_agreement',
      tr(
        `Perjanjian belum ditandatangani pada ${formatDay(f.date)}; perlindungan berlaku sejak penandatanganan (Pasal 10)`,
        `The agreement was not yet signed on ${formatDay(f.date)}; protection starts at signing (Pasal 10)`,
      ),
      a.signedOn ?? undefined,
    );
  if (!isWithinValidity(a, f.date)) return notCovered('outside_validity', tr('Di luar masa berlaku perjanjian', 'Outside the validity of the agreement'));
  if (f.date < p.registeredOn)
    return notCovered(
      'before_enrolment',
      tr(`Kepesertaan baru berlaku sejak ${formatDay(p.registeredOn)}`, `Participation starts only on ${formatDay(p.registeredOn)}`),
      p.registeredOn,
    );
  if (p.deactivatedOn && f.date >= p.deactivatedOn)
    return notCovered(
      'deactivated',
      tr(`Kepesertaan nonaktif sejak ${formatDay(p.deactivatedOn)}`, `Participation inactive since ${formatDay(p.deactivatedOn)}`),
      p.deactivatedOn,
    );
  const period = periodOf(f.date);
  const month = formatMonth(period);
  const billed = f.charge && !f.charge.credited ? f.charge : null;
  const due = billed ? billed.dueDate : monthDueDate(period, null, f.calendar);
  const outstanding = billed ? (billed.monthPaid ? 0 : billed.outstanding) : (f.unbilledMonthly ?? null);

  // Months in arrears: earlier covered months unpaid past their due date before the day, and the
  // day's own month when it is unpaid past its due date now (asOf).
  const arrears: { period: string; dueDate: string; billNumber: string | null; outstanding: Rupiah | null }[] = [];
  const start = coverageStart(p)!;
  const earlier = new Map((f.earlier ?? []).filter((c) => !c.credited).map((c) => [c.period, c]));
  for (let m = periodOf(start); m < period; m = addPeriods(m, 1)) {
    const c = earlier.get(m);
    if (c?.monthPaid) continue;
    const d = c ? c.dueDate : monthDueDate(m, null, f.calendar);
    if (d < f.date) arrears.push({ period: m, dueDate: d, billNumber: c?.billNumber ?? null, outstanding: c ? c.outstanding : null });
  }
  if (!billed?.monthPaid && f.asOf > due) arrears.push({ period, dueDate: due, billNumber: billed?.billNumber ?? null, outstanding });

  if (arrears.length) {
    const oldest = arrears[0]!;
    const daysOverdue = daysBetween(oldest.dueDate, f.asOf);
    const known = arrears.filter((m) => m.outstanding !== null);
    const owed = known.length ? known.reduce((sum, m) => sum + m.outstanding!, 0) : null;
    const months =
      arrears.length === 1
        ? tr(`iuran ${formatMonth(oldest.period)}`, `the contribution of ${formatMonth(oldest.period)}`)
        : tr(
            `iuran ${arrears.length} bulan sejak ${formatMonth(oldest.period)}`,
            `the contributions of ${arrears.length} months since ${formatMonth(oldest.period)}`,
          );
    const detail = oldest.billNumber ? tr(`tagihan ${oldest.billNumber}`, `bill ${oldest.billNumber}`) : tr('belum ditagih', 'not yet billed');
    const consecutive = longestRun(arrears.map((m) => m.period));
    return {
      protected: false,
      state: 'in_arrears',
      code: 'in_arrears',
      params: {
        period,
        dueDate: oldest.dueDate,
        billNumber: oldest.billNumber,
        outstanding: owed,
        daysOverdue,
        monthsInArrears: arrears.length,
        consecutiveMonthsInArrears: consecutive,
        arrearsFrom: oldest.period,
      },
      reason: tr(
        `Menunggak: ${months} lewat jatuh tempo ${formatDay(oldest.dueDate)} (${daysOverdue} hari; ${detail}${owed ? `, kurang ${formatRupiah(owed)}` : ''})`,
        `In arrears: ${months} past the due date ${formatDay(oldest.dueDate)} (${daysOverdue} days; ${detail}${owed ? `, ${formatRupiah(owed)} short` : ''})`,
      ),
      consequence: arrearsConsequence(arrears.length, consecutive),
    };
  }
  if (billed?.monthPaid) {
    return {
      protected: true,
      state: 'protected_paid',
      code: 'protected_paid',
      params: { period, billNumber: billed.billNumber },
      reason: tr(
        `Terlindungi: terdaftar dan iuran ${month} lunas (tagihan ${billed.billNumber})`,
        `Protected: registered and the contribution of ${month} paid in full (bill ${billed.billNumber})`,
      ),
      consequence: null,
    };
  }
  const bill = billed ? tr(`tagihan ${billed.billNumber}`, `bill ${billed.billNumber}`) : tr('belum ditagih', 'not yet billed');
  const owed = outstanding !== null && billed ? tr(`, kurang ${formatRupiah(outstanding)}`, `, ${formatRupiah(outstanding)} short`) : '';
  return {
    protected: true,
    state: 'awaiting_payment',
    code: 'awaiting_payment',
    params: { period, dueDate: due, billNumber: billed?.billNumber ?? null, outstanding },
    reason: tr(
      `Terlindungi: iuran ${month} belum jatuh tempo (jatuh tempo ${formatDay(due)}; ${bill}${owed})`,
      `Protected: the contribution of ${month} is not yet due (due ${formatDay(due)}; ${bill}${owed})`,
    ),
    consequence: null,
  };
}
