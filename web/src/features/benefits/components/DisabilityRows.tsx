import { ActionIcon, Badge, Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDisabilityTable } from '../api/quote.ts';
import type { DisabilityRow } from '../api/types.ts';
import { newKey, type DisabilityValue } from '../utils/request.ts';

/** The body parts lost (codes from the disability table); several parts add up, up to the total-permanent amount. */
export function DisabilityRows({ rows, functional, onChange }: { rows: DisabilityValue[]; functional: boolean; onChange: (rows: DisabilityValue[]) => void }) {
  const { t } = useTranslation();
  const table = useDisabilityTable();
  const byCode = new Map((table.data ?? []).map((r) => [r.code, r]));
  const options = (table.data ?? []).map((r) => ({
    value: r.code,
    label: `${r.label} — ${percentText(r)}${r.confirmed ? '' : ` (${t('benefits.table.unconfirmed')})`}`,
  }));
  const update = (key: number, patch: Partial<DisabilityValue>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('benefits.fields.disabilities')}
      </Text>
      {rows.map((r, i) => {
        const row = r.code ? byCode.get(r.code) : undefined;
        return (
          <Group key={r.key} align="flex-end" gap="xs" wrap="wrap">
            <Select
              label={t('benefits.fields.bodyPart')}
              aria-label={`${t('benefits.fields.bodyPart')} ${i + 1}`}
              placeholder={t('benefits.fields.bodyPartHint')}
              data={options}
              value={r.code}
              onChange={(code) => update(r.key, { code, tablePercent: '', units: '' })}
              searchable
              nothingFoundMessage={t('benefits.fields.nothingFound')}
              w={420}
            />
            {row?.kind === 'range' && (
              <NumberInput
                label={t('benefits.fields.tablePercent', { min: row.percent, max: row.max })}
                value={r.tablePercent}
                onChange={(v) => update(r.key, { tablePercent: v === '' ? '' : Number(v) })}
                decimalScale={2}
                decimalSeparator=","
                w={200}
              />
            )}
            {row?.kind === 'per_unit' && (
              <NumberInput
                label={t('benefits.fields.units', { unit: row.unit })}
                value={r.units}
                onChange={(v) => update(r.key, { units: v === '' ? '' : Number(v) })}
                min={1}
                max={row.maxUnits ?? undefined}
                allowDecimal={false}
                w={200}
              />
            )}
            {functional && (
              <NumberInput
                label={t('benefits.fields.functionLoss')}
                aria-label={`${t('benefits.fields.functionLoss')} ${i + 1}`}
                value={r.functionLossPercent}
                onChange={(v) => update(r.key, { functionLossPercent: v === '' ? '' : Number(v) })}
                min={0}
                max={100}
                decimalScale={2}
                decimalSeparator=","
                suffix="%"
                w={180}
              />
            )}
            {row && !row.confirmed && (
              <Badge color="orange" variant="light">
                {t('benefits.table.unconfirmed')}
              </Badge>
            )}
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
        );
      })}
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...rows, { key: newKey(), code: null, functionLossPercent: '', tablePercent: '', units: '' }])}
        >
          {t('benefits.fields.addDisability')}
        </Button>
      </Group>
    </Stack>
  );
}

/** "40%", "10%–30%", "5% per 10 dB". */
export function percentText(r: DisabilityRow): string {
  if (r.kind === 'range') return `${r.percent}–${r.max ?? ''}`;
  if (r.kind === 'per_unit') return `${r.percent} / ${r.unit ?? ''}`;
  return r.percent;
}
