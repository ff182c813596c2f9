import { Stack, Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { AgreementPicker, useDefaultAgreementId } from '../../../components/AgreementPicker.tsx';
import { BillsTab } from '../components/BillsTab.tsx';
import { ArrearsTab, BudgetTab, CalculatorTab, ProtectionTab } from '../components/ToolsTabs.tsx';

const TABS = ['bills', 'calculator', 'arrears', 'budget', 'protection'] as const;

export default function ContributionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const fallbackId = useDefaultAgreementId();
  const agreementId = params.get('agreement') ? Number(params.get('agreement')) : fallbackId;
  const tab = TABS.find((x) => x === params.get('tab')) ?? 'bills';
  const set = (k: string, v: string) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        n.set(k, v);
        return n;
      },
      { replace: true },
    );
  return (
    <Stack gap="lg">
      <PageHeader title={t('contributions.title')} subtitle={t('contributions.subtitle')} />
      <AgreementPicker value={agreementId} onChange={(id) => set('agreement', String(id))} />
      <Tabs value={tab} onChange={(v) => v && set('tab', v)} keepMounted={false}>
        <Tabs.List>
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`contributions.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {agreementId && (
          <>
            <Tabs.Panel value="bills" pt="md">
              <BillsTab agreementId={agreementId} />
            </Tabs.Panel>
            <Tabs.Panel value="calculator" pt="md">
              <CalculatorTab agreementId={agreementId} />
            </Tabs.Panel>
            <Tabs.Panel value="arrears" pt="md">
              <ArrearsTab agreementId={agreementId} />
            </Tabs.Panel>
            <Tabs.Panel value="budget" pt="md">
              <BudgetTab agreementId={agreementId} />
            </Tabs.Panel>
            <Tabs.Panel value="protection" pt="md">
              <ProtectionTab />
            </Tabs.Panel>
          </>
        )}
      </Tabs>
    </Stack>
  );
}
