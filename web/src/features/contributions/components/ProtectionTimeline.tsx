/**
 * The last 24 months of one employee's protection: a row of small cells, one colour per state
 * (green paid, light green awaiting payment, red in arrears, grey not covered), each with a tooltip. It is a list whose
 * items carry their month, state and reason as text for screen readers; the cells wrap on a phone.
 * Usage: <ProtectionTimeline employeeId={id} /> (GET /api/v1/employees/:id/protection-timeline).
 */
import { Box, Group, Skeleton, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api-client.ts';
import { formatDateId } from '../../../lib/format.ts';

export type ProtectionState = 'protected_paid' | 'awaiting_payment' | 'in_arrears' | 'not_covered';
export interface ProtectionMonth {
  period: string;
  label: string;
  protected: boolean;
  state: ProtectionState;
  code: string;
  reason: string;
}

/** The months up to `end`: today, or the last day of the employee's agreement once it has ended (`ended`). */
export function useProtectionTimeline(employeeId: number) {
  return useQuery({
    queryKey: ['protection-timeline', employeeId],
    queryFn: () => api<{ end: string; ended: boolean; items: ProtectionMonth[] }>(`/employees/${employeeId}/protection-timeline`),
  });
}

/** One colour per state. */
export const STATE_COLOR: Record<ProtectionState, string> = {
  protected_paid: 'var(--mantine-color-teal-6)',
  awaiting_payment: 'var(--mantine-color-teal-2)',
  in_arrears: 'var(--mantine-color-red-6)',
  not_covered: 'var(--mantine-color-gray-3)',
};

function Legend({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Box w={10} h={10} style={{ borderRadius: 2, background: color }} aria-hidden />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}

export function ProtectionTimeline({ employeeId, withLegend = true }: { employeeId: number; withLegend?: boolean }) {
  const { t } = useTranslation();
  const months = useProtectionTimeline(employeeId);
  if (months.isPending) return <Skeleton h={28} w={24 * 25} maw="100%" />;
  if (months.error)
    return (
      <Text size="sm" c="red">
        {months.error.message}
      </Text>
    );
  const { items, ended, end } = months.data;
  const first = items[0];
  const last = items[items.length - 1];
  return (
    <Stack gap={6} data-testid="protection-timeline">
      <Group component="ul" gap={3} wrap="wrap" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('contributions.timeline.title')}>
        {items.map((m) => (
          <Tooltip
            key={m.period}
            multiline
            w={260}
            withArrow
            label={
              <>
                <Text size="xs" fw={700}>
                  {m.label} — {t(`contributions.states.${m.state}`)}
                </Text>
                <Text size="xs">{m.reason}</Text>
              </>
            }
          >
            <Box
              component="li"
              w={20}
              h={28}
              data-period={m.period}
              data-protected={m.protected}
              data-state={m.state}
              style={{ borderRadius: 4, background: STATE_COLOR[m.state], cursor: 'default' }}
            >
              <VisuallyHidden>{`${m.label}: ${t(`contributions.states.${m.state}`)} — ${m.reason}`}</VisuallyHidden>
            </Box>
          </Tooltip>
        ))}
      </Group>
      {ended && (
        <Text size="xs" fw={600} data-testid="timeline-ended">
          {t('contributions.timeline.ended', { date: formatDateId(end) })}
        </Text>
      )}
      {withLegend && (
        <Group justify="space-between" wrap="wrap" gap="xs" maw={23 * 24}>
          <Text size="xs" c="dimmed">
            {first?.label} – {last?.label}
          </Text>
          <Group gap="sm">
            <Legend color={STATE_COLOR.protected_paid} label={t('contributions.timeline.protected')} />
            <Legend color={STATE_COLOR.awaiting_payment} label={t('contributions.timeline.awaiting')} />
            <Legend color={STATE_COLOR.in_arrears} label={t('contributions.timeline.arrears')} />
            <Legend color={STATE_COLOR.not_covered} label={t('contributions.timeline.notCovered')} />
          </Group>
        </Group>
      )}
    </Stack>
  );
}
