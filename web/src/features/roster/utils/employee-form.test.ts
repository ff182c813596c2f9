import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Employee } from '../api/types.ts';
import { checkValues, initialValues, toInput, valuesToSave, type EmployeeValues } from './employee-form.ts';

/** Female, born 5 August 1990. */
const siti: EmployeeValues = {
  ...initialValues(undefined, null),
  nik: '7409014508900001',
  fullName: 'Siti Aminah',
  sex: 'P',
  birthDate: '1990-08-05',
  workUnitId: '1',
  startDate: '2020-01-02',
};

test('a NIK that disagrees with the birth date is refused in Bahasa until a reason is given', () => {
  const wrong = { ...siti, birthDate: '1990-08-06' };
  const refused = checkValues(wrong, '2023-01-10');
  assert.equal(refused.mismatch, true);
  assert.deepEqual(
    refused.issues.map((i) => [i.path, i.code, i.message]),
    [['nik', 'nik_mismatch', 'Tanggal lahir pada NIK (05-08-1990) tidak sama dengan tanggal lahir (1990-08-06)']],
  );
  const kept = checkValues({ ...wrong, nikOverrideReason: 'Sesuai akta kelahiran' }, '2023-01-10');
  assert.deepEqual([kept.mismatch, kept.issues], [true, []]);
  assert.equal(toInput(valuesToSave({ ...wrong, nikOverrideReason: 'Sesuai akta kelahiran' }, true, undefined)).nikOverrideReason, 'Sesuai akta kelahiran');
});

test('a reason written for a mismatch that was then corrected is not saved as a NIK exception', () => {
  const corrected = { ...siti, nikOverrideReason: 'Sesuai akta kelahiran' };
  const checked = checkValues(corrected, '2023-01-10');
  assert.deepEqual([checked.mismatch, checked.issues], [false, []]);
  assert.equal(toInput(valuesToSave(corrected, checked.mismatch, undefined)).nikOverrideReason, null);
  // An edit keeps the reason already stored rather than whatever was typed.
  const stored = { nikOverrideReason: 'Alasan lama' } as Employee;
  assert.equal(valuesToSave({ ...corrected, nikOverrideReason: 'Alasan baru' }, false, stored).nikOverrideReason, 'Alasan lama');
  assert.equal(valuesToSave({ ...corrected, nikOverrideReason: 'Alasan baru' }, true, stored).nikOverrideReason, 'Alasan baru');
});
