import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../core/errors.ts';
import { DISABILITY_TABLE, applicableRow, disabilityRow, findDisability } from './disability-table.ts';

test('codes are unique kebab-case and every reference points at a row', () => {
  const codes = DISABILITY_TABLE.map((r) => r.code);
  assert.equal(new Set(codes).size, codes.length);
  for (const row of DISABILITY_TABLE) {
    assert.match(row.code, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    if (row.mirror) assert.equal(disabilityRow(row.mirror).mirror, row.code, `${row.code} ↔ ${row.mirror}`);
    if (row.capCode) assert.ok(findDisability(row.capCode));
    assert.equal(row.kind === 'range', row.max !== undefined);
    assert.equal(row.kind === 'per_unit', row.unit !== undefined);
  }
});

test('percentages are exact fractions, 4,5% included', () => {
  assert.deepEqual(disabilityRow('ruas-telunjuk-kanan').percent, { numerator: 450, denominator: 10_000 });
  assert.deepEqual(disabilityRow('ruas-jari-lain-kiri').percent, { numerator: 150, denominator: 10_000 });
  assert.deepEqual(disabilityRow('lengan-kanan-bahu').percent, { numerator: 4000, denominator: 10_000 });
});

test('part A (S11) is confirmed, part B is not', () => {
  const confirmed = DISABILITY_TABLE.filter((r) => r.confirmed);
  assert.equal(confirmed.length, 17);
  assert.ok(confirmed.every((r) => r.source.startsWith('S11')));
  assert.equal(disabilityRow('lengan-kiri-bahu').confirmed, true);
  assert.equal(disabilityRow('lengan-kanan-siku').confirmed, false);
  assert.equal(disabilityRow('kerja-mental').confirmed, false);
});

test('unknown codes are a validation error; left-handed persons use the mirror row', () => {
  assert.throws(
    () => disabilityRow('sayap-kiri'),
    (e: unknown) => e instanceof AppError && e.code === 'validation_failed',
  );
  assert.equal(findDisability('sayap-kiri'), undefined);
  const right = disabilityRow('lengan-kanan-bahu');
  assert.equal(applicableRow(right, false).code, 'lengan-kanan-bahu');
  assert.equal(applicableRow(right, true).code, 'lengan-kiri-bahu');
  assert.equal(applicableRow(disabilityRow('mata-kedua'), true).code, 'mata-kedua');
});

test('every row has its body part in English, and nothing in the English list is left over', async () => {
  const { DISABILITY_LABELS_EN } = await import('./disability-table-en.ts');
  const codes = new Set(DISABILITY_TABLE.map((r) => r.code));
  for (const row of DISABILITY_TABLE) assert.ok(DISABILITY_LABELS_EN[row.code], `${row.code}: no English label`);
  assert.deepEqual(
    Object.keys(DISABILITY_LABELS_EN).filter((c) => !codes.has(c)),
    [],
  );
});
