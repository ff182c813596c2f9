import { Stack, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateId, formatRupiah } from '../../../lib/format.ts';
import type { AgreementSummary } from '../api/types.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { RowLink } from '../../../components/RowLink.tsx';

function Validity({ agreement }: { agreement: AgreementSummary }) {
  const { t } = useTranslation();
  if (!agreement.signedOn)
    return (
      <Text size="sm" c="dimmed">
        {t('app.none')}
      </Text>
    );
  return (
    <Stack gap={2}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatDateId(agreement.signedOn)} – {agreement.validUntil ? formatDateId(agreement.validUntil) : t('app.none')}
      </Text>
      {agreement.status === 'active' && agreement.daysRemaining !== null && (
        <Text size="xs" c="dimmed">
          {t('agreements.daysLeft', { count: agreement.daysRemaining })}
        </Text>
      )}
    </Stack>
  );
}

export function AgreementsTable({ records, fetching }: { records: AgreementSummary[]; fetching: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <DataTable
      withTableBorder
      borderRadius="md"
      highlightOnHover
      verticalAlign="top"
      minHeight={records.length ? undefined : 180}
      fetching={fetching}
      records={records}
      noRecordsText={t('agreements.empty')}
      onRowClick={({ record }) => void navigate(`/perjanjian/${record.id}`)}
      rowStyle={() => ({ cursor: 'pointer' })}
      columns={[
        {
          accessor: 'numberPartyOne',
          title: t('agreements.columns.numbers'),
          render: (a) => (
            <Stack gap={2} maw={340}>
              <RowLink to={`/perjanjian/${a.id}`}>{a.numberPartyOne}</RowLink>
              <Text size="sm" fw={600}>
                {a.numberPartyTwo}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={2}>
                {a.title}
              </Text>
            </Stack>
          ),
        },
        {
          accessor: 'partyOne',
          title: t('agreements.columns.parties'),
          render: (a) => (
            <Stack gap={2}>
              <Text size="sm">{a.partyOne}</Text>
              <Text size="sm">{a.partyTwo}</Text>
            </Stack>
          ),
        },
        { accessor: 'signedOn', title: t('agreements.columns.validity'), render: (a) => <Validity agreement={a} /> },
        { accessor: 'status', title: t('agreements.columns.status'), width: 110, render: (a) => <StatusBadge status={a.status} size="sm" /> },
        {
          accessor: 'reportedWage',
          title: t('agreements.columns.reportedWage'),
          textAlign: 'right',
          render: (a) => (
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {a.reportedWage === null ? t('app.none') : formatRupiah(a.reportedWage)}
            </Text>
          ),
        },
      ]}
    />
  );
}
