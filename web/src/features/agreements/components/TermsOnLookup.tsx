/** "Which terms applied on this date?" — GET /agreements/:id/terms?date=YYYY-MM-DD. */
import { useState } from 'react';
import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconCalendarSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../lib/format.ts';
import { QueryError } from '../../../components/QueryError.tsx';
import { useTermsOn } from '../api/get-terms-on.ts';
import type { TermsField } from '../api/types.ts';
import { TermsTable } from './TermsTable.tsx';
import { DayField } from '../../../components/DateFields.tsx';

export function TermsOnLookup({ agreementId, fields }: { agreementId: number; fields: TermsField[] }) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [date, setDate] = useState<string | null>(null);
  const result = useTermsOn(agreementId, date);
  const data = result.data;

  return (
    <Stack gap="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (input) setDate(input);
        }}
      >
        <Group align="flex-end" gap="sm">
          <DayField label={t('agreement.lookupDate')} value={input} onChange={(v) => setInput(v)} w={200} />
          <Button type="submit" variant="light" leftSection={<IconCalendarSearch size={16} />} disabled={!input}>
            {t('agreement.lookupSubmit')}
          </Button>
        </Group>
      </form>
      {result.isFetching && <Loader size="sm" />}
      {result.error && <QueryError error={result.error} />}
      {data && !result.isFetching && (
        <Stack gap="sm" data-testid="terms-on-result">
          <Text fw={600}>{formatDateId(data.date)}</Text>
          {!data.withinValidity && (
            <Alert color="orange" variant="light">
              {t('agreement.lookupOutside')}
            </Alert>
          )}
          {data.version ? (
            <>
              <Text size="sm" c="dimmed">
                {t('agreement.lookupVersion', { from: formatDateId(data.version.effectiveFrom) })}
              </Text>
              <TermsTable terms={data.version.terms} fields={fields} />
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t('agreement.lookupNone')}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
