import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChildLevel } from '../api/types.ts';
import { newKey, type ChildValue } from '../utils/request.ts';
import { DayField } from '../../../components/DateFields.tsx';

/** 'belum_sekolah': not yet in school; the scholarship starts when the child enters TK (age 4, terms). */
const LEVELS: readonly ChildLevel[] = ['belum_sekolah', 'TK', 'SD', 'SMP', 'SMA', 'PT'];
/** The scholarship is for at most two children (PP 82/2019). */
export const MAX_CHILDREN = 2;

/** Children for the scholarship: birth date, school level and year of that level at the incident date. */
export function ChildrenRows({ rows, onChange }: { rows: ChildValue[]; onChange: (rows: ChildValue[]) => void }) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<ChildValue>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('benefits.fields.children')}
      </Text>
      {rows.map((r, i) => (
        <Group key={r.key} align="flex-end" gap="xs">
          <DayField label={t('benefits.fields.childBirth', { n: i + 1 })} value={r.birthDate} onChange={(v) => update(r.key, { birthDate: v })} w={190} />
          <Select
            label={t('benefits.fields.level', { n: i + 1 })}
            data={LEVELS.map((l) => ({ value: l, label: t(`benefits.levels.${l}`) }))}
            value={r.level}
            onChange={(l) => update(r.key, { level: l as ChildLevel | null, ...(l === 'belum_sekolah' ? { yearOfLevel: 1 } : {}) })}
            w={200}
          />
          <NumberInput
            label={t('benefits.fields.yearOfLevel', { n: i + 1 })}
            value={r.yearOfLevel}
            onChange={(v) => update(r.key, { yearOfLevel: v === '' ? '' : Number(v) })}
            min={1}
            max={6}
            allowDecimal={false}
            w={170}
            disabled={r.level === 'belum_sekolah'}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('benefits.fields.remove')}
            onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {rows.length < MAX_CHILDREN && (
        <Group>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange([...rows, { key: newKey(), birthDate: '', level: null, yearOfLevel: 1 }])}
          >
            {t('benefits.fields.addChild')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
