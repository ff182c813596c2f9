/**
 * Benefit quotes through the doors (API, CLI, web): the terms are those of the named agreement
 * in force on the incident date, or the regulation defaults shipped with Lindung.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { AppError } from '../core/errors.ts';
import { formatPercent } from '../core/money.ts';
import { termsInForce } from '../agreements/terms-lookup.ts';
import { REGULATION_DEFAULT_TERMS, type Terms } from '../agreements/terms.ts';
import { quoteWithReportedWage } from './rules.ts';
import { DISABILITY_TABLE } from './disability-table.ts';
import type { BenefitQuoteInput } from './schemas.ts';

export function createBenefitsService({ db }: { db: Kysely<DB> }) {
  async function termsFor(agreement: unknown, incidentDate: string | undefined): Promise<{ terms: Terms; source: string }> {
    if (agreement === undefined || agreement === null || agreement === '') return { terms: REGULATION_DEFAULT_TERMS, source: 'Ketentuan bawaan regulasi (PP 44/2015 jo. PP 82/2019)' };
    const id = Number(agreement);
    if (!Number.isInteger(id) || id <= 0) throw new AppError('validation_failed', 'Perjanjian harus berupa ID');
    // The one lookup (agreements/terms-lookup.ts); without an incident date, the agreement's first terms.
    const { version } = await termsInForce(db, id, incidentDate ?? '0000-01-01');
    return { terms: version.terms, source: `Ketentuan perjanjian ID ${id} yang berlaku sejak ${version.effectiveFrom}` };
  }

  return {
    async quote(raw: unknown) {
      const input = (raw ?? {}) as BenefitQuoteInput;
      const { terms, source } = await termsFor(input.agreement, typeof input.incidentDate === 'string' ? input.incidentDate : undefined);
      const quote = quoteWithReportedWage(input, terms);
      return { ...quote, termsSource: source };
    },

    table() {
      return DISABILITY_TABLE.map((r) => ({
        code: r.code,
        label: r.label,
        kind: r.kind,
        percent: formatPercent(r.percent),
        max: r.max ? formatPercent(r.max) : null,
        unit: r.unit ?? null,
        maxUnits: r.maxUnits ?? null,
        mirror: r.mirror ?? null,
        source: r.source,
        confirmed: r.confirmed,
        note: r.note ?? null,
      }));
    },
  };
}

export type BenefitsService = ReturnType<typeof createBenefitsService>;
