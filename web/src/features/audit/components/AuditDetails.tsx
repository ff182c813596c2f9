import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../api/get-audit.ts';

/** Before/after as the fields that changed, one per row. */
export function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <Stack p="md" bg="gray.0">
      {entry.changes.length === 0 ? (
        <Text size="sm" c="dimmed">{t('audit.noChanges')}</Text>
      ) : (
        <Table withTableBorder bg="white">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.field')}</Table.Th>
              <Table.Th>{t('audit.before')}</Table.Th>
              <Table.Th>{t('audit.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entry.changes.map((c) => (
              <Table.Tr key={c.field}>
                <Table.Td><Text size="sm" ff="monospace">{c.field}</Text></Table.Td>
                <Table.Td><Text size="sm" c="red" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{c.before ?? t('app.none')}</Text></Table.Td>
                <Table.Td><Text size="sm" c="teal.8" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{c.after ?? t('app.none')}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
