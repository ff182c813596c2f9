import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RupiahInput } from '../../../components/RupiahInput.tsx';
import type { TransportMode } from '../api/types.ts';
import { newKey, type TransportValue } from '../utils/request.ts';

/** Transport costs, one row per trip; several modes add up, each to its own cap. */
export function TransportRows({ rows, onChange }: { rows: TransportValue[]; onChange: (rows: TransportValue[]) => void }) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<TransportValue>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('benefits.fields.transport')}
      </Text>
      {rows.map((r, i) => (
        <Group key={r.key} align="flex-end" gap="xs">
          <Select
            label={t('benefits.fields.mode')}
            aria-label={`${t('benefits.fields.mode')} ${i + 1}`}
            data={(['land', 'sea', 'air'] as const).map((m) => ({ value: m, label: t(`benefits.modes.${m}`) }))}
            value={r.mode}
            onChange={(m) => m && update(r.key, { mode: m as TransportMode })}
            allowDeselect={false}
            w={220}
          />
          <RupiahInput
            label={t('benefits.fields.transportCost')}
            aria-label={`${t('benefits.fields.transportCost')} ${i + 1}`}
            value={r.cost}
            onChange={(v) => update(r.key, { cost: v === '' ? '' : Number(v) })}
            w={200}
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
      <Group>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => onChange([...rows, { key: newKey(), mode: 'land', cost: '' }])}>
          {t('benefits.fields.addTransport')}
        </Button>
      </Group>
    </Stack>
  );
}
