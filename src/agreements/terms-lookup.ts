/**
 * "The terms in force for agreement X on date D" and its reported wage, read from the database:
 * the one lookup every service uses (the pure rule is agreements/rules.ts termsVersionOn /
 * termsVersionForMonth / reportedWage). Unknown agreement: 404; an agreement without terms: an
 * error, never a silent default wage.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { notFound } from '../core/errors.ts';
import type { IsoDate } from '../core/dates.ts';
import type { Terms } from './terms.ts';
import { presentVersions, type PresentedVersion } from './present.ts';
import { listTermsVersions } from './repo.ts';
import { reportedWage, termsVersionOn } from './rules.ts';

export interface TermsInForce {
  agreementId: number;
  date: IsoDate;
  version: PresentedVersion;
  terms: Terms;
  reportedWage: number;
}

/** The terms in force for `agreementId` on `date` (see termsVersionOn), with the reported wage. */
export async function termsInForce(db: Kysely<DB>, agreementId: number, date: IsoDate): Promise<TermsInForce> {
  const versions = presentVersions(await listTermsVersions(db, agreementId));
  if (!versions.length) throw notFound('Perjanjian', agreementId);
  const version = termsVersionOn(versions, date);
  return { agreementId, date, version, terms: version.terms, reportedWage: reportedWage(version.terms) };
}
