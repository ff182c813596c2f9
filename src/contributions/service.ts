/**
 * Contributions (PKS Pasal 4): the quote, and the service the routes and the CLI call, composed of
 * its parts by use: bills-service.ts (bills, supplementary bills, credit notes), payments-service.ts
 * (payments, bank statements) and protection-service.ts (protection on a day, lookup, timeline).
 * Every amount comes from contributions/rules.ts over the terms in force.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { notFound } from '../core/errors.ts';
import { formatDateId } from '../core/dates.ts';
import { parseOrThrow } from '../core/validation.ts';
import { parsePercent, percentString, type Rounding } from '../core/money.ts';
import { amountInWords } from '../core/language.ts';
import { reportedWage, termsInForce, getAgreement, REGULATION_DEFAULT_TERMS } from '../agreements/index.ts';
import { quote } from './rules.ts';
import { quoteRequestSchema } from './schemas.ts';
import { createBillsService } from './bills-service.ts';
import { createPaymentsService } from './payments-service.ts';
import { createProtectionService } from './protection-service.ts';

export function createContributionsService({ db, today }: { db: Kysely<DB>; today: () => string }) {
  return {
    today,

    async quote(raw: unknown) {
      const input = parseOrThrow(quoteRequestSchema, raw ?? {});
      let terms = REGULATION_DEFAULT_TERMS;
      const basis: string[] = [];
      if (input.agreementId) {
        const a = await getAgreement(db, input.agreementId);
        if (!a) throw notFound('Perjanjian', input.agreementId);
        const on = input.date ?? today();
        const { version } = await termsInForce(db, input.agreementId, on);
        terms = version.terms;
        basis.push(`Ketentuan perjanjian ${a.number_party_one} yang berlaku pada ${formatDateId(on)} (sejak ${formatDateId(version.effectiveFrom)})`);
      }
      const c = terms.contribution;
      const wage = input.wage ?? reportedWage(terms);
      const jkk = input.jkk !== undefined ? parsePercent(input.jkk) : c.jkkRate.value;
      const jkm = input.jkm !== undefined ? parsePercent(input.jkm) : c.jkmRate.value;
      const rounding: Rounding = input.rounding ?? c.rounding.value;
      if (input.wage === undefined) basis.push(`Upah: ${c.reportedWage.basis}`);
      if (input.jkk === undefined) basis.push(`JKK: ${c.jkkRate.basis}`);
      if (input.jkm === undefined) basis.push(`JKM: ${c.jkmRate.basis}`);
      basis.push(`Pembulatan: ${rounding === 'down' ? 'ke bawah' : 'setengah ke atas'} per komponen per orang per bulan`);
      const q = quote(wage, jkk, jkm, rounding, input.months, input.people);
      return { ...q, rates: { jkk: percentString(jkk), jkm: percentString(jkm) }, basis, totalInWords: amountInWords(q.total) };
    },

    ...createBillsService({ db, today }),
    ...createPaymentsService({ db, today }),
    ...createProtectionService({ db, today }),
  };
}

export type ContributionsService = ReturnType<typeof createContributionsService>;
