import { Checkbox, NumberInput, Select, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RupiahInput } from '../../../components/RupiahInput.tsx';
import type { Outcome, Program } from '../api/types.ts';
import { applicable, withProgramOutcome, type BenefitValues } from '../utils/request.ts';
import { ChildrenRows } from './ChildrenRows.tsx';
import { DisabilityRows } from './DisabilityRows.tsx';
import { TransportRows } from './TransportRows.tsx';

export interface BenefitFieldsProps {
  value: BenefitValues;
  onChange: (next: BenefitValues) => void;
  /** Hide the program and outcome selects (when the page asks for them itself). */
  hideProgramOutcome?: boolean;
  /** What a blank contribution period means on this page (the calculator: none; a claim: the records). */
  contributionHint?: string;
}

/** The benefit part of a quote or a claim: only the fields that apply to the program and outcome. */
export function BenefitFields({ value, onChange, hideProgramOutcome, contributionHint }: BenefitFieldsProps) {
  const { t } = useTranslation();
  const a = applicable(value);
  const set = <K extends keyof BenefitValues>(key: K, v: BenefitValues[K]) => onChange({ ...value, [key]: v });
  const rupiah = (key: 'medicalCost' | 'orthosisPrice' | 'denturesCost' | 'glassesCost' | 'hearingAidCost' | 'homeCareCost') => (
    <RupiahInput label={t(`benefits.fields.${key}`)} value={value[key]} onChange={(v) => set(key, v === '' ? '' : Number(v))} />
  );
  return (
    <Stack gap="md">
      {!hideProgramOutcome && <ProgramOutcome value={value} onChange={onChange} />}
      {a.care && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {rupiah('medicalCost')}
          <NumberInput
            label={t('benefits.fields.incapacityDays')}
            description={t('benefits.fields.incapacityHint')}
            value={value.incapacityDays}
            onChange={(v) => set('incapacityDays', v === '' ? '' : Number(v))}
            min={0}
            allowDecimal={false}
          />
          {rupiah('orthosisPrice')}
          {rupiah('denturesCost')}
          {rupiah('glassesCost')}
          {rupiah('hearingAidCost')}
          {rupiah('homeCareCost')}
          <NumberInput
            label={t('benefits.fields.homeCareMonths')}
            description={t('benefits.fields.homeCareMonthsHint')}
            value={value.homeCareMonths}
            onChange={(v) => set('homeCareMonths', v === '' ? '' : Number(v))}
            min={0}
            allowDecimal={false}
          />
        </SimpleGrid>
      )}
      {a.care && <TransportRows rows={value.transport} onChange={(rows) => set('transport', rows)} />}
      {a.disabilities && (
        <Stack gap="xs">
          <DisabilityRows rows={value.disabilities} functional={a.functionLoss} onChange={(rows) => set('disabilities', rows)} />
          <Checkbox label={t('benefits.fields.leftHanded')} checked={value.leftHanded} onChange={(e) => set('leftHanded', e.currentTarget.checked)} />
        </Stack>
      )}
      {a.contributionMonths && (
        <NumberInput
          label={t('benefits.fields.contributionMonths')}
          description={contributionHint ?? t('benefits.fields.contributionHint')}
          value={value.contributionMonths}
          onChange={(v) => set('contributionMonths', v === '' ? '' : Number(v))}
          min={0}
          allowDecimal={false}
          w={420}
        />
      )}
      {a.children && <ChildrenRows rows={value.children} onChange={(rows) => set('children', rows)} />}
    </Stack>
  );
}

/** Program (JKK/JKM) and outcome; JKM allows only death. */
export function ProgramOutcome({ value, onChange }: { value: BenefitValues; onChange: (next: BenefitValues) => void }) {
  const { t } = useTranslation();
  const a = applicable(value);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t('benefits.fields.program')}
        data={(['JKK', 'JKM'] as const).map((p) => ({ value: p, label: t(`claims.program.${p}`) }))}
        value={value.program}
        onChange={(p) => p && onChange(withProgramOutcome(value, p as Program, value.outcome))}
        allowDeselect={false}
      />
      <Select
        label={t('benefits.fields.outcome')}
        data={a.outcomes.map((o) => ({ value: o, label: t(`claims.outcome.${o}`) }))}
        value={value.outcome}
        onChange={(o) => o && onChange(withProgramOutcome(value, value.program, o as Outcome))}
        allowDeselect={false}
      />
    </SimpleGrid>
  );
}
