import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canMove, isEnrolledOn, isValidKpj, reconcile } from './rules.ts';

test('KPJ is exactly 11 digits, leading zeros kept', () => {
  assert.equal(isValidKpj('26133068531'), true);
  assert.equal(isValidKpj('01234567890'), true);
  assert.equal(isValidKpj('2613306853'), false);
  assert.equal(isValidKpj('2613306853X'), false);
});

test('state transitions', () => {
  assert.equal(canMove('draft', 'submitted'), true);
  assert.equal(canMove('submitted', 'registered'), true);
  assert.equal(canMove('draft', 'registered'), false);
  assert.equal(canMove('registered', 'rejected'), false);
  assert.equal(canMove('rejected', 'draft'), true);
});

test('enrolled from registration until the deactivation day', () => {
  const p = { status: 'registered' as const, registeredOn: '2022-04-01', deactivatedOn: '2023-01-01' };
  assert.equal(isEnrolledOn(p, '2022-03-31'), false);
  assert.equal(isEnrolledOn(p, '2022-04-01'), true);
  assert.equal(isEnrolledOn(p, '2022-12-31'), true);
  assert.equal(isEnrolledOn(p, '2023-01-01'), false);
  assert.equal(isEnrolledOn({ ...p, status: 'submitted' }, '2022-05-01'), false);
});

test('reconciliation gives matching, differing (side by side) and one-sided lists', () => {
  const lindung = [
    { nik: '1', kpj: '11111111111', fullName: 'Siti Aminah', birthDate: '1990-08-05', unitName: 'A' },
    { nik: '2', kpj: '22222222222', fullName: 'La Ode Budi', birthDate: '1985-01-01', unitName: 'A' },
    { nik: '3', kpj: '33333333333', fullName: 'Wa Ode Sari', birthDate: '1992-02-02', unitName: 'B' },
  ];
  const branch = [
    { row: 2, nik: '1', kpj: '11111111111', fullName: 'SITI  AMINAH', birthDate: '1990-08-05' },
    { row: 3, nik: null, kpj: '22222222222', fullName: 'La Ode Budiman', birthDate: '1985-01-01' },
    { row: 5, nik: '3', kpj: '33333333334', fullName: 'Wa Ode Sari', birthDate: '1992-02-03' },
    { row: 4, nik: '9', kpj: '99999999999', fullName: 'Orang Lain', birthDate: null },
  ];
  const r = reconcile(lindung, branch);
  assert.deepEqual(
    r.matching.map((m) => m.lindung.nik),
    ['1'],
  );
  assert.deepEqual(
    r.differing.map((d) => [d.lindung.nik, d.fields]),
    [
      ['2', ['fullName']],
      ['3', ['birthDate', 'kpj']],
    ],
  );
  assert.deepEqual(
    r.differing.map((d) => d.details),
    [
      ['Nama berbeda: "La Ode Budi" ≠ "La Ode Budiman"'],
      ['Tanggal lahir berbeda: 2 Februari 1992 ≠ 3 Februari 1992', 'KPJ berbeda: 33333333333 ≠ 33333333334'],
    ],
  );
  assert.deepEqual(
    r.onlyInLindung.map((l) => l.nik),
    [],
  );
  assert.deepEqual(
    r.onlyInBranch.map((b) => b.row),
    [4],
  );
});
