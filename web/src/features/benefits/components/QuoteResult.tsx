import { Alert, Card, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../api/types.ts';
import { DisabilityParts } from './DisabilityParts.tsx';
import { QuoteItemsTable } from './QuoteItemsTable.tsx';
import { ScholarshipSchedule } from './ScholarshipSchedule.tsx';

/** A quote, whole: items, total in words, disability parts, scholarship schedule, warnings, notes, terms used. */
export function QuoteResult({ quote }: { quote: Quote }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="quote-result">
      {quote.warnings.length > 0 && (
        <Alert color="orange" variant="light" title={t('benefits.result.warnings')}>
          <List size="sm">
            {quote.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Card withBorder radius="md" padding="lg">
        <QuoteItemsTable items={quote.items} total={quote.total} />
        <Text size="sm" c="dimmed" mt="xs" fs="italic">
          {quote.totalInWords}
        </Text>
        <Text size="xs" c="dimmed" mt={4}>
          {quote.termsSource}
        </Text>
      </Card>
      {quote.disabilityParts.length > 0 && (
        <Card withBorder radius="md" padding="lg">
          <Text fw={600} mb="sm">
            {t('benefits.result.parts')}
          </Text>
          <DisabilityParts parts={quote.disabilityParts} />
        </Card>
      )}
      {quote.scholarshipSchedule.length > 0 && (
        <Card withBorder radius="md" padding="lg">
          <Text fw={600} mb="sm">
            {t('benefits.result.schedule')}
          </Text>
          <ScholarshipSchedule schedule={quote.scholarshipSchedule} />
        </Card>
      )}
      {quote.notes.length > 0 && (
        <Alert color="blue" variant="light" title={t('benefits.result.notes')}>
          <List size="sm">
            {quote.notes.map((n) => (
              <List.Item key={n}>{n}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
