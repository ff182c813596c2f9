/**
 * One readable sentence per history entry, e.g. "Pindah unit: DINKES Dinas Kesehatan → BKPSDM
 * Badan Kepegawaian, berlaku 1 Juli 2022, oleh user:admin".
 */
import type { TFunction } from 'i18next';
import { formatDateId } from '../../../lib/format.ts';
import type { HistoryEntry, HistoryKind } from '../api/types.ts';
import { fieldLabel, typeLabel, valueText } from './labels.ts';

const KINDS: readonly HistoryKind[] = ['created', 'updated', 'moved', 'position_changed', 'ended', 'reactivated'];
/** Fields the sentence never lists: internal ids, and those already said by the headline. */
const HIDDEN = new Set(['workUnitId', 'import', 'row', 'effectiveOn']);

export function kindLabel(t: TFunction, kind: string): string {
  return KINDS.includes(kind as HistoryKind) ? t(`roster.kinds.${kind as HistoryKind}`) : kind;
}

/** "Jabatan: Staf → Pengemudi; Alamat: — → Jl. Merdeka 1"; the headline field first. */
export function describeChanges(t: TFunction, h: Pick<HistoryEntry, 'before' | 'after'>, first?: string): string {
  const keys = [...new Set([...Object.keys(h.before ?? {}), ...Object.keys(h.after ?? {})])].filter((k) => !HIDDEN.has(k));
  keys.sort((a, b) => Number(b === first) - Number(a === first));
  return keys.map((k) => `${k === first ? '' : `${fieldLabel(t, k)}: `}${valueText(t, k, h.before?.[k])} → ${valueText(t, k, h.after?.[k])}`).join('; ');
}

function detail(t: TFunction, h: HistoryEntry): string {
  const after = h.after ?? {};
  const before = h.before ?? {};
  switch (h.kind) {
    case 'created':
      if (after.import) return t('roster.sentence.createdImport', { row: after.row });
      return t('roster.sentence.createdAs', {
        position: String(after.position || t('roster.notSet')),
        type: typeLabel(t, String(after.employmentType ?? '')),
        start: formatDateId(String(after.startDate ?? h.effectiveOn)),
      });
    case 'moved':
      return describeChanges(t, h, 'unit');
    case 'position_changed':
      return describeChanges(t, h, 'position');
    case 'ended':
      return t('roster.sentence.endedOn', { date: formatDateId(String(after.endDate ?? h.effectiveOn)), reason: String(after.endReason ?? '') });
    case 'reactivated':
      return before.endDate ? t('roster.sentence.reactivatedFrom', { date: formatDateId(String(before.endDate)) }) : '';
    default:
      return describeChanges(t, h);
  }
}

/** The whole sentence: "<kind>: <what>, berlaku <date>, oleh <actor>". */
export function describeHistory(t: TFunction, h: HistoryEntry): string {
  const what = detail(t, h);
  const head = kindLabel(t, h.kind);
  const separator = h.kind === 'created' || h.kind === 'ended' ? ' ' : ': ';
  // "berlaku …" would repeat the start or end date the sentence already gives.
  const datedAlready = h.kind === 'ended' || (h.kind === 'created' && !h.after?.import);
  return [
    what ? `${head}${separator}${what}` : head,
    datedAlready ? null : t('roster.sentence.effective', { date: formatDateId(h.effectiveOn) }),
    t('roster.sentence.by', { actor: h.actorName ?? h.actor }),
  ]
    .filter(Boolean)
    .join(', ');
}
