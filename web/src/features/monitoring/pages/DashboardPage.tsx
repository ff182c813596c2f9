import '@mantine/charts/styles.layer.css';
import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { api, apiUrl } from '../../../lib/api-client.ts';
import { formatDateId, formatNumber, formatRupiah } from '../../../lib/format.ts';
import { formatCompactRupiah } from '../../../lib/compact-money.ts';
import { AgreementPicker, useDefaultAgreementId } from '../../../components/AgreementPicker.tsx';
import type { Words } from '../../../i18n/features.ts';
import { useAgreementOptions } from '../../../components/AgreementPicker.tsx';
import { DayField } from '../../../components/DateFields.tsx';
import type { DashboardOut, PersonStatusOut, ReminderOut, UnprotectedList } from '../../../../../src/monitoring/answers.ts';
import { ReportPeriodField } from '../components/ReportPeriodField.tsx';

/** The quarter of a 'YYYY-MM-DD' day as the report's period code ('2024-Q1'). */
const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

type Person = PersonStatusOut;
type Figures = DashboardOut;
type Reminder = ReminderOut;

/** Rows per page of the unprotected list (the server pages it: at most 500). */
const PAGE_SIZES = [10, 25, 50, 100];

/** A reason someone is unprotected today (labels in contributions.reasons, loaded with this page). */
type Reason = keyof Words['contributions']['reasons'];

function Stat({ label, value, testId, to }: { label: string; value: string; testId: string; to?: string }) {
  const inner = (
    <Card withBorder radius="md" padding="md" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700}>
        {value}
      </Text>
    </Card>
  );
  return to ? (
    <Anchor component={Link} to={to} underline="never" c="inherit">
      {inner}
    </Anchor>
  ) : (
    inner
  );
}

export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const fallback = useDefaultAgreementId();
  const agreementId = params.get('agreement') ? Number(params.get('agreement')) : fallback;
  const reason = params.get('reason');
  // The unprotected list's page (?halaman=, from 1) and rows per page (?baris=, 50 when absent): the server pages it.
  const page = Math.max(1, Number(params.get('halaman')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('baris'))) ? Number(params.get('baris')) : 50;
  // The day shown: ?tanggal=YYYY-MM-DD, else the server's default (today, or an ended agreement's last day).
  const date = params.get('tanggal') ?? undefined;
  const agreements = useAgreementOptions();
  const [periodInput, setPeriod] = useState<string | null>(null);
  const set = (k: string, v: string | null) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        if (v) n.set(k, v);
        else n.delete(k);
        // Another agreement, day, reason or page size starts the list at its first page.
        if (k !== 'halaman') n.delete('halaman');
        return n;
      },
      { replace: true },
    );
  const figures = useQuery({
    queryKey: ['dashboard', agreementId, date],
    queryFn: () => api<Figures>('/monitoring/dashboard', { query: { agreementId, date } }),
    enabled: !!agreementId,
  });
  const people = useQuery({
    queryKey: ['unprotected', agreementId, reason, date, page, pageSize],
    queryFn: () => api<UnprotectedList>('/monitoring/unprotected', { query: { agreementId, reason, date, page, pageSize } }),
    enabled: !!agreementId,
    placeholderData: (previous) => previous,
  });
  const reminders = useQuery({
    queryKey: ['reminders', agreementId],
    queryFn: () => api<{ items: Reminder[] }>('/monitoring/reminders', { query: { agreementId } }),
    enabled: !!agreementId,
    select: (d) => d.items,
  });
  const f = figures.data;
  const period = periodInput ?? (f ? quarterOf(f.date) : '');
  // A fresh installation without any agreement starts at the agreements list.
  if (agreements.data && agreements.data.length === 0) return <Navigate to="/perjanjian" replace />;
  return (
    <Stack gap="lg">
      <PageHeader title={t('monitoring.title')} subtitle={t('monitoring.subtitle')} />
      <Group align="flex-end">
        <AgreementPicker value={agreementId} onChange={(id) => set('agreement', String(id))} />
        <DayField label={t('monitoring.date')} data-testid="as-of-date" value={date ?? f?.date ?? ''} onChange={(v) => set('tanggal', v || null)} w={180} />
      </Group>
      {figures.error && <QueryError error={figures.error} />}
      {f && (
        <>
          <Alert color={f.asOf.ended ? 'orange' : 'blue'} variant="light" data-testid="as-of">
            {f.asOf.ended ? t('monitoring.asOfEnded', { date: formatDateId(f.date) }) : t('monitoring.asOf', { date: formatDateId(f.date) })}
          </Alert>
          <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }}>
            <Stat testId="stat-roster" label={t('monitoring.roster')} value={formatNumber(f.coverage.roster)} to="/pegawai" />
            <Stat testId="stat-enrolled" label={t('monitoring.enrolled')} value={formatNumber(f.coverage.enrolled)} to="/kepesertaan?tab=participants" />
            <Stat testId="stat-protected" label={t('monitoring.protected')} value={formatNumber(f.coverage.protected)} />
            <Stat testId="stat-unprotected" label={t('monitoring.unprotected')} value={formatNumber(f.unprotected.total)} />
            <Stat testId="stat-arrears" label={t('monitoring.arrears')} value={formatRupiah(f.arrears.total)} to="/iuran?tab=arrears" />
            <Stat
              testId="stat-days"
              label={t('monitoring.daysLeft')}
              value={f.agreement.daysRemaining === null ? '—' : String(f.agreement.daysRemaining)}
              to={`/perjanjian/${agreementId}`}
            />
          </SimpleGrid>
          {!!reminders.data?.length && (
            <Card withBorder radius="md" padding="md">
              <Text fw={600} mb="xs">
                {t('monitoring.reminders')}
              </Text>
              <Stack gap={4}>
                {reminders.data.map((r, i) => (
                  <Group key={i} gap="xs">
                    <Badge color={r.severity === 'danger' ? 'red' : r.severity === 'warning' ? 'orange' : 'blue'} variant="light">
                      {formatDateId(r.date)}
                    </Badge>
                    <Anchor component={Link} to={r.link} size="sm">
                      {r.message}
                    </Anchor>
                  </Group>
                ))}
              </Stack>
            </Card>
          )}
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Card withBorder radius="md" padding="md" data-testid="coverage-chart">
              <Text fw={600} mb="sm">
                {t('monitoring.coverageChart')}
              </Text>
              <BarChart
                h={260}
                data={f.coverage.units.map((u) => ({ unit: u.code, roster: u.roster, enrolled: u.enrolled, protected: u.protected }))}
                dataKey="unit"
                withLegend
                series={[
                  { name: 'roster', label: t('monitoring.roster'), color: 'blue.3' },
                  { name: 'enrolled', label: t('monitoring.enrolled'), color: 'blue.7' },
                  { name: 'protected', label: t('monitoring.protected'), color: 'teal.6' },
                ]}
              />
            </Card>
            <Card withBorder radius="md" padding="md" data-testid="contributions-chart">
              <Text fw={600} mb="sm">
                {t('monitoring.contributionsChart')}
              </Text>
              <BarChart
                h={260}
                data={f.contributions.map((m) => ({ month: m.label, billed: m.billed, paid: m.paid }))}
                dataKey="month"
                withLegend
                valueFormatter={(v) => formatRupiah(v)}
                yAxisProps={{ tickFormatter: (v: number) => formatCompactRupiah(v, i18n.language === 'en' ? 'en' : 'id'), width: 64 }}
                series={[
                  { name: 'billed', label: t('monitoring.billed'), color: 'yellow.6' },
                  { name: 'paid', label: t('monitoring.paid'), color: 'teal.6' },
                ]}
              />
            </Card>
          </SimpleGrid>
          <Card withBorder radius="md" padding="md">
            <Group justify="space-between" mb="sm">
              <Title order={4}>{t('monitoring.unprotectedList')}</Title>
              <Select
                placeholder={t('monitoring.all')}
                clearable
                data={Object.entries(f.unprotected.reasons)
                  .filter(([, n]) => n > 0)
                  .map(([k, n]) => ({
                    value: k,
                    label: `${i18n.exists(`contributions.reasons.${k}`) ? t(`contributions.reasons.${k as Reason}`) : k} (${n})`,
                  }))}
                value={reason}
                onChange={(v) => set('reason', v)}
                w={{ base: '100%', xs: 320 }}
              />
            </Group>
            <div data-testid="unprotected-table">
              <DataTable<Person>
                withTableBorder
                borderRadius="md"
                striped
                minHeight={people.data?.items.length ? undefined : 150}
                fetching={people.isFetching}
                records={people.data?.items ?? []}
                idAccessor="employeeId"
                noRecordsText={t('empty.unprotected')}
                totalRecords={people.data?.total ?? 0}
                recordsPerPage={pageSize}
                recordsPerPageOptions={PAGE_SIZES}
                recordsPerPageLabel={t('monitoring.perPage')}
                onRecordsPerPageChange={(size) => set('baris', size === 50 ? null : String(size))}
                page={page}
                onPageChange={(p) => set('halaman', p === 1 ? null : String(p))}
                paginationText={({ from, to, totalRecords }) =>
                  t('monitoring.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(totalRecords) })
                }
                columns={[
                  {
                    accessor: 'nik',
                    title: t('monitoring.nik'),
                    width: 170,
                    render: (p) => (
                      <Anchor component={Link} to={`/pegawai/${p.employeeId}`} ff="monospace" size="sm">
                        {p.nik}
                      </Anchor>
                    ),
                  },
                  { accessor: 'fullName', title: t('roster.name') },
                  { accessor: 'unitCode', title: t('roster.unit') },
                  {
                    accessor: 'detail',
                    title: t('monitoring.reason'),
                    render: (p) => (
                      <>
                        <Badge size="sm" variant="light" color={p.state === 'in_arrears' ? 'red' : 'gray'} mr={6} data-testid="person-state">
                          {t(`contributions.states.${p.state}`)}
                        </Badge>
                        {p.detail}
                      </>
                    ),
                  },
                ]}
              />
            </div>
          </Card>
          <Card withBorder radius="md" padding="md" data-testid="claims-figures">
            <Text fw={600} mb="xs">
              {t('monitoring.claimsByStatus')}
            </Text>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('monitoring.claimsTable.program')}</Table.Th>
                  <Table.Th>{t('monitoring.claimsTable.status')}</Table.Th>
                  <Table.Th ta="right">{t('monitoring.claimsTable.count')}</Table.Th>
                  <Table.Th ta="right">{t('monitoring.claimsTable.approved')}</Table.Th>
                  <Table.Th ta="right">{t('monitoring.claimsTable.paid')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {f.claims.map((c) => (
                  <Table.Tr key={`${c.program}-${c.status}`}>
                    <Table.Td>
                      <Anchor component={Link} to="/klaim">
                        {c.program}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`claims.status.${c.status}`, { defaultValue: c.status })}</Table.Td>
                    <Table.Td ta="right">{c.count}</Table.Td>
                    <Table.Td ta="right">{formatRupiah(c.approved)}</Table.Td>
                    <Table.Td ta="right">{formatRupiah(c.paid)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {!f.claims.length && (
              <Text size="sm" c="dimmed">
                —
              </Text>
            )}
          </Card>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder radius="md" padding="md">
              <Text fw={600} mb="xs">
                {t('monitoring.followUps')}
              </Text>
              {f.followUps.length ? (
                f.followUps.map((x) => (
                  <Text key={x.id} size="sm" c={x.overdue ? 'red' : undefined}>
                    {formatDateId(x.dueOn)} — {x.action} ({x.owner})
                  </Text>
                ))
              ) : (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
            </Card>
            <Card withBorder radius="md" padding="md">
              <Text fw={600} mb="xs">
                {t('monitoring.forceMajeure')}
              </Text>
              {f.forceMajeure.length ? (
                f.forceMajeure.map((x) => (
                  <Text key={x.id} size="sm">
                    {x.description}: {x.notice.message}
                  </Text>
                ))
              ) : (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
            </Card>
          </SimpleGrid>
          <Card withBorder radius="md" padding="md">
            <Text fw={600} mb="xs">
              {t('monitoring.report')}
            </Text>
            <Group align="flex-end">
              <ReportPeriodField value={period} onChange={setPeriod} aroundYear={Number(f.date.slice(0, 4))} />
              <Button component="a" href={apiUrl('/monitoring/report', { agreementId, period, format: 'pdf' })} leftSection={<IconDownload size={16} />}>
                {t('monitoring.downloadPdf')}
              </Button>
              <Button
                component="a"
                href={apiUrl('/monitoring/report', { agreementId, period, format: 'xlsx' })}
                variant="default"
                leftSection={<IconDownload size={16} />}
              >
                {t('monitoring.downloadXlsx')}
              </Button>
            </Group>
          </Card>
        </>
      )}
      {!f && !figures.error && agreementId && <Alert>{t('app.loading')}</Alert>}
    </Stack>
  );
}
