import { Alert, Card, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../lib/format.ts';
import { DisabilityParts } from '../../benefits/index.ts';
import { ScholarshipSchedule } from '../../benefits/index.ts';
import type { Claim } from '../api/types.ts';

/** What stands behind the benefit items: the wage, each body part, the yearly scholarship schedule, warnings and notes. */
export function QuoteDetailsCard({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const { disabilityParts, scholarshipSchedule, notes, warnings } = claim;
  if (!disabilityParts.length && !scholarshipSchedule.length && !notes.length && !warnings.length) return null;
  return (
    <Card withBorder radius="md" padding="lg" data-testid="claim-quote-details">
      <Stack gap="md">
        <div>
          <Text fw={600}>{t('claims.detail.quoteDetails')}</Text>
          {claim.wage !== null && (
            <Text size="xs" c="dimmed">
              {t('claims.detail.wage', { wage: formatRupiah(claim.wage) })}
            </Text>
          )}
        </div>
        {warnings.length > 0 && (
          <Alert color="orange" variant="light" title={t('benefits.result.warnings')}>
            <List size="sm">
              {warnings.map((w) => (
                <List.Item key={w}>{w}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {disabilityParts.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('benefits.result.parts')}
            </Text>
            <DisabilityParts parts={disabilityParts} />
          </Stack>
        )}
        {scholarshipSchedule.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('benefits.result.schedule')}
            </Text>
            <ScholarshipSchedule schedule={scholarshipSchedule} />
          </Stack>
        )}
        {notes.length > 0 && (
          <Alert color="blue" variant="light" title={t('benefits.result.notes')}>
            <List size="sm">
              {notes.map((n) => (
                <List.Item key={n}>{n}</List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
