import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../lib/format.ts';
import { confirmAction } from '../../../lib/confirm.tsx';
import { notifySuccess } from '../../../lib/notify.ts';
import { Section } from '../../../components/Section.tsx';
import { useApproveClaim } from '../api/claim-actions.ts';
import type { Claim } from '../api/types.ts';
import { adjustmentsOf, approvedTotal, draftProblems, emptyDraft } from '../utils/approval.ts';
import { AdjustmentRow } from './AdjustmentRow.tsx';
import { claimName } from '../utils/labels.ts';
import { MutationError } from './MutationError.tsx';

/**
 * The BPJS officer's approval of a verified claim: the computed items, any of them adjusted with a
 * written reason, the resulting total as it is typed. "Setujui" with nothing switched on approves
 * the computed benefits after a confirmation naming the total.
 */
export function ApproveCard({ claim: c }: { claim: Claim }) {
  const { t } = useTranslation();
  const approve = useApproveClaim(c.id);
  const [draft, setDraft] = useState(() => emptyDraft(c.items));
  const [tried, setTried] = useState(false);
  const problems = draftProblems(draft);
  const total = approvedTotal(c.items, draft);
  const computedTotal = approvedTotal(c.items, emptyDraft(c.items));

  const submit = () => {
    setTried(true);
    if (Object.keys(problems).length) return;
    confirmAction({
      title: t('claims.detail.approve.confirmTitle', { claim: claimName(c) }),
      body: t('claims.detail.approve.confirm', { amount: formatRupiah(total), name: c.fullName }),
      confirm: t('claims.detail.approve.submit'),
      onConfirm: () => approve.mutate(adjustmentsOf(draft), { onSuccess: () => notifySuccess(t('claims.detail.approve.done')) }),
    });
  };

  return (
    <Section title={t('claims.detail.approve.title')} hint={t('claims.detail.approve.hint')} testId="approve-card">
      <Stack gap={0}>
        {c.items.map((item) => (
          <AdjustmentRow
            key={item.code}
            item={item}
            draft={draft[item.code]!}
            problems={tried ? (problems[item.code] ?? []) : []}
            onChange={(next) => setDraft({ ...draft, [item.code]: next })}
          />
        ))}
      </Stack>
      <Group justify="space-between" align="center" mt="md" wrap="wrap">
        <div>
          <Text fw={700} data-testid="approve-total">
            {t('claims.detail.approve.total', { amount: formatRupiah(total) })}
          </Text>
          {total !== computedTotal && (
            <Text size="xs" c="dimmed">
              {t('claims.detail.approve.fromComputed', { amount: formatRupiah(computedTotal) })}
            </Text>
          )}
        </div>
        <Button color="teal" leftSection={<IconCircleCheck size={16} />} loading={approve.isPending} onClick={submit}>
          {t('claims.detail.approve.submit')}
        </Button>
      </Group>
      <Stack mt="sm">
        <MutationError error={approve.error} />
      </Stack>
    </Section>
  );
}
