import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import { Section } from '../../../components/Section.tsx';
import type { ClaimEvent } from '../api/types.ts';
import { CLAIM_COLOR } from '../utils/status.ts';
import { statusLabel } from '../utils/labels.ts';

/** Every step of the claim: from → to, who and when, and the note (amounts, installments, reasons). */
export function ClaimTimeline({ events }: { events: ClaimEvent[] }) {
  const { t } = useTranslation();
  const title = (e: ClaimEvent) => {
    if (!e.from) return statusLabel(t, e.to);
    if (e.from === e.to) return t('claims.detail.timeline.installment');
    return t('claims.detail.timeline.move', { from: statusLabel(t, e.from), to: statusLabel(t, e.to) });
  };
  return (
    <Section title={t('claims.detail.timeline.title')}>
      <Timeline bulletSize={14} lineWidth={2} data-testid="claim-timeline">
        {events.map((e, i) => (
          <Timeline.Item key={i} title={title(e)} color={CLAIM_COLOR[e.to]}>
            <Text size="xs" c="dimmed">
              {t('claims.detail.timeline.by', { actor: e.actorName ?? e.actor, at: formatDateTime(e.at) })}
            </Text>
            {e.note && (
              <Text size="sm" mt={2}>
                {e.note}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </Section>
  );
}
