import { Badge, Group, ScrollArea, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRow, ImportRowStatus } from '../api/types.ts';
import { fieldLabel, valueText } from '../utils/labels.ts';
import { STATUS_COLOR } from './ImportCounts.tsx';

const LABEL_KEY = { new: 'roster.new', changed: 'roster.changed', unchanged: 'roster.unchanged', error: 'roster.errors' } as const;

function Changes({ row }: { row: ImportRow }) {
  const { t } = useTranslation();
  if (!row.changes.length)
    return (
      <Text size="xs" c="dimmed">
        {t('app.none')}
      </Text>
    );
  return (
    <Stack gap={2}>
      {row.changes.map((c) => (
        <Text key={c.field} size="xs">
          <Text span c="dimmed" size="xs">
            {fieldLabel(t, c.field, c.label)}:
          </Text>{' '}
          {valueText(t, c.field, c.before)} →{' '}
          <Text span fw={600} size="xs">
            {valueText(t, c.field, c.after)}
          </Text>
        </Text>
      ))}
    </Stack>
  );
}

/** The previewed rows (the server sends the first 500) with their status and what would change. */
export function ImportRowsTable({ rows, total }: { rows: ImportRow[]; total: number }) {
  const { t } = useTranslation();
  const [show, setShow] = useState<'all' | ImportRowStatus>('all');
  const shown = show === 'all' ? rows : rows.filter((r) => r.status === show);
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap">
        <Text fw={600}>{t('roster.rowsTitle')}</Text>
        <SegmentedControl
          size="xs"
          value={show}
          onChange={(v) => setShow(v as typeof show)}
          data={[
            { value: 'all', label: t('roster.statusAll') },
            ...(['new', 'changed', 'unchanged', 'error'] as const).map((s) => ({ value: s, label: t(LABEL_KEY[s]) })),
          ]}
        />
      </Group>
      <ScrollArea.Autosize mah={480}>
        <Table withTableBorder striped verticalSpacing={6} stickyHeader data-testid="import-rows">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('roster.row')}</Table.Th>
              <Table.Th w={170}>{t('roster.nik')}</Table.Th>
              <Table.Th>{t('roster.name')}</Table.Th>
              <Table.Th w={110}>{t('roster.unit')}</Table.Th>
              <Table.Th w={130}>{t('roster.status')}</Table.Th>
              <Table.Th>{t('roster.changes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.row}>
                <Table.Td>{r.row}</Table.Td>
                <Table.Td ff="monospace">{r.nik || t('app.none')}</Table.Td>
                <Table.Td>{r.fullName || t('app.none')}</Table.Td>
                <Table.Td>{r.unitCode || t('app.none')}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[r.status]} variant="light" tt="none">
                    {t(LABEL_KEY[r.status])}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Changes row={r} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {total > rows.length && (
        <Text size="xs" c="dimmed">
          {t('roster.moreRows', { shown: rows.length, total })}
        </Text>
      )}
    </Stack>
  );
}
