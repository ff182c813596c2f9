import { Badge, Button, Card, Checkbox, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError.tsx';
import { can, useUser } from '../../../lib/auth.ts';
import { formatDateId, formatPeriod, formatRupiah } from '../../../lib/format.ts';
import { useBills, useCreateBill, type Bill } from '../api/contributions.ts';
import { RowLink } from '../../../components/RowLink.tsx';
import { MonthField } from '../../../components/DateFields.tsx';
import { confirmAction } from '../../../lib/confirm.tsx';
import { EmptyState, focusForm } from '../../../components/EmptyState.tsx';

export const STATUS_COLOR = { unpaid: 'red', partial: 'orange', paid: 'teal', credit: 'grape' } as const;
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

export function BillStatusBadge({ bill, ...rest }: { bill: Pick<Bill, 'status'>; size?: 'sm' | 'md' | 'lg'; 'data-testid'?: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[bill.status]} variant="light" {...rest}>
      {t(`contributions.statuses.${bill.status}`)}
    </Badge>
  );
}

/** "Mei 2022" for 2022-05, from the bill's own month labels when it has them. */
function periodText(b: Bill): string {
  const first = b.monthsStatus[0]?.label ?? b.firstPeriod;
  const last = b.monthsStatus[b.monthsStatus.length - 1]?.label;
  return b.months > 1 && last ? `${first} – ${last}` : first;
}

function IssueBill({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateBill();
  const [period, setPeriod] = useState('');
  const [mode, setMode] = useState<'monthly' | 'yearly'>('monthly');
  const [supplementary, setSupplementary] = useState(false);
  const periodError = period && !PERIOD.test(period) ? t('contributions.periodRule') : null;
  return (
    <Card withBorder radius="md" padding="lg" id="issue-bill">
      <Text fw={600} mb="sm">
        {t('contributions.newBill')}
      </Text>
      <Group align="flex-start" wrap="wrap" gap="lg">
        <MonthField
          label={t('contributions.period')}
          value={period}
          onChange={setPeriod}
          error={periodError}
          w={{ base: '100%', xs: 200 }}
          data-testid="bill-period"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('contributions.mode')}
          </Text>
          <SegmentedControl
            value={mode}
            onChange={(v) => setMode(v as 'monthly' | 'yearly')}
            data={[
              { value: 'monthly', label: t('contributions.monthly') },
              { value: 'yearly', label: t('contributions.yearly') },
            ]}
          />
        </Stack>
        <Checkbox
          label={t('contributions.supplementary')}
          description={t('contributions.supplementaryHint')}
          checked={supplementary}
          onChange={(e) => setSupplementary(e.currentTarget.checked)}
          mt={26}
          maw={320}
        />
        <Button
          mt={25}
          leftSection={<IconFilePlus size={16} />}
          disabled={!PERIOD.test(period)}
          loading={create.isPending}
          onClick={() =>
            confirmAction({
              title: t('contributions.confirmIssueTitle'),
              body: t(supplementary ? 'contributions.confirmIssueSupplementary' : 'contributions.confirmIssue', {
                month: formatPeriod(period),
                mode: mode === 'yearly' ? t('contributions.yearly') : t('contributions.monthly'),
              }),
              confirm: t('contributions.issue'),
              onConfirm: () => create.mutate({ agreementId, period, mode, supplementary }, { onSuccess: (b) => void navigate(`/iuran/tagihan/${b.id}`) }),
            })
          }
        >
          {t('contributions.issue')}
        </Button>
      </Group>
      {create.error && (
        <Text c="red" size="sm" mt="sm">
          {create.error.message}
        </Text>
      )}
    </Card>
  );
}

export function BillsTab({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const bills = useBills(agreementId);
  return (
    <Stack gap="md">
      {can(user, 'contributions:bill') && <IssueBill agreementId={agreementId} />}
      {bills.error ? (
        <QueryError error={bills.error} onRetry={() => void bills.refetch()} />
      ) : bills.data?.length === 0 ? (
        <EmptyState
          title={t('empty.bills.title')}
          hint={t(can(user, 'contributions:bill') ? 'empty.bills.hint' : 'empty.bills.readOnly')}
          steps={[can(user, 'contributions:bill') && { label: t('empty.bills.issue'), onClick: () => focusForm('issue-bill') }]}
        />
      ) : (
        <DataTable
          withTableBorder
          borderRadius="md"
          striped
          highlightOnHover
          minHeight={bills.data?.length ? undefined : 160}
          records={bills.data ?? []}
          fetching={bills.isPending}
          noRecordsText={t('contributions.noBills')}
          onRowClick={({ record }) => void navigate(`/iuran/tagihan/${record.id}`)}
          rowStyle={() => ({ cursor: 'pointer' })}
          columns={[
            { accessor: 'number', title: t('contributions.number'), render: (b) => <RowLink to={`/iuran/tagihan/${b.id}`}>{b.number}</RowLink> },
            {
              accessor: 'kind',
              title: t('contributions.kind'),
              render: (b) => `${t(`contributions.kinds.${b.kind}`)} · ${b.paymentMode === 'yearly' ? t('contributions.yearly') : t('contributions.monthly')}`,
            },
            { accessor: 'firstPeriod', title: t('contributions.month'), render: periodText },
            { accessor: 'months', title: t('contributions.monthsCount'), textAlign: 'right' },
            { accessor: 'dueDate', title: t('contributions.dueDate'), render: (b) => formatDateId(b.dueDate) },
            { accessor: 'amountDue', title: t('contributions.amountDue'), textAlign: 'right', render: (b) => formatRupiah(b.amountDue) },
            { accessor: 'paid', title: t('contributions.paid'), textAlign: 'right', render: (b) => formatRupiah(b.paid) },
            { accessor: 'status', title: t('contributions.status'), render: (b) => <BillStatusBadge bill={b} /> },
          ]}
        />
      )}
    </Stack>
  );
}
