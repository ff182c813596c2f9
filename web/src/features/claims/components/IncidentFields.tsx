import { SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DayField } from '../../../components/DateFields.tsx';
import type { IncidentField, IncidentValues } from '../utils/intake.ts';

interface Props {
  value: IncidentValues;
  onChange: (next: IncidentValues) => void;
  errors: Partial<Record<IncidentField, string>>;
}

/** When, where and how it happened, who reports it, and the dates of the reporting clock. */
export function IncidentFields({ value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = (key: IncidentField, v: string) => onChange({ ...value, [key]: v });
  const labelled = (key: IncidentField) => ({
    label: t(`claims.intake.fields.${key}`),
    error: errors[key] ? t(`claims.intake.errors.${errors[key] as 'required'}`) : undefined,
  });
  const text = (key: IncidentField) => ({
    ...labelled(key),
    value: String(value[key] ?? ''),
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
  });
  const day = (key: IncidentField) => ({ ...labelled(key), value: String(value[key] ?? ''), onChange: (v: string) => set(key, v) });
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DayField required {...day('incidentDate')} />
        <TextInput placeholder="08:30" {...text('incidentTime')} />
        <TextInput required {...text('place')} />
      </SimpleGrid>
      <Textarea required autosize minRows={3} {...text('chronology')} />
      <TextInput required {...text('reporter')} />
      <Text size="sm" fw={500}>
        {t('claims.intake.clock')}
      </Text>
      <Text size="xs" c="dimmed" mt={-12}>
        {t('claims.intake.clockHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DayField {...day('stage1ReportedOn')} />
        <DayField {...day('doctorStatementOn')} />
        <DayField {...day('stage2ReportedOn')} />
      </SimpleGrid>
    </Stack>
  );
}
