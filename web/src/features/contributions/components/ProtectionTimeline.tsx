/**
 * The last 24 months of one employee's protection: a row of small cells (green protected, red
 * unpaid, orange not billed, grey not enrolled / deactivated / outside the agreement), each with a tooltip.
 * Usage: <ProtectionTimeline employeeId={id} /> (GET /api/v1/employees/:id/protection-timeline).
 */
import { Box, Group, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api-client.ts';

export interface ProtectionMonth { period: string; label: string; protected: boolean; code: string; reason: string }

export function useProtectionTimeline(employeeId: number) {
  return useQuery({
    queryKey: ['protection-timeline', employeeId],
    queryFn: () => api<{ items: ProtectionMonth[] }>(`/employees/${employeeId}/protection-timeline`),
    select: (d) => d.items,
  });
}

const PROTECTED = 'var(--mantine-color-teal-6)';
const UNPAID = 'var(--mantine-color-red-6)';
const NOT_BILLED = 'var(--mantine-color-orange-4)';
const NOT_COVERED = 'var(--mantine-color-gray-3)';

/** Green: protected; red: billed but unpaid; orange: not billed; grey: not enrolled, deactivated or outside the agreement. */
function colorOf(m: ProtectionMonth): string {
  if (m.protected) return PROTECTED;
  if (m.code === 'month_unpaid') return UNPAID;
  if (m.code === 'month_not_billed') return NOT_BILLED;
  return NOT_COVERED;
}

function Legend({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Box w={10} h={10} style={{ borderRadius: 2, background: color }} />
      <Text size="xs" c="dimmed">{label}</Text>
    </Group>
  );
}

export function ProtectionTimeline({ employeeId, withLegend = true }: { employeeId: number; withLegend?: boolean }) {
  const { t } = useTranslation();
  const months = useProtectionTimeline(employeeId);
  if (months.isPending) return <Skeleton h={28} w={24 * 25} />;
  if (months.error) return <Text size="sm" c="red">{months.error.message}</Text>;
  const items = months.data;
  const first = items[0];
  const last = items[items.length - 1];
  return (
    <Stack gap={6} data-testid="protection-timeline">
      <Group gap={3} wrap="nowrap">
        {items.map((m) => (
          <Tooltip
            key={m.period}
            multiline
            w={260}
            withArrow
            label={(
              <>
                <Text size="xs" fw={700}>{m.label} — {m.protected ? t('contributions.protected') : t('contributions.notProtected')}</Text>
                <Text size="xs">{m.reason}</Text>
              </>
            )}
          >
            <Box
              w={20}
              h={28}
              data-period={m.period}
              data-protected={m.protected}
              aria-label={`${m.label}: ${m.reason}`}
              style={{ borderRadius: 4, background: colorOf(m), cursor: 'default' }}
            />
          </Tooltip>
        ))}
      </Group>
      {withLegend && (
        <Group justify="space-between" wrap="wrap" gap="xs" maw={23 * 24}>
          <Text size="xs" c="dimmed">{first?.label} – {last?.label}</Text>
          <Group gap="sm">
            <Legend color={PROTECTED} label={t('contributions.timeline.protected')} />
            <Legend color={UNPAID} label={t('contributions.timeline.unpaid')} />
            <Legend color={NOT_BILLED} label={t('contributions.timeline.notBilled')} />
            <Legend color={NOT_COVERED} label={t('contributions.timeline.notCovered')} />
          </Group>
        </Group>
      )}
    </Stack>
  );
}
