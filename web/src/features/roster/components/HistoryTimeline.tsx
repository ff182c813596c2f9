import { Text, Timeline } from '@mantine/core';
import { IconArrowsExchange, IconBriefcase, IconPencil, IconPlayerPlay, IconUserMinus, IconUserPlus, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import type { HistoryEntry } from '../api/types.ts';
import { describeHistory } from '../utils/history.ts';

const LOOK: Record<string, { icon: Icon; color: string }> = {
  created: { icon: IconUserPlus, color: 'teal' },
  updated: { icon: IconPencil, color: 'gray' },
  moved: { icon: IconArrowsExchange, color: 'blue' },
  position_changed: { icon: IconBriefcase, color: 'indigo' },
  ended: { icon: IconUserMinus, color: 'red' },
  reactivated: { icon: IconPlayerPlay, color: 'teal' },
};

/** The employee's history, newest first, one readable sentence per entry. */
export function HistoryTimeline({ history }: { history: HistoryEntry[] }) {
  const { t } = useTranslation();
  if (history.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('roster.noHistory')}
      </Text>
    );
  return (
    <Timeline bulletSize={26} lineWidth={2} data-testid="employee-history">
      {history.map((h) => {
        const look = LOOK[h.kind] ?? LOOK.updated!;
        return (
          <Timeline.Item key={h.id} bullet={<look.icon size={14} />} color={look.color}>
            <Text size="sm">{describeHistory(t, h)}</Text>
            <Text size="xs" c="dimmed" mt={2}>
              {t('roster.sentence.recorded', { at: formatDateTime(h.at) })}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
