import { Stack } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { notifySuccess } from '../../../lib/notify.ts';
import { useTermsFields } from '../api/get-terms-fields.ts';
import { useCreateAgreement } from '../api/save-agreement.ts';
import { AgreementForm } from '../components/AgreementForm.tsx';
import { newAgreementValues } from '../utils/agreement-form.ts';

export default function NewAgreementPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const catalogue = useTermsFields();
  const create = useCreateAgreement();

  if (catalogue.error) return <QueryError error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  if (!catalogue.data) return <PageLoader />;

  return (
    <Stack gap="lg" maw={1000}>
      <PageHeader title={t('form.createTitle')} subtitle={t('agreements.subtitle')} />
      <AgreementForm
        mode="create"
        initialValues={newAgreementValues(catalogue.data.defaults)}
        withTerms
        saving={create.isPending}
        submitLabel={t('form.submitCreate')}
        onCancel={() => void navigate('/perjanjian')}
        onSubmit={async (input) => {
          const created = await create.mutateAsync(input);
          notifySuccess(t('form.created'));
          void navigate(`/perjanjian/${created.id}`);
        }}
      />
    </Stack>
  );
}
