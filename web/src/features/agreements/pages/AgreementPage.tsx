import { lazy, Suspense } from 'react';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, useUser } from '../../../lib/auth.ts';
import { formatDateId } from '../../../lib/format.ts';
import { QueryError } from '../../../components/QueryError.tsx';
import { useAgreement } from '../api/get-agreement.ts';
import { useTermsFields } from '../api/get-terms-fields.ts';
import { AgreementHeader } from '../components/AgreementHeader.tsx';
import { AmendmentsList } from '../components/AmendmentsList.tsx';
import { PartyCard } from '../components/PartyCard.tsx';
import { Section } from '../../../components/Section.tsx';
import { TermsHistory } from '../components/TermsHistory.tsx';
import { TermsOnLookup } from '../components/TermsOnLookup.tsx';
import { TermsTable } from '../components/TermsTable.tsx';
import { TextListCard } from '../components/TextListCard.tsx';
import { ValidityCard } from '../components/ValidityCard.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';

// The admin's forms (and the shared zod schemas they check with) load only for admins.
const AgreementActions = lazy(() => import('../components/AgreementActions.tsx').then((m) => ({ default: m.AgreementActions })));

export default function AgreementPage() {
  const { t } = useTranslation();
  const user = useUser();
  const id = Number(useParams().id);
  const agreement = useAgreement(id);
  const catalogue = useTermsFields();

  if (agreement.error) return <QueryError error={agreement.error} onRetry={() => void agreement.refetch()} />;
  if (catalogue.error) return <QueryError error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  if (!agreement.data || !catalogue.data) return <PageLoader />;

  const a = agreement.data;
  const fields = catalogue.data.fields;
  return (
    <Stack gap="lg">
      <AgreementHeader
        agreement={a}
        actions={
          can(user, 'agreements:write') && (
            <Suspense fallback={null}>
              <AgreementActions agreement={a} fields={fields} />
            </Suspense>
          )
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <PartyCard role={t('agreements.partyOne')} party={a.parties.one} />
        <PartyCard role={t('agreements.partyTwo')} party={a.parties.two} />
      </SimpleGrid>
      <ValidityCard agreement={a} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <TextListCard title={t('agreement.purpose')} items={a.purpose} />
        <TextListCard title={t('agreement.scope')} items={a.scope} />
      </SimpleGrid>
      <TextListCard title={t('agreement.legalBases')} items={a.legalBases} />
      <Section
        title={t('agreement.currentTerms')}
        testId="current-terms"
        actions={
          a.currentTerms && (
            <Text size="sm" c="dimmed">
              {t('agreement.currentTermsSince', { date: formatDateId(a.currentTerms.effectiveFrom) })}
            </Text>
          )
        }
      >
        {a.currentTerms ? <TermsTable terms={a.currentTerms.terms} fields={fields} /> : <Text c="dimmed">{t('agreement.noTerms')}</Text>}
      </Section>
      <Section title={t('agreement.history')} testId="terms-history">
        <TermsHistory versions={a.termsVersions} amendments={a.amendments} currentId={a.currentTerms?.id ?? null} />
      </Section>
      <Section title={t('agreement.amendments')}>
        <AmendmentsList agreementId={a.id} amendments={a.amendments} />
      </Section>
      <Section title={t('agreement.lookup')} testId="terms-lookup">
        <TermsOnLookup agreementId={a.id} fields={fields} />
      </Section>
    </Stack>
  );
}
