import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreementStatus, daysRemaining, defaultViewDate, isWithinValidity, termsOn, validUntil } from './rules.ts';
import { REGULATION_DEFAULT_TERMS } from './terms.ts';
import { applyTermsChanges, diffTerms, parseTerms } from './terms-fields.ts';
import { AppError } from '../core/errors.ts';

const pks = { signedOn: '2022-03-14', durationMonths: 24, terminatedOn: null };

test('validity and status follow the dates (Pasal 10 ayat 1)', () => {
  assert.equal(validUntil(pks), '2024-03-13');
  assert.equal(agreementStatus(pks, '2022-03-13'), 'draft');
  assert.equal(agreementStatus(pks, '2022-03-14'), 'active');
  assert.equal(agreementStatus(pks, '2024-03-13'), 'active');
  assert.equal(agreementStatus(pks, '2024-03-14'), 'ended');
  assert.equal(agreementStatus({ ...pks, signedOn: null }, '2023-01-01'), 'draft');
  assert.equal(daysRemaining(pks, '2024-03-13'), 0);
  assert.equal(daysRemaining(pks, '2024-03-12'), 1);
  assert.equal(isWithinValidity(pks, '2022-03-14'), true);
  assert.equal(isWithinValidity(pks, '2024-03-14'), false);
});

test('early termination (Pasal 10 ayat 2) ends validity the day before', () => {
  const t = { ...pks, terminatedOn: '2023-06-01' };
  assert.equal(agreementStatus(t, '2023-05-31'), 'active');
  assert.equal(agreementStatus(t, '2023-06-01'), 'terminated');
  assert.equal(isWithinValidity(t, '2023-05-31'), true);
  assert.equal(isWithinValidity(t, '2023-06-01'), false);
});

test('termsOn picks the version in force across an addendum', () => {
  const v1 = { effectiveFrom: '2022-03-14', terms: REGULATION_DEFAULT_TERMS, id: 1 };
  const v2terms = applyTermsChanges(REGULATION_DEFAULT_TERMS, [{ path: 'contribution.reportedWage', value: 2_000_000, basis: 'Adendum I' }]);
  const v2 = { effectiveFrom: '2023-07-01', terms: v2terms, id: 2 };
  assert.equal(termsOn([v2, v1], '2022-03-13'), null);
  assert.equal(termsOn([v1, v2], '2022-03-14')?.id, 1);
  assert.equal(termsOn([v1, v2], '2023-06-30')?.id, 1);
  assert.equal(termsOn([v1, v2], '2023-07-01')?.id, 2);
  assert.equal(termsOn([v1, v2], '2023-07-01')?.terms.contribution.reportedWage.value, 2_000_000);
  assert.equal(termsOn([v1, v2], '2023-07-01')?.terms.contribution.reportedWage.basis, 'Adendum I');
  const diff = diffTerms(v1.terms, v2.terms);
  assert.deepEqual(
    diff.map((d) => [d.path, d.before, d.after]),
    [['contribution.reportedWage', 'Rp 1.765.000', 'Rp 2.000.000']],
  );
});

test('terms changes are validated and cited', () => {
  const t = applyTermsChanges(REGULATION_DEFAULT_TERMS, [{ path: 'contribution.jkkRate', value: '0.54', basis: 'Amandemen I' }]);
  assert.deepEqual(t.contribution.jkkRate.value, { numerator: 54, denominator: 10000 });
  assert.throws(() => applyTermsChanges(REGULATION_DEFAULT_TERMS, [{ path: 'contribution.jkkRate', value: '101', basis: 'x' }]), AppError);
  assert.throws(() => applyTermsChanges(REGULATION_DEFAULT_TERMS, [{ path: 'contribution.reportedWage', value: -1, basis: 'x' }]), AppError);
  assert.throws(() => applyTermsChanges(REGULATION_DEFAULT_TERMS, [{ path: 'contribution.reportedWage', value: 1.5, basis: 'x' }]), AppError);
  assert.throws(() => applyTermsChanges(REGULATION_DEFAULT_TERMS, [{ path: 'contribution.reportedWage', value: 1, basis: ' ' }]), AppError);
  assert.throws(() => applyTermsChanges(REGULATION_DEFAULT_TERMS, [{ path: 'nope', value: 1, basis: 'x' }]), AppError);
  // the defaults themselves are untouched
  assert.equal(REGULATION_DEFAULT_TERMS.contribution.jkkRate.value.numerator, 24);
});

test('medical care is a cited term: no cap by default; an addendum may set a cap and lift it again', () => {
  assert.deepEqual(REGULATION_DEFAULT_TERMS.benefits.medicalCareCap, { value: null, basis: 'PKS Pasal 7 ayat (1) huruf a; PP 44/2015 jo. PP 82/2019' });
  const capped = applyTermsChanges(REGULATION_DEFAULT_TERMS, [{ path: 'benefits.medicalCareCap', value: 50_000_000, basis: 'Adendum II Pasal 1' }]);
  assert.deepEqual(capped.benefits.medicalCareCap, { value: 50_000_000, basis: 'Adendum II Pasal 1' });
  assert.deepEqual(
    diffTerms(REGULATION_DEFAULT_TERMS, capped).map((d) => [d.path, d.before, d.after, d.basis]),
    [['benefits.medicalCareCap', 'tanpa batas', 'Rp 50.000.000', 'Adendum II Pasal 1']],
  );
  const lifted = applyTermsChanges(capped, [{ path: 'benefits.medicalCareCap', value: null, basis: 'Adendum III' }]);
  assert.equal(lifted.benefits.medicalCareCap.value, null);
  assert.throws(() => applyTermsChanges(REGULATION_DEFAULT_TERMS, [{ path: 'benefits.medicalCareCap', value: -1, basis: 'x' }]), AppError);
  assert.throws(() => applyTermsChanges(REGULATION_DEFAULT_TERMS, [{ path: 'benefits.medicalCareCap', value: 'banyak', basis: 'x' }]), AppError);
});

test('terms stored before medical care was a term read it as the default (no cap, cited)', () => {
  const { medicalCareCap: _omit, ...benefits } = structuredClone(REGULATION_DEFAULT_TERMS.benefits);
  const old = JSON.parse(JSON.stringify({ ...REGULATION_DEFAULT_TERMS, benefits }));
  assert.equal('medicalCareCap' in old.benefits, false);
  const read = parseTerms(old);
  assert.deepEqual(read.benefits.medicalCareCap, REGULATION_DEFAULT_TERMS.benefits.medicalCareCap);
  read.benefits.medicalCareCap.basis = 'changed';
  assert.equal(parseTerms(old).benefits.medicalCareCap.basis, 'PKS Pasal 7 ayat (1) huruf a; PP 44/2015 jo. PP 82/2019', 'each read gets its own copy');
});

test('the default day of the "today" views: today while in force, the last day once ended or terminated', () => {
  assert.deepEqual(defaultViewDate(pks, '2023-05-02'), { date: '2023-05-02', ended: false });
  assert.deepEqual(defaultViewDate(pks, '2024-03-13'), { date: '2024-03-13', ended: false });
  assert.deepEqual(defaultViewDate(pks, '2024-03-14'), { date: '2024-03-13', ended: true });
  assert.deepEqual(defaultViewDate({ ...pks, terminatedOn: '2023-01-01' }, '2026-12-01'), { date: '2022-12-31', ended: true });
  assert.deepEqual(defaultViewDate({ signedOn: null, durationMonths: 24, terminatedOn: null }, '2026-12-01'), { date: '2026-12-01', ended: false });
});
