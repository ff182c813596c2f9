/**
 * Who is protected on which day (PKS Pasal 4 ayat 3 and Pasal 10): enrolled, within the
 * agreement's validity (never before it is signed), not deactivated, and the month paid.
 * Pure: the facts are gathered by the service.
 */
import { formatDateId } from '../core/dates.ts';
import { isWithinValidity, validFrom } from '../agreements/rules.ts';
import { periodLabel } from './rules.ts';

export type ProtectionCode =
  | 'protected'
  | 'not_enrolled'
  | 'before_agreement'
  | 'outside_validity'
  | 'before_enrolment'
  | 'deactivated'
  | 'month_not_billed'
  | 'month_unpaid';

export interface ProtectionFacts {
  date: string;
  participation: {
    registeredOn: string | null;
    deactivatedOn: string | null;
    agreement: { signedOn: string | null; durationMonths: number; terminatedOn: string | null; startsOn?: string | null };
  } | null;
  /** The charge for the month of `date`, and whether its bill has that month paid. */
  charge: { credited: boolean; monthPaid: boolean; billNumber: string } | null;
}

export interface ProtectionVerdict {
  protected: boolean;
  code: ProtectionCode;
  reason: string;
}

const no = (code: ProtectionCode, reason: string): ProtectionVerdict => ({ protected: false, code, reason });

export function protectionOn(f: ProtectionFacts): ProtectionVerdict {
  const p = f.participation;
  if (!p || !p.registeredOn) return no('not_enrolled', 'Belum terdaftar sebagai peserta JKK + JKM');
  const a = p.agreement;
  if (!a.signedOn || f.date < validFrom(a)!) return no('before_agreement', `Perjanjian belum ditandatangani pada ${formatDateId(f.date)}; perlindungan berlaku sejak penandatanganan (Pasal 10)`);
  if (!isWithinValidity(a, f.date)) return no('outside_validity', 'Di luar masa berlaku perjanjian');
  if (f.date < p.registeredOn) return no('before_enrolment', `Kepesertaan baru berlaku sejak ${formatDateId(p.registeredOn)}`);
  if (p.deactivatedOn && f.date >= p.deactivatedOn) return no('deactivated', `Kepesertaan nonaktif sejak ${formatDateId(p.deactivatedOn)}`);
  const month = periodLabel(f.date.slice(0, 7));
  if (!f.charge || f.charge.credited) return no('month_not_billed', `Iuran ${month} belum ditagih`);
  if (!f.charge.monthPaid) return no('month_unpaid', `Iuran ${month} belum lunas (tagihan ${f.charge.billNumber})`);
  return { protected: true, code: 'protected', reason: `Terlindungi: terdaftar dan iuran ${month} lunas` };
}
