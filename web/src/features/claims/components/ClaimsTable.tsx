import { Badge, Table, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateId, formatRupiah } from '../../../lib/format.ts';
import type { ClaimRow } from '../api/types.ts';
import { CLAIM_COLOR } from '../utils/status.ts';
import { RowLink } from '../../../components/RowLink.tsx';

export function ClaimsTable({ rows }: { rows: ClaimRow[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder striped highlightOnHover data-testid="claims-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('claims.list.number')}</Table.Th>
            <Table.Th>{t('claims.list.participant')}</Table.Th>
            <Table.Th>{t('claims.list.program')}</Table.Th>
            <Table.Th>{t('claims.list.outcome')}</Table.Th>
            <Table.Th>{t('claims.list.incidentDate')}</Table.Th>
            <Table.Th>{t('claims.list.status')}</Table.Th>
            <Table.Th ta="right">{t('claims.list.approved')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.id} style={{ cursor: 'pointer' }} onClick={() => void navigate(`/klaim/${c.id}`)}>
              <Table.Td>
                <RowLink to={`/klaim/${c.id}`}>{c.number ?? c.id}</RowLink>
              </Table.Td>
              <Table.Td>
                {c.fullName}{' '}
                <Text span c="dimmed" size="xs">
                  {c.nik}
                </Text>
              </Table.Td>
              <Table.Td>{c.program}</Table.Td>
              <Table.Td>{t(`claims.outcome.${c.outcome}`)}</Table.Td>
              <Table.Td>{formatDateId(c.incidentDate)}</Table.Td>
              <Table.Td>
                <Badge color={CLAIM_COLOR[c.status]} variant="light">
                  {t(`claims.status.${c.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{c.approvedTotal === null ? '—' : formatRupiah(c.approvedTotal)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
