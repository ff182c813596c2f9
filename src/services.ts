/**
 * The composition root of the domain: every door (HTTP, CLI, tests) builds its services here,
 * so all three call the same code.
 */
import type { Db } from './db/connect.ts';
import { todayIn } from './core/dates.ts';
import { createAgreementsService } from './agreements/service.ts';
import { createAuthService } from './auth/service.ts';
import { createWorkUnitsService } from './work-units/service.ts';
import { createInstitutionsService } from './institutions/service.ts';
import { createAuditService } from './audit/service.ts';
import { createRosterService } from './roster/service.ts';
import { createRosterFilesService } from './roster/files-service.ts';
import { createEnrolmentService } from './enrolment/service.ts';
import { createContributionsService } from './contributions/service.ts';
import { createContributionReports } from './contributions/reports.ts';
import { createBillDocuments } from './contributions/documents.ts';
import { createRegisters } from './monitoring/registers.ts';
import { createDashboard } from './monitoring/dashboard.ts';
import { createReminders } from './monitoring/reminders.ts';
import { createHolidaysService } from './holidays/service.ts';
import { createMeReport } from './monitoring/me-report.ts';
import { createCards } from './enrolment/cards.ts';
import { createBenefitsService } from './benefits/service.ts';
import { createClaimsService } from './claims/service.ts';
import { createClaimLetter } from './claims/letter.ts';
import { createHeirsLetter } from './claims/heirs-letter.ts';
import { createClaimsRegister } from './claims/register.ts';
import { createClaimForms } from './claim-forms/service.ts';
import { createFieldReports } from './field-reports/service.ts';
import { mailConfigFrom, type MailConfig } from './monitoring/mailer.ts';
import { createSelfCheck } from './self-check/service.ts';

export interface ServiceOptions {
  timeZone: string;
  /** Overrides "today" (tests, demos); 'YYYY-MM-DD'. */
  today?: () => string;
  /** Overrides the office-zone clock ('YYYY-MM-DDTHH:MM'), for the claims' 2 × 24-hour clock (tests, demos). */
  now?: () => string;
  /** SMTP settings for field-report mail (tests); default LINDUNG_SMTP_URL and friends, read at each report. */
  mail?: () => MailConfig | null;
}

export function createServices(handle: Pick<Db, 'db'>, options: ServiceOptions) {
  const today = options.today ?? (() => todayIn(options.timeZone));
  const db = handle.db;
  const contributions = createContributionsService({ db, today });
  const contributionReports = createContributionReports({ db, today });
  const registers = createRegisters({ db, today });
  const benefits = createBenefitsService({ db });
  const claims = createClaimsService({ db, today, ...(options.now ? { now: options.now } : {}), timeZone: options.timeZone, contributions, benefits });
  const claimForms = createClaimForms({ db, claims });
  const dashboard = createDashboard({ db, today, reports: contributionReports, registers });
  const cards = createCards({ db, today, contributions });
  return {
    db,
    today,
    auth: createAuthService({ db, today }),
    institutions: createInstitutionsService({ db }),
    audit: createAuditService({ db, timeZone: options.timeZone }),
    agreements: createAgreementsService({ db, today }),
    units: createWorkUnitsService({ db, today }),
    roster: createRosterService({ db, today }),
    rosterFiles: createRosterFilesService({ db, today }),
    enrolment: createEnrolmentService({ db, today }),
    contributions,
    billDocuments: createBillDocuments({ db, contributions, today }),
    cards,
    selfCheck: createSelfCheck({ db, today, contributions, claims, cards }),
    benefits,
    claims,
    claimsRegister: createClaimsRegister({ db, claims }),
    claimLetter: createClaimLetter({ db, claims, today, timeZone: options.timeZone }),
    claimForms,
    fieldReports: createFieldReports({ db, today, claims, claimForms, mail: options.mail ?? (() => mailConfigFrom()) }),
    heirsLetter: createHeirsLetter({ db, claims, today }),
    contributionReports,
    registers,
    dashboard,
    meReport: createMeReport({ db, dashboard, registers, claims, today }),
    reminders: createReminders({ db, today, contributions, registers, claims }),
    holidays: createHolidaysService({ db }),
  };
}

export type Services = ReturnType<typeof createServices>;
