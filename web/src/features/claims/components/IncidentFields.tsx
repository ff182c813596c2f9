import { SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
  const text = (key: IncidentField) => ({
    label: t(`claims.intake.fields.${key}`),
    value: String(value[key] ?? ''),
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
    error: errors[key] ? t(`claims.intake.errors.${errors[key] as 'required'}`) : undefined,
  });
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput type="date" required {...text('incidentDate')} />
        <TextInput placeholder="08:30" {...text('incidentTime')} />
        <TextInput required {...text('place')} />
      </SimpleGrid>
      <Textarea required autosize minRows={3} {...text('chronology')} />
      <TextInput required {...text('reporter')} />
      <Text size="sm" fw={500}>{t('claims.intake.clock')}</Text>
      <Text size="xs" c="dimmed" mt={-12}>{t('claims.intake.clockHint')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput type="date" {...text('stage1ReportedOn')} />
        <TextInput type="date" {...text('doctorStatementOn')} />
        <TextInput type="date" {...text('stage2ReportedOn')} />
      </SimpleGrid>
    </Stack>
  );
}
