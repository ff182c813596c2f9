import { Stack } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { notifySuccess } from '../../../lib/notify.ts';
import { useAgreement } from '../api/get-agreement.ts';
import { useUpdateAgreement } from '../api/save-agreement.ts';
import { AgreementForm } from '../components/AgreementForm.tsx';
import { valuesFromAgreement } from '../utils/agreement-form.ts';

export default function EditAgreementPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const agreement = useAgreement(id);
  const update = useUpdateAgreement(id);

  if (agreement.error) return <QueryError error={agreement.error} onRetry={() => void agreement.refetch()} />;
  if (!agreement.data) return <PageLoader />;
  const a = agreement.data;
  // Terms of a draft are edited here; once signed they change only through an addendum (Pasal 11).
  const withTerms = a.status === 'draft';

  return (
    <Stack gap="lg" maw={1000}>
      <PageHeader title={t('form.editTitle')} subtitle={`${a.numberPartyOne} — ${a.numberPartyTwo}`} />
      <AgreementForm
        key={a.updatedAt}
        mode="edit"
        initialValues={valuesFromAgreement(a)}
        withTerms={withTerms}
        saving={update.isPending}
        submitLabel={t('app.save')}
        onCancel={() => void navigate(`/perjanjian/${id}`)}
        onSubmit={async (input) => {
          await update.mutateAsync(input);
          notifySuccess(t('app.saved'));
          void navigate(`/perjanjian/${id}`);
        }}
      />
    </Stack>
  );
}
