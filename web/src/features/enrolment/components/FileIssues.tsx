import { Alert, ScrollArea, Table } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import type { FileIssue } from '../api/enrolment.ts';

/** The rows of an uploaded file that could not be used: row, column, message. */
export function FileIssuesTable({ issues }: { issues: readonly FileIssue[] }) {
  const { t } = useTranslation();
  return (
    <ScrollArea.Autosize mah={320}>
      <Table striped withTableBorder fz="sm" bg="var(--mantine-color-body)" data-testid="file-issues">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('enrolment.row')}</Table.Th>
            <Table.Th w={160}>{t('enrolment.column')}</Table.Th>
            <Table.Th>{t('enrolment.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((i, k) => (
            <Table.Tr key={k}>
              <Table.Td>{i.row}</Table.Td>
              <Table.Td>{i.column}</Table.Td>
              <Table.Td>{i.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

/** A failed upload: the API's message and, for a 400 with details.issues, the table of problems. */
export function UploadError({ error }: { error: Error }) {
  const issues =
    error instanceof ApiError
      ? error.issues.map((i) => {
          const x = i as { path: string; message: string; row?: number; column?: string };
          return { row: x.row ?? 0, column: x.column ?? x.path, message: x.message };
        })
      : [];
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={error.message}>
      {issues.length > 0 && <FileIssuesTable issues={issues} />}
    </Alert>
  );
}
