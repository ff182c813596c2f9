import { Button, FileInput, Group, Select, SimpleGrid } from '@mantine/core';
import { IconEye, IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useImportAgreements } from '../api/get-targets.ts';
import { unitLabel, useUnits } from '../api/get-units.ts';
import { agreementValue, unitValue } from '../utils/import-target.ts';
import { Section } from '../../../components/Section.tsx';

interface Props {
  target: string | null;
  file: File | null;
  /** An operator imports into its own unit only. */
  operator: boolean;
  loading: boolean;
  onTarget: (value: string | null) => void;
  onFile: (file: File | null) => void;
  onPreview: () => void;
}

/** Step 1: where the rows go and which file. Nothing is written yet. */
export function ImportForm({ target, file, operator, loading, onTarget, onFile, onPreview }: Props) {
  const { t } = useTranslation();
  const agreements = useImportAgreements(!operator);
  const units = useUnits();
  const data = [
    ...(operator
      ? []
      : [
          {
            group: t('roster.targetAgreements'),
            items: (agreements.data ?? []).map((a) => ({
              value: agreementValue(a.id),
              label: `${t('roster.targetAgreement', { number: a.numberPartyOne })} — ${a.partyOne}`,
            })),
          },
        ]),
    { group: t('roster.targetUnits'), items: (units.data ?? []).map((u) => ({ value: unitValue(u.id), label: unitLabel(u) })) },
  ];
  return (
    <Section title={t('roster.step1')} hint={t('roster.fileHint')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Select
          label={t('roster.target')}
          description={operator ? undefined : t('roster.targetHint')}
          data={data}
          value={target}
          onChange={onTarget}
          disabled={operator}
          searchable
          allowDeselect={false}
          withAsterisk
        />
        <FileInput
          label={t('roster.file')}
          description=" "
          placeholder={t('roster.filePlaceholder')}
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          leftSection={<IconFileSpreadsheet size={16} />}
          value={file}
          onChange={onFile}
          clearable
          withAsterisk
        />
      </SimpleGrid>
      <Group mt="md">
        <Button leftSection={<IconEye size={16} />} onClick={onPreview} loading={loading} disabled={!file || !target}>
          {t('roster.preview')}
        </Button>
      </Group>
    </Section>
  );
}
