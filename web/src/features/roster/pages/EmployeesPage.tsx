import { Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconFileSpreadsheet, IconPlus, IconSearch, IconUpload } from '@tabler/icons-react';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { can, useUser } from '../../../lib/auth.ts';
import { formatDateId, formatNumber } from '../../../lib/format.ts';
import { exportUrl, templateUrl, useEmployees, useUnits, type Employee, type EmployeeFilter } from '../api/roster.ts';

const SORTS = ['name', 'nik', 'unit', 'startDate'] as const;

export default function EmployeesPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const filter: EmployeeFilter = {
    q: debouncedQ || undefined,
    unitId: params.get('unit') ? Number(params.get('unit')) : undefined,
    status: (['active', 'ended', 'all'] as const).find((s) => s === params.get('status')) ?? 'active',
    sort: SORTS.find((s) => s === params.get('sort')) ?? 'name',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: Number(params.get('page') ?? 1) || 1,
    pageSize: 50,
  };
  const employees = useEmployees(filter);
  const units = useUnits();
  const set = (changes: Record<string, string | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(changes)) (v ? next.set(k, v) : next.delete(k));
      if (!('page' in changes)) next.delete('page');
      return next;
    }, { replace: true });
  const writer = can(user, 'roster:write');
  const sortStatus: DataTableSortStatus<Employee> = { columnAccessor: filter.sort, direction: filter.order };

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('roster.title')}
        subtitle={t('roster.subtitle')}
        actions={
          <>
            {writer && <Button component={Link} to="/pegawai/baru" leftSection={<IconPlus size={16} />}>{t('roster.add')}</Button>}
            {writer && <Button component={Link} to="/pegawai/impor" variant="light" leftSection={<IconUpload size={16} />}>{t('roster.import')}</Button>}
            <Button component="a" href={exportUrl('xlsx', filter)} variant="default" leftSection={<IconDownload size={16} />}>{t('roster.exportXlsx')}</Button>
            <Button component="a" href={exportUrl('csv', filter)} variant="default" leftSection={<IconDownload size={16} />}>{t('roster.exportCsv')}</Button>
            <Button component="a" href={templateUrl()} variant="subtle" leftSection={<IconFileSpreadsheet size={16} />}>{t('roster.template')}</Button>
          </>
        }
      />
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput label={t('roster.search')} leftSection={<IconSearch size={16} />} value={q} onChange={(e) => set({ q: e.currentTarget.value || undefined })} w={280} />
        <Select
          label={t('roster.unit')}
          placeholder={t('roster.allUnits')}
          clearable
          searchable
          data={(units.data ?? []).map((u) => ({ value: String(u.id), label: `${u.code} — ${u.name}` }))}
          value={filter.unitId ? String(filter.unitId) : null}
          onChange={(v) => set({ unit: v ?? undefined })}
          w={300}
        />
        <Select
          label={t('roster.status')}
          data={[{ value: 'active', label: t('roster.statusActive') }, { value: 'ended', label: t('roster.statusEnded') }, { value: 'all', label: t('roster.statusAll') }]}
          value={filter.status}
          onChange={(v) => set({ status: v ?? undefined })}
          w={160}
          allowDeselect={false}
        />
        <Text size="sm" c="dimmed" pb={8}>{t('roster.total', { count: employees.data?.total ?? 0, formatted: formatNumber(employees.data?.total ?? 0) })}</Text>
      </Group>
      {employees.error ? (
        <QueryError error={employees.error} onRetry={() => void employees.refetch()} />
      ) : (
        <DataTable
          withTableBorder
          borderRadius="md"
          highlightOnHover
          minHeight={180}
          fetching={employees.isFetching}
          records={employees.data?.items ?? []}
          totalRecords={employees.data?.total ?? 0}
          recordsPerPage={filter.pageSize}
          page={filter.page}
          onPageChange={(p) => set({ page: String(p) })}
          sortStatus={sortStatus}
          onSortStatusChange={(s) => set({ sort: String(s.columnAccessor), order: s.direction })}
          onRowClick={({ record }) => void navigate(`/pegawai/${record.id}`)}
          rowStyle={() => ({ cursor: 'pointer' })}
          noRecordsText={t('roster.total', { count: 0 })}
          columns={[
            { accessor: 'nik', title: t('roster.nik'), sortable: true, render: (e) => <Text ff="monospace" size="sm">{e.nik}</Text> },
            { accessor: 'name', title: t('roster.name'), sortable: true, render: (e) => <Text size="sm" fw={500}>{e.fullName}</Text> },
            { accessor: 'sex', title: t('roster.sex'), render: (e) => e.sex },
            { accessor: 'unit', title: t('roster.unit'), sortable: true, render: (e) => <Text size="sm">{e.unitCode} — {e.unitName}</Text> },
            { accessor: 'position', title: t('roster.position') },
            { accessor: 'employmentType', title: t('roster.type') },
            { accessor: 'startDate', title: t('roster.start'), sortable: true, render: (e) => formatDateId(e.startDate) },
            { accessor: 'status', title: t('roster.status'), render: (e) => <Badge color={e.status === 'active' ? 'teal' : 'gray'} variant="light">{e.status === 'active' ? t('roster.statusActive') : t('roster.statusEnded')}</Badge> },
          ]}
        />
      )}
    </Stack>
  );
}
