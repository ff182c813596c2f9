/** The approve step's form: which items are adjusted, to what and why; the total it gives. */
import type { ClaimItem } from '../api/types.ts';
import type { Adjustment } from '../api/claim-actions.ts';

export interface AdjustmentDraft {
  on: boolean;
  amount: number | string;
  reason: string;
}
export type ApprovalDraft = Record<string, AdjustmentDraft>;

/** Every item starts unadjusted, its amount field filled with the computed value. */
export function emptyDraft(items: readonly ClaimItem[]): ApprovalDraft {
  return Object.fromEntries(items.map((i) => [i.code, { on: false, amount: i.computed, reason: '' }]));
}

const amountOf = (value: number | string): number | null => (value === '' || !Number.isFinite(Number(value)) ? null : Number(value));

/** The amount an item would be approved at: the adjusted amount when switched on and filled in. */
export function approvedAmount(item: ClaimItem, draft: AdjustmentDraft | undefined): number {
  if (!draft?.on) return item.computed;
  return amountOf(draft.amount) ?? item.computed;
}

export function approvedTotal(items: readonly ClaimItem[], draft: ApprovalDraft): number {
  return items.reduce((sum, item) => sum + approvedAmount(item, draft[item.code]), 0);
}

export type DraftProblem = 'amount' | 'reason';

/** What is missing per adjusted item: an amount, or the written reason. */
export function draftProblems(draft: ApprovalDraft): Record<string, DraftProblem[]> {
  const out: Record<string, DraftProblem[]> = {};
  for (const [code, d] of Object.entries(draft)) {
    if (!d.on) continue;
    const problems: DraftProblem[] = [];
    if (amountOf(d.amount) === null) problems.push('amount');
    if (!d.reason.trim()) problems.push('reason');
    if (problems.length) out[code] = problems;
  }
  return out;
}

/** The body of POST /claims/:id/approve: only the items switched on. */
export function adjustmentsOf(draft: ApprovalDraft): Adjustment[] {
  return Object.entries(draft)
    .filter(([, d]) => d.on)
    .map(([code, d]) => ({ code, amount: amountOf(d.amount) ?? 0, reason: d.reason.trim() }));
}
