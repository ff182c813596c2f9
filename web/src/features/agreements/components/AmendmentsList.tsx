import { Anchor, Badge, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../../lib/api-client.ts';
import { formatDateId } from '../../../lib/format.ts';
import type { Amendment } from '../api/types.ts';

export function AmendmentsList({ agreementId, amendments }: { agreementId: number; amendments: Amendment[] }) {
  const { t } = useTranslation();
  if (amendments.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('agreement.noAmendments')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" data-testid="amendments">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('amendment.kind')}</Table.Th>
            <Table.Th>{t('amendment.number')}</Table.Th>
            <Table.Th>{t('agreement.signed')}</Table.Th>
            <Table.Th>{t('agreement.effectiveFrom')}</Table.Th>
            <Table.Th>{t('amendment.summary')}</Table.Th>
            <Table.Th>{t('agreement.document')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {amendments.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Badge variant="light" color="indigo">
                  {t(`amendment.kinds.${a.kind}`)}
                </Badge>
              </Table.Td>
              <Table.Td fw={500}>{a.number}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateId(a.signedOn)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateId(a.effectiveFrom)}</Table.Td>
              <Table.Td>{a.summary}</Table.Td>
              <Table.Td>
                {a.document ? (
                  <Anchor size="sm" href={apiUrl(`/agreements/${agreementId}/amendments/${a.id}/document`)} download={a.document.name}>
                    <IconDownload size={14} style={{ verticalAlign: 'middle', marginRight: 4 }} />
                    {a.document.name}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('agreement.noDocument')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
