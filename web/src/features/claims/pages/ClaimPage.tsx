import { Alert, SimpleGrid, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { can, useUser } from '../../../lib/auth.ts';
import { useVerifyClaim } from '../api/claim-actions.ts';
import { useClaim } from '../api/get-claims.ts';
import { ApproveCard } from '../components/ApproveCard.tsx';
import { BenefitsTable } from '../components/BenefitsTable.tsx';
import { ClaimActions } from '../components/ClaimActions.tsx';
import { ClaimHeader } from '../components/ClaimHeader.tsx';
import { ClaimTimeline } from '../components/ClaimTimeline.tsx';
import { DeadlinesCard } from '../components/DeadlinesCard.tsx';
import { DocumentsCard } from '../components/DocumentsCard.tsx';
import { IncidentCard } from '../components/IncidentCard.tsx';
import { MutationError } from '../components/MutationError.tsx';
import { PaymentsCard } from '../components/PaymentsCard.tsx';
import { QuoteDetailsCard } from '../components/QuoteDetailsCard.tsx';

/** One claim: header and the officer's actions, incident, reporting clock, benefits, approval, documents, payments, history. */
export default function ClaimPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const user = useUser();
  const claim = useClaim(id);
  const verify = useVerifyClaim(id);
  if (claim.isPending) return <PageLoader />;
  if (claim.error) return <QueryError error={claim.error} onRetry={() => void claim.refetch()} />;
  const c = claim.data;
  const officer = can(user, 'claims:process');
  return (
    <Stack gap="lg">
      <ClaimHeader claim={c} actions={officer && <ClaimActions claim={c} verify={verify} />} />
      <MutationError error={verify.error} />
      {c.rejectionReason && (
        <Alert color="red" variant="light" title={t('claims.detail.rejected')}>
          {c.rejectionReason}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <IncidentCard claim={c} />
        <DeadlinesCard deadlines={c.deadlines} />
      </SimpleGrid>
      <BenefitsTable claim={c} />
      <QuoteDetailsCard claim={c} />
      {officer && c.status === 'verified' && <ApproveCard claim={c} />}
      <DocumentsCard claim={c} canUpload={can(user, 'claims:file')} />
      <PaymentsCard claim={c} canPay={officer} />
      <ClaimTimeline events={c.timeline} />
    </Stack>
  );
}
