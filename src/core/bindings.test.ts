import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Role } from '../db/schema.ts';
import { accountBindingProblem, takesUnit, type BindingInstitution, type BindingUnit } from './bindings.ts';

const regency: BindingInstitution = { id: 1, kind: 'government' };
const branch: BindingInstitution = { id: 2, kind: 'bpjs_branch' };
const unit: BindingUnit = { id: 10, institution_id: 1, code: 'DINKES', name: 'Dinas Kesehatan', closed_on: null };
const closed: BindingUnit = { ...unit, closed_on: '2026-03-01' };
const otherUnit: BindingUnit = { ...unit, id: 11, institution_id: 3 };

const refusal = (message: string, field?: 'institutionId' | 'workUnitId') => (field ? { message, field } : { message });
const NO_INSTITUTION = refusal('Pengguna harus terikat pada satu instansi (pemerintah daerah atau kantor cabang BPJS)', 'institutionId');
const OPERATOR_NEEDS_UNIT = refusal('Operator OPD harus terikat pada satu unit kerja (workUnitId)', 'workUnitId');
const UNIT_ONLY_OPERATOR_VIEWER = refusal('Hanya operator OPD dan pemantau yang terikat pada unit kerja', 'workUnitId');
const UNIT_OF_OTHER = refusal('Unit kerja itu milik instansi lain', 'workUnitId');
const NOT_GOVERNMENT = refusal('Admin dan operator OPD terikat pada pemerintah daerah, bukan kantor cabang BPJS', 'institutionId');
const NOT_BRANCH = refusal('Petugas BPJS terikat pada kantor cabang BPJS', 'institutionId');

describe('accountBindingProblem', () => {
  test('a system administrator is bound to nothing, whatever it names (ids or rows)', () => {
    const bound = refusal('Administrator sistem tidak terikat pada instansi atau unit kerja');
    assert.equal(accountBindingProblem('system_admin', null, null), null);
    assert.deepEqual(accountBindingProblem('system_admin', 1, null), bound);
    assert.deepEqual(accountBindingProblem('system_admin', null, 10), bound);
    assert.deepEqual(accountBindingProblem('system_admin', regency, unit), bound);
  });

  test('every other role needs an institution', () => {
    for (const role of ['admin', 'opd_operator', 'bpjs_officer', 'viewer'] as Role[]) {
      assert.deepEqual(accountBindingProblem(role, null, null), NO_INSTITUTION, role);
    }
    // Checked before the unit: an operator with neither hears about the institution first.
    assert.deepEqual(accountBindingProblem('opd_operator', null, unit), NO_INSTITUTION);
  });

  test('an OPD operator needs a unit of its government', () => {
    assert.deepEqual(accountBindingProblem('opd_operator', regency, null), OPERATOR_NEEDS_UNIT);
    assert.equal(accountBindingProblem('opd_operator', regency, unit), null);
    assert.deepEqual(accountBindingProblem('opd_operator', regency, otherUnit), UNIT_OF_OTHER);
    assert.deepEqual(accountBindingProblem('opd_operator', branch, { ...unit, institution_id: 2 }), NOT_GOVERNMENT);
  });

  test('a unit only for an operator or a viewer', () => {
    assert.deepEqual(accountBindingProblem('admin', regency, unit), UNIT_ONLY_OPERATOR_VIEWER);
    assert.deepEqual(accountBindingProblem('bpjs_officer', branch, unit), UNIT_ONLY_OPERATOR_VIEWER);
    assert.equal(accountBindingProblem('viewer', regency, unit), null);
    assert.equal(accountBindingProblem('viewer', regency, null), null);
    assert.equal(accountBindingProblem('viewer', branch, null), null);
    assert.deepEqual(accountBindingProblem('viewer', branch, unit), UNIT_OF_OTHER);
  });

  test('a closed unit takes no new operator or viewer from its closing day', () => {
    const message = refusal('Unit kerja DINKES Dinas Kesehatan ditutup sejak 1 Maret 2026; unit itu tidak menerima operator atau pemantau baru', 'workUnitId');
    assert.equal(accountBindingProblem('opd_operator', regency, closed, '2026-02-28'), null);
    assert.deepEqual(accountBindingProblem('opd_operator', regency, closed, '2026-03-01'), message);
    assert.deepEqual(accountBindingProblem('viewer', regency, closed, '2026-12-31'), message);
    // Without today the closure is not checked.
    assert.equal(accountBindingProblem('opd_operator', regency, closed), null);
  });

  test('an admin belongs to a government, a BPJS officer to a branch', () => {
    assert.equal(accountBindingProblem('admin', regency, null), null);
    assert.deepEqual(accountBindingProblem('admin', branch, null), NOT_GOVERNMENT);
    assert.equal(accountBindingProblem('bpjs_officer', branch, null), null);
    assert.deepEqual(accountBindingProblem('bpjs_officer', regency, null), NOT_BRANCH);
  });

  test('bare ids for a role other than system administrator are refused (kind and unit unknown)', () => {
    assert.deepEqual(accountBindingProblem('admin', 1, null), NOT_GOVERNMENT);
    assert.deepEqual(accountBindingProblem('bpjs_officer', 2, null), NOT_BRANCH);
    assert.deepEqual(accountBindingProblem('opd_operator', regency, 10), UNIT_OF_OTHER);
  });
});

test('takesUnit: an OPD operator and a viewer', () => {
  assert.deepEqual((['system_admin', 'admin', 'opd_operator', 'bpjs_officer', 'viewer'] as Role[]).filter(takesUnit), ['opd_operator', 'viewer']);
});
