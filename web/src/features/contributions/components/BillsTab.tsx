import { Badge, Button, Card, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError.tsx';
import { can, useUser } from '../../../lib/auth.ts';
import { formatDateId, formatRupiah } from '../../../lib/format.ts';
import { useBills, useCreateBill } from '../api/contributions.ts';

export const STATUS_COLOR = { unpaid: 'red', partial: 'orange', paid: 'teal', credit: 'grape' } as const;

export function BillsTab({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const bills = useBills(agreementId);
  const create = useCreateBill();
  const [period, setPeriod] = useState('');
  const [mode, setMode] = useState<'monthly' | 'yearly'>('monthly');
  const [supplementary, setSupplementary] = useState(false);
  return (
    <Stack gap="md">
      {can(user, 'contributions:bill') && (
        <Card withBorder radius="md" padding="md">
          <Group align="flex-end" wrap="wrap">
            <TextInput label={t('contributions.period')} placeholder="2023-01" value={period} onChange={(e) => setPeriod(e.currentTarget.value)} w={160} />
            <Select label={t('contributions.mode')} data={[{ value: 'monthly', label: t('contributions.monthly') }, { value: 'yearly', label: t('contributions.yearly') }]} value={mode} onChange={(v) => setMode((v as 'monthly' | 'yearly') ?? 'monthly')} allowDeselect={false} w={200} />
            <Checkbox label={t('contributions.supplementary')} checked={supplementary} onChange={(e) => setSupplementary(e.currentTarget.checked)} mb={8} />
            <Button loading={create.isPending} onClick={() => create.mutate({ agreementId, period, mode, supplementary }, { onSuccess: (b) => void navigate(`/iuran/tagihan/${b.id}`) })}>{t('contributions.issue')}</Button>
          </Group>
          {create.error && <Text c="red" size="sm" mt="xs">{create.error.message}</Text>}
        </Card>
      )}
      {bills.error ? (
        <QueryError error={bills.error} />
      ) : (
        <DataTable
          withTableBorder
          borderRadius="md"
          highlightOnHover
          minHeight={150}
          records={bills.data ?? []}
          fetching={bills.isFetching && !bills.data}
          noRecordsText={t('contributions.noBills')}
          onRowClick={({ record }) => void navigate(`/iuran/tagihan/${record.id}`)}
          rowStyle={() => ({ cursor: 'pointer' })}
          columns={[
            { accessor: 'number', title: t('contributions.number') },
            { accessor: 'kind', title: t('contributions.kind'), render: (b) => t(`contributions.kinds.${b.kind}`) },
            { accessor: 'firstPeriod', title: t('contributions.month'), render: (b) => `${b.firstPeriod}${b.months > 1 ? ` (+${b.months - 1})` : ''}` },
            { accessor: 'dueDate', title: t('contributions.dueDate'), render: (b) => formatDateId(b.dueDate) },
            { accessor: 'amountDue', title: t('contributions.amountDue'), textAlign: 'right', render: (b) => formatRupiah(b.amountDue) },
            { accessor: 'paid', title: t('contributions.paid'), textAlign: 'right', render: (b) => formatRupiah(b.paid) },
            { accessor: 'status', title: t('contributions.status'), render: (b) => <Badge color={STATUS_COLOR[b.status]} variant="light">{t(`contributions.statuses.${b.status}`)}</Badge> },
          ]}
        />
      )}
    </Stack>
  );
}
