import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimItem } from '../api/types.ts';
import { adjustmentsOf, approvedTotal, draftProblems, emptyDraft } from './approval.ts';

const item = (code: string, computed: number): ClaimItem => ({
  code,
  label: code,
  amount: computed,
  computed,
  cap: null,
  formula: '',
  basis: '',
  adjustment: null,
});
const items = [item('medical', 3_500_000), item('transport_land', 5_000_000), item('stmb', 1_765_000)];

test('no adjustment: the computed total, and nothing to send', () => {
  const draft = emptyDraft(items);
  assert.equal(approvedTotal(items, draft), 10_265_000);
  assert.deepEqual(adjustmentsOf(draft), []);
  assert.deepEqual(draftProblems(draft), {});
});

test('an adjusted item changes the total live and needs a written reason', () => {
  const draft = emptyDraft(items);
  draft.medical = { on: true, amount: 3_000_000, reason: '  ' };
  assert.equal(approvedTotal(items, draft), 9_765_000);
  assert.deepEqual(draftProblems(draft), { medical: ['reason'] });
  draft.medical.reason = ' Kuitansi Rp 500.000 tidak sah ';
  assert.deepEqual(adjustmentsOf(draft), [{ code: 'medical', amount: 3_000_000, reason: 'Kuitansi Rp 500.000 tidak sah' }]);
});

test('an emptied amount counts as the computed value until filled, and is reported', () => {
  const draft = emptyDraft(items);
  draft.stmb = { on: true, amount: '', reason: 'x' };
  assert.equal(approvedTotal(items, draft), 10_265_000);
  assert.deepEqual(draftProblems(draft), { stmb: ['amount'] });
  draft.stmb = { on: false, amount: '', reason: '' };
  assert.deepEqual(draftProblems(draft), {}, 'switched off: ignored');
});
