import { Alert, Card, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useLiveQuote } from '../../benefits/index.ts';
import type { QuoteRequest } from '../../benefits/index.ts';
import { QuoteItemsTable } from '../../benefits/index.ts';

/** The benefits the claim would earn, recomputed as the form changes (the approval recomputes them). */
export function EstimateCard({ request }: { request: QuoteRequest | null }) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(request, 400);
  const quote = useLiveQuote(debounced);
  return (
    <Card withBorder radius="md" padding="lg" data-testid="claim-estimate">
      <Text fw={600}>{t('claims.intake.estimate')}</Text>
      <Text size="xs" c="dimmed" mb="sm">
        {t('claims.intake.estimateHint')}
      </Text>
      {!request && (
        <Text size="sm" c="dimmed">
          {t('claims.intake.estimateWaiting')}
        </Text>
      )}
      {request && quote.isFetching && <Loader size="sm" />}
      {request && quote.error && (
        <Alert color="orange" variant="light">
          {quote.error.message}
        </Alert>
      )}
      {request && quote.data && !quote.isFetching && <QuoteItemsTable items={quote.data.items} total={quote.data.total} />}
    </Card>
  );
}
