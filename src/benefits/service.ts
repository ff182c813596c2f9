/**
 * Benefit quotes through the doors (API, CLI, web): the terms are those of the named agreement
 * in force on the incident date, or the regulation defaults shipped with Lindung.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { AppError, notFound } from '../core/errors.ts';
import { formatPercent } from '../core/money.ts';
import { effectiveEnd, isWithinValidity, validFrom, datesOf, getAgreement, termsInForce, REGULATION_DEFAULT_TERMS, type Terms } from '../agreements/index.ts';
import { formatDateId, isValidDate } from '../core/dates.ts';
import { formatDay, tr } from '../core/language.ts';
import { formatRupiah } from '../core/money.ts';
import { quoteWithReportedWage } from './rules.ts';
import { DISABILITY_TABLE } from './disability-table.ts';
import { disabilityLabel, disabilityText } from './disability-table-en.ts';
import type { Actor } from '../core/actor.ts';
import { assertAgreementInScope } from '../core/scope.ts';
import type { BenefitQuoteInput } from './schemas.ts';

/**
 * QUOTES UNDER AN AGREEMENT (issue #12, PKS Pasal 4 ayat (2) and Pasal 7; Pasal 10 for validity):
 * - an incident outside the agreement's validity (before signing, after its last day or its
 *   early termination) is REFUSED with a message naming the agreement's dates; no total 0;
 * - the wage is the reported wage of the terms in force on the incident date; a different stated
 *   wage is refused with a message naming the reported wage (the same wage, or none, is quoted);
 * - without an agreement any wage is quoted on the regulation's default terms.
 * Claims take the same rules: they quote through this service with their agreement.
 */
export function createBenefitsService({ db }: { db: Kysely<DB> }) {
  /** Why `date` cannot be quoted under agreement `id` (outside its validity), or null. */
  async function validityRefusal(id: number, date: string): Promise<string | null> {
    const a = await getAgreement(db, id);
    if (!a) throw notFound('Perjanjian', id);
    const dates = datesOf(a);
    if (isWithinValidity(dates, date)) return null;
    const name = `perjanjian ${a.number_party_one || `ID ${id}`}`;
    const from = validFrom(dates);
    if (!from) return `Tanggal kejadian ${formatDateId(date)} tidak dapat dihitung menurut ${name}: perjanjian belum ditandatangani`;
    // Validity runs from the first valid day: the signing date, or a renewal's start date.
    const end = effectiveEnd(dates)!;
    return `Tanggal kejadian ${formatDateId(date)} di luar masa berlaku ${name} (${formatDateId(from)} s.d. ${formatDateId(end)}); manfaat tidak dihitung menurut perjanjian ini (PKS Pasal 10)`;
  }

  async function termsFor(agreement: unknown, incidentDate: string | undefined): Promise<{ terms: Terms; source: string; agreementId: number | null }> {
    if (agreement === undefined || agreement === null || agreement === '')
      return {
        terms: REGULATION_DEFAULT_TERMS,
        source: tr('Ketentuan bawaan regulasi (PP 44/2015 jo. PP 82/2019)', "The regulation's default terms (PP 44/2015 jo. PP 82/2019)"),
        agreementId: null,
      };
    const id = Number(agreement);
    if (!Number.isInteger(id) || id <= 0) throw new AppError('validation_failed', 'Perjanjian harus berupa ID');
    if (incidentDate && isValidDate(incidentDate)) {
      const refusal = await validityRefusal(id, incidentDate);
      if (refusal) throw new AppError('validation_failed', refusal, { field: 'incidentDate', agreementId: id });
    }
    // The one lookup (agreements/terms-lookup.ts); without an incident date, the agreement's first terms.
    const { version } = await termsInForce(db, id, incidentDate ?? '0000-01-01');
    // People read the agreement's number and the day its terms took effect, never an id.
    const number = (await getAgreement(db, id))?.number_party_one || `ID ${id}`;
    const since = formatDay(version.effectiveFrom);
    return {
      terms: version.terms,
      source: tr(`Ketentuan perjanjian ${number} yang berlaku sejak ${since}`, `The terms of agreement ${number} in force since ${since}`),
      agreementId: id,
    };
  }

  return {
    /** A quote asked by a person: an agreement outside the actor's scope answers like a missing one. */
    async quoteAs(actor: Actor, raw: unknown) {
      const agreement = ((raw ?? {}) as BenefitQuoteInput).agreement;
      const id = Number(agreement);
      if (agreement !== undefined && agreement !== null && agreement !== '' && Number.isInteger(id) && id > 0) await assertAgreementInScope(db, actor, id);
      return this.quote(raw);
    },
    validityRefusal,

    async quote(raw: unknown) {
      const input = (raw ?? {}) as BenefitQuoteInput;
      const { terms, source, agreementId } = await termsFor(input.agreement, typeof input.incidentDate === 'string' ? input.incidentDate : undefined);
      const reported = terms.contribution.reportedWage;
      const stated = input.wage;
      if (agreementId !== null && typeof stated === 'number' && Number.isSafeInteger(stated) && stated !== reported.value) {
        throw new AppError(
          'validation_failed',
          `Upah yang dilaporkan menurut PKS adalah ${formatRupiah(reported.value)} (${reported.basis}); manfaat dihitung dari upah tersebut, bukan ${formatRupiah(stated)}. Kosongkan upah atau isi ${formatRupiah(reported.value)}.`,
          { field: 'wage', reportedWage: reported.value },
        );
      }
      const quote = quoteWithReportedWage(input, terms);
      return { ...quote, termsSource: source };
    },

    table() {
      return DISABILITY_TABLE.map((r) => ({
        code: r.code,
        label: disabilityLabel(r),
        kind: r.kind,
        percent: formatPercent(r.percent),
        max: r.max ? formatPercent(r.max) : null,
        unit: r.unit ?? null,
        maxUnits: r.maxUnits ?? null,
        mirror: r.mirror ?? null,
        source: disabilityText(r.source),
        confirmed: r.confirmed,
        note: r.note ? disabilityText(r.note) : null,
      }));
    },
  };
}

export type BenefitsService = ReturnType<typeof createBenefitsService>;
