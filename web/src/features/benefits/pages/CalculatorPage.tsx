import { Alert, Button, Card, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { IconCalculator, IconPrinter, IconTable } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useOfficeToday } from '../../../lib/office-today.ts';
import { RupiahInput } from '../../../components/RupiahInput.tsx';
import { useAgreementOptions } from '../../../components/AgreementPicker.tsx';
import { useTermsOn } from '../../agreements/index.ts';
import { useTermsFields } from '../../agreements/index.ts';
import { formatRupiah } from '../../../lib/format.ts';
import { useQuote } from '../api/quote.ts';
import { BenefitFields } from '../components/BenefitFields.tsx';
import { QuoteResult } from '../components/QuoteResult.tsx';
import { emptyBenefit, toBenefitRequest } from '../utils/request.ts';
import { DayField } from '../../../components/DateFields.tsx';

/** The benefit calculator: any case, under the terms of an agreement in force on the incident date or the regulation defaults. */
export default function CalculatorPage() {
  const { t } = useTranslation();
  const agreements = useAgreementOptions();
  const quote = useQuote();
  const [benefit, setBenefit] = useState(emptyBenefit);
  const [agreement, setAgreement] = useState<string | null>(null);
  const today = useOfficeToday();
  const [chosenDate, setIncidentDate] = useState<string | null>(null);
  const incidentDate = chosenDate ?? today ?? ''; // the office's today until one is chosen
  const [wage, setWage] = useState<number | ''>('');
  // The wage of the terms in force on the incident date (an addendum may have changed it), never a fixed figure.
  const termsOn = useTermsOn(Number(agreement ?? 0), agreement && incidentDate ? incidentDate : null);
  const defaults = useTermsFields();
  const reportedWage = agreement ? termsOn.data?.version?.terms.contribution.reportedWage.value : defaults.data?.defaults.contribution.reportedWage.value;
  const wagePlaceholder =
    reportedWage !== undefined ? t('benefits.fields.wageFromTerms', { amount: formatRupiah(reportedWage) }) : t('benefits.fields.wageFromTermsUnknown');
  const calculate = () =>
    quote.mutate({ ...toBenefitRequest(benefit), incidentDate, ...(agreement ? { agreement: Number(agreement) } : {}), ...(wage !== '' ? { wage } : {}) });
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('benefits.title')}
        subtitle={t('benefits.subtitle')}
        actions={
          <Button component={Link} to="/manfaat/tabel-cacat" variant="default" leftSection={<IconTable size={16} />}>
            {t('benefits.table.title')}
          </Button>
        }
      />
      <Card withBorder radius="md" padding="lg" className="no-print">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('benefits.fields.terms')}
              placeholder={t('benefits.fields.regulationDefaults')}
              data={(agreements.data ?? []).map((a) => ({ value: String(a.id), label: `${a.numberPartyOne} — ${a.partyOne}` }))}
              value={agreement}
              onChange={setAgreement}
              clearable
            />
            <DayField label={t('benefits.fields.incidentDate')} value={incidentDate} onChange={(v) => setIncidentDate(v)} required />
            <RupiahInput label={t('benefits.fields.wage')} placeholder={wagePlaceholder} value={wage} onChange={(v) => setWage(v === '' ? '' : Number(v))} />
          </SimpleGrid>
          <BenefitFields value={benefit} onChange={setBenefit} />
          <Group>
            <Button leftSection={<IconCalculator size={16} />} onClick={calculate} loading={quote.isPending}>
              {t('benefits.calculate')}
            </Button>
            {quote.data && (
              <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
                {t('benefits.print')}
              </Button>
            )}
          </Group>
        </Stack>
      </Card>
      {quote.error && (
        <Alert color="red" variant="light" data-testid="quote-error">
          {quote.error.message}
        </Alert>
      )}
      {quote.data && !quote.isPending && <QuoteResult quote={quote.data} />}
    </Stack>
  );
}
