/**
 * One terms lookup: the terms in force for an agreement on a date, and the reported wage, the same
 * for contributions, enrolment's export, benefits (and claims through them) and reports — an
 * addendum from 1 July 2022 raises the wage from Rp 1.765.000 to Rp 2.000.000.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { createHarness, type Harness } from '../testing/harness.ts';
import { demoAgreement, participants } from '../testing/builders.ts';
import type { AppError } from '../core/errors.ts';
import { reportedWage, termsVersionForMonth, termsVersionOn } from './rules.ts';
import { termsInForce } from './terms-lookup.ts';
import { REGULATION_DEFAULT_TERMS } from './terms.ts';

describe('the terms in force, one lookup', () => {
  let h: Harness;
  let agreementId: number;
  before(async () => {
    h = await createHarness({ today: '2022-08-10' });
    agreementId = await demoAgreement(h);
    await h.services.agreements.addAmendment(h.admin, agreementId, {
      kind: 'adendum',
      number: 'ADD/I/2022',
      signedOn: '2022-06-20',
      effectiveFrom: '2022-07-01',
      summary: 'Upah pelaporan naik',
      termsChanges: [{ path: 'contribution.reportedWage', value: 2_000_000, basis: 'Adendum I' }],
    });
  });
  after(() => h.close());

  test('pure: the version on a date, before the first the first, a month from its first covered day; no terms is an error', () => {
    const v1 = { effectiveFrom: '2022-03-14', terms: REGULATION_DEFAULT_TERMS };
    const v2 = {
      effectiveFrom: '2022-07-01',
      terms: {
        ...REGULATION_DEFAULT_TERMS,
        contribution: { ...REGULATION_DEFAULT_TERMS.contribution, reportedWage: { value: 2_000_000, basis: 'Adendum I' } },
      },
    };
    assert.equal(termsVersionOn([v1, v2], '2022-06-30'), v1);
    assert.equal(termsVersionOn([v1, v2], '2022-07-01'), v2);
    assert.equal(termsVersionOn([v1, v2], '2022-01-01'), v1, 'before signing: the original terms');
    assert.equal(termsVersionForMonth([v1, v2], '2022-03-14', '2022-03'), v1);
    assert.equal(termsVersionForMonth([v1, v2], '2022-03-14', '2022-07'), v2);
    assert.equal(reportedWage(v2.terms), 2_000_000);
    assert.throws(
      () => termsVersionOn([], '2022-07-01'),
      (e: AppError) => e.status === 409 && /tidak memiliki ketentuan/.test(e.message),
    );
  });

  test('from the database: Rp 1.765.000 until 30 June, Rp 2.000.000 from 1 July; an unknown agreement is 404', async () => {
    assert.equal((await termsInForce(h.handle.db, 1, '2022-06-30')).reportedWage, 1_765_000);
    const july = await termsInForce(h.handle.db, 1, '2022-07-01');
    assert.deepEqual([july.reportedWage, july.version.effectiveFrom], [2_000_000, '2022-07-01']);
    await assert.rejects(termsInForce(h.handle.db, 99, '2022-07-01'), (e: AppError) => e.status === 404);
  });

  test('every door gives the same wage for the same date', async () => {
    // Contributions: the quote under the agreement.
    assert.equal((await h.services.contributions.quote({ agreementId, date: '2022-06-30', months: 1 })).wage, 1_765_000);
    const july = await h.services.contributions.quote({ agreementId, date: '2022-07-01', months: 1 });
    assert.deepEqual([july.wage, july.monthly.total], [2_000_000, 10_800]);
    // Benefits (claims quote through them): the wage of the JKK death benefit (48 × wage).
    const death = async (incidentDate: string) =>
      (await h.services.benefits.quote({ program: 'JKK', outcome: 'death', incidentDate, agreement: agreementId })).wage;
    assert.equal(await death('2022-06-30'), 1_765_000);
    assert.equal(await death('2022-07-01'), 2_000_000);
    // Reports: the budget prices June at Rp 9.531 and July at Rp 10.800 per person.
    await participants(h, { agreementId, count: 2, registeredOn: '2022-05-01' });
    const budget = await h.services.contributionReports.budget(h.admin, agreementId, 2022);
    assert.deepEqual(
      budget.months.filter((m) => m.period === '2022-06' || m.period === '2022-07').map((m) => m.perPerson),
      [9_531, 10_800],
    );
  });

  test('enrolment: the branch export carries the reported wage in force when the batch was submitted (never 0)', async () => {
    const unit = await h.services.units.create(h.admin, { agreementId, code: 'BAPPEDA', name: 'Badan Perencanaan' });
    const e = await h.services.roster.create(h.admin, {
      nik: '7409014508900001',
      fullName: 'Siti Aminah',
      sex: 'P',
      birthDate: '1990-08-05',
      workUnitId: unit.id,
      employmentType: 'honorer',
      startDate: '2020-01-02',
    });
    const batch = await h.services.enrolment.createBatch(h.admin, { agreementId, employeeIds: [e.id] });
    await h.services.enrolment.submitBatch(h.admin, batch.id);
    const file = await h.services.enrolment.exportBatch(h.admin, batch.id);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.content as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).indexOf('Upah');
    assert.equal(sheet.getRow(2).getCell(header).value, 2_000_000, 'submitted on 10 August 2022, under Adendum I');
  });
});
