import type { ReactNode } from 'react';
import { Alert, Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../lib/format.ts';
import type { AgreementOut } from '../api/types.ts';
import { Section } from '../../../components/Section.tsx';
import { StatusBadge } from './StatusBadge.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} component="div">
        {children}
      </Text>
    </div>
  );
}

export function ValidityCard({ agreement }: { agreement: AgreementOut }) {
  const { t } = useTranslation();
  const none = t('app.none');
  return (
    <Section title={t('agreement.validity')} testId="validity">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing="md">
          <Fact label={t('agreement.signedOn')}>
            {agreement.signedOn ? formatDateId(agreement.signedOn) : none}
            {agreement.place ? `, ${agreement.place}` : ''}
          </Fact>
          {agreement.validFrom && agreement.validFrom !== agreement.signedOn && <Fact label={t('renew.validFrom')}>{formatDateId(agreement.validFrom)}</Fact>}
          <Fact label={t('agreement.validUntil')}>{agreement.validUntil ? formatDateId(agreement.validUntil) : none}</Fact>
          <Fact label={t('agreement.duration')}>{t('agreement.months', { count: agreement.durationMonths })}</Fact>
          <Fact label={t('agreement.status')}>
            <StatusBadge status={agreement.status} size="sm" />
          </Fact>
          <Fact label={t('agreement.daysRemaining')}>{agreement.daysRemaining === null ? none : t('agreement.days', { count: agreement.daysRemaining })}</Fact>
          {agreement.predecessorId !== null && (
            <Fact label={t('renew.predecessor')}>
              <Anchor component={Link} to={`/perjanjian/${agreement.predecessorId}`}>
                {agreement.predecessorNumber}
              </Anchor>
            </Fact>
          )}
          {agreement.successorId !== null && (
            <Fact label={t('renew.successor')}>
              <Anchor component={Link} to={`/perjanjian/${agreement.successorId}`} data-testid="successor-link">
                {agreement.successorNumber}
              </Anchor>
            </Fact>
          )}
        </SimpleGrid>
        {agreement.renewalDue && (
          <Alert color="orange" variant="light" data-testid="renewal-due">
            {t('renew.due', { count: agreement.daysRemaining ?? 0 })}
          </Alert>
        )}
        {agreement.terminatedOn && (
          <Alert color="red" variant="light" title={`${t('agreement.terminatedOn')} ${formatDateId(agreement.terminatedOn)}`}>
            <Text size="sm">
              {t('agreement.terminationReason')}: {agreement.terminationReason}
            </Text>
          </Alert>
        )}
      </Stack>
    </Section>
  );
}
