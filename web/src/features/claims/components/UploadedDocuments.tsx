import { Anchor, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format.ts';
import type { Claim } from '../api/types.ts';
import { fileSize } from '../utils/labels.ts';

/** Every uploaded file with its download link, kind, size, uploader and time. */
export function UploadedDocuments({ claim: c }: { claim: Claim }) {
  const { t } = useTranslation();
  if (c.documents.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('claims.detail.documents.none')}
      </Text>
    );
  const kind = (code: string) => c.checklist.find((d) => d.code === code)?.label ?? code;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" data-testid="claim-documents">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('claims.detail.documents.name')}</Table.Th>
            <Table.Th>{t('claims.detail.documents.kind')}</Table.Th>
            <Table.Th ta="right">{t('claims.detail.documents.size')}</Table.Th>
            <Table.Th>{t('claims.detail.documents.by')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.documents.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <Anchor
                  href={apiUrl(`/claims/${c.id}/documents/${d.id}`)}
                  download={d.name}
                  size="sm"
                  aria-label={t('claims.detail.documents.download', { name: d.name })}
                >
                  <IconDownload size={14} style={{ verticalAlign: 'middle', marginRight: 4 }} />
                  {d.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="xs">{kind(d.code)}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
                  {fileSize(d.size)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs">{d.uploadedBy}</Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(d.uploadedAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
