import { Anchor, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorReportUrl } from '../api/imports.ts';
import type { ImportIssue } from '../api/types.ts';

const SHOWN = 200;

/** The bad rows (Baris, Kolom, Pesan) and the link to the full report. */
export function ImportErrorsTable({ importId, errors }: { importId: number; errors: ImportIssue[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={600} c="red">
          {t('roster.badRows')}
        </Text>
        <Anchor href={errorReportUrl(importId)} download size="sm">
          <Group gap={4}>
            <IconDownload size={14} />
            {t('roster.reportLink')}
          </Group>
        </Anchor>
      </Group>
      <ScrollArea.Autosize mah={320}>
        <Table striped withTableBorder withColumnBorders={false} verticalSpacing={6} data-testid="import-errors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('roster.row')}</Table.Th>
              <Table.Th w={160}>{t('roster.column')}</Table.Th>
              <Table.Th>{t('roster.message')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.slice(0, SHOWN).map((e, i) => (
              <Table.Tr key={`${e.row}-${e.column}-${i}`}>
                <Table.Td>{e.row}</Table.Td>
                <Table.Td>{e.column || t('app.none')}</Table.Td>
                <Table.Td>{e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {errors.length > SHOWN && (
        <Text size="xs" c="dimmed">
          {t('roster.moreErrors', { shown: SHOWN, total: errors.length })}
        </Text>
      )}
    </Stack>
  );
}
