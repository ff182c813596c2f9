import { Stack, Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { can, useUser } from '../../../lib/auth.ts';
import { AgreementPicker, useDefaultAgreementId } from '../../../components/AgreementPicker.tsx';
import { BatchesTab } from '../components/BatchesTab.tsx';
import { NumbersTab, ReconcileTab } from '../components/FilesTabs.tsx';
import { ParticipantsTab } from '../components/ParticipantsTab.tsx';

export default function EnrolmentPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const fallback = useDefaultAgreementId();
  const agreementId = params.get('agreement') ? Number(params.get('agreement')) : fallback;
  const tab = params.get('tab') ?? 'batches';
  const set = (k: string, v: string) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        n.set(k, v);
        return n;
      },
      { replace: true },
    );
  const processor = can(user, 'enrolment:process');
  return (
    <Stack gap="lg">
      <PageHeader title={t('enrolment.title')} subtitle={t('enrolment.subtitle')} />
      <AgreementPicker value={agreementId} onChange={(id) => set('agreement', String(id))} />
      <Tabs value={tab} onChange={(v) => v && set('tab', v)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="batches">{t('enrolment.tabs.batches')}</Tabs.Tab>
          <Tabs.Tab value="participants">{t('enrolment.tabs.participants')}</Tabs.Tab>
          {processor && <Tabs.Tab value="numbers">{t('enrolment.tabs.numbers')}</Tabs.Tab>}
          {processor && <Tabs.Tab value="reconcile">{t('enrolment.tabs.reconcile')}</Tabs.Tab>}
        </Tabs.List>
        {agreementId && (
          <>
            <Tabs.Panel value="batches" pt="md">
              <BatchesTab agreementId={agreementId} />
            </Tabs.Panel>
            <Tabs.Panel value="participants" pt="md">
              <ParticipantsTab agreementId={agreementId} />
            </Tabs.Panel>
            <Tabs.Panel value="numbers" pt="md">
              <NumbersTab agreementId={agreementId} />
            </Tabs.Panel>
            <Tabs.Panel value="reconcile" pt="md">
              <ReconcileTab agreementId={agreementId} />
            </Tabs.Panel>
          </>
        )}
      </Tabs>
    </Stack>
  );
}
