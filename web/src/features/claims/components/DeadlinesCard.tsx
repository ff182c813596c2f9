import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateId, formatOfficeTime } from '../../../lib/format.ts';
import { Section } from '../../../components/Section.tsx';
import type { ClaimDeadline } from '../api/types.ts';
import { DEADLINE_COLOR } from '../utils/status.ts';

/** The reporting clock: each deadline with its due date, when it was met, its state and the consequence of missing it. */
export function DeadlinesCard({ deadlines }: { deadlines: ClaimDeadline[] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('claims.detail.deadlines.title')} hint={t('claims.detail.deadlines.hint')} testId="claim-deadlines">
      <Stack gap="md">
        {deadlines.map((d) => (
          <Stack key={d.code} gap={2}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge color={DEADLINE_COLOR[d.status]} variant="light" miw={96} style={{ flexShrink: 0 }}>
                {t(`claims.detail.deadlines.status.${d.status}`)}
              </Badge>
              <Text size="sm" fw={500}>
                {d.label}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {d.dueAt
                ? t('claims.detail.deadlines.dueAt', { date: formatDateId(d.due), time: formatOfficeTime(d.dueAt) })
                : t('claims.detail.deadlines.due', { date: formatDateId(d.due) })}
              {d.doneOn && ` · ${t('claims.detail.deadlines.done', { date: formatDateId(d.doneOn) })}`}
            </Text>
            {d.consequence && (
              <Text size="xs" c="red">
                {d.consequence}
              </Text>
            )}
          </Stack>
        ))}
      </Stack>
    </Section>
  );
}
