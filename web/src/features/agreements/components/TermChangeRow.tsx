import { ActionIcon, Card, Grid, NativeSelect, TextInput, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TermsField } from '../api/types.ts';
import { fieldLabel, sectionOf } from '../utils/terms.ts';
import type { ChangeRow, ChangeValue } from '../utils/term-change.ts';
import { TermChangeValueInput } from './TermChangeValueInput.tsx';

interface Props {
  index: number;
  row: ChangeRow;
  fields: TermsField[];
  errors: Record<string, string | undefined>;
  onPathChange: (path: string) => void;
  onChange: (patch: Partial<Pick<ChangeRow, 'basis' | 'note'>> & { value?: ChangeValue }) => void;
  onRemove: () => void;
}

export function TermChangeRow({ index, row, fields, errors, onPathChange, onChange, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  const field = fields.find((f) => f.path === row.path);
  const groups = (['contribution', 'benefits'] as const).map((section) => ({
    group: t(`terms.sections.${section}`),
    items: fields.filter((f) => sectionOf(f.path) === section).map((f) => ({ value: f.path, label: fieldLabel(f, i18n.language) })),
  }));
  const err = (name: string) => errors[`changes.${index}.${name}`];
  return (
    <Card withBorder padding="sm" radius="md" bg="gray.0" data-testid="term-change">
      <Grid gap="sm" align="flex-start">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <NativeSelect
            label={t('amendment.field')}
            value={row.path}
            onChange={(e) => onPathChange(e.currentTarget.value)}
            data={[{ value: '', label: t('amendment.fieldPlaceholder') }, ...groups]}
            error={err('path')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <TermChangeValueInput kind={field?.kind} value={row.value} onChange={(value) => onChange({ value })} error={err('value')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 1 }} pt={{ md: 30 }}>
          <Tooltip label={t('amendment.removeChange')}>
            <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={t('amendment.removeChange')}>
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <TextInput label={t('amendment.basis')} value={row.basis} onChange={(e) => onChange({ basis: e.currentTarget.value })} error={err('basis')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <TextInput label={t('amendment.note')} value={row.note} onChange={(e) => onChange({ note: e.currentTarget.value })} />
        </Grid.Col>
      </Grid>
    </Card>
  );
}
