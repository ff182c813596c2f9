import { Group, Stack, Switch, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RupiahInput } from '../../../components/RupiahInput.tsx';
import { formatRupiah } from '../../../lib/format.ts';
import type { ClaimItem } from '../api/types.ts';
import type { AdjustmentDraft, DraftProblem } from '../utils/approval.ts';

interface Props {
  item: ClaimItem;
  draft: AdjustmentDraft;
  problems: DraftProblem[];
  onChange: (draft: AdjustmentDraft) => void;
}

/** One computed item in the approve step: its amount, and when switched on, the adjusted amount and the reason. */
export function AdjustmentRow({ item, draft, problems, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" py="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
      <Group justify="space-between" wrap="nowrap" gap="md">
        <div>
          <Text size="sm">{item.label}</Text>
          <Text size="xs" c="dimmed">
            {t('claims.detail.approve.computed', { amount: formatRupiah(item.computed) })}
          </Text>
        </div>
        <Switch
          label={t('claims.detail.approve.adjust')}
          aria-label={t('claims.detail.approve.adjustItem', { item: item.label })}
          checked={draft.on}
          onChange={(event) => onChange({ ...draft, on: event.currentTarget.checked })}
        />
      </Group>
      {draft.on && (
        <Group align="flex-start" grow wrap="wrap" gap="sm">
          <RupiahInput
            label={t('claims.detail.approve.amount')}
            aria-label={t('claims.detail.approve.amountOf', { item: item.label })}
            withAsterisk
            value={draft.amount}
            onChange={(amount) => onChange({ ...draft, amount })}
            error={problems.includes('amount') ? t('claims.detail.approve.amountRequired') : undefined}
            maw={220}
          />
          <Textarea
            label={t('claims.detail.approve.reason')}
            aria-label={t('claims.detail.approve.reasonOf', { item: item.label })}
            withAsterisk
            autosize
            minRows={1}
            value={draft.reason}
            onChange={(event) => onChange({ ...draft, reason: event.currentTarget.value })}
            error={problems.includes('reason') ? t('claims.detail.approve.reasonRequired') : undefined}
          />
        </Group>
      )}
    </Stack>
  );
}
