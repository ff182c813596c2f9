import { Text } from '@mantine/core';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateId, formatNumber } from '../../../lib/format.ts';
import { PAGE_SIZES, type Employee, type EmployeeFilter } from '../api/types.ts';
import type { ParamChanges } from '../utils/list-params.ts';
import { typeLabel } from '../utils/labels.ts';
import { EmployeeStatusBadge } from './EmployeeStatusBadge.tsx';
import { RowLink } from '../../../components/RowLink.tsx';

interface Props {
  records: Employee[];
  total: number;
  filter: EmployeeFilter;
  fetching: boolean;
  onChange: (changes: ParamChanges) => void;
}

/** One server page of employees, each opened by the link on its name (Tab + Enter) or a click on the row; sorting and paging go back to the server through the URL. */
export function EmployeesTable({ records, total, filter, fetching, onChange }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sortStatus: DataTableSortStatus<Employee> = { columnAccessor: filter.sort, direction: filter.order };
  return (
    <DataTable<Employee>
      withTableBorder
      borderRadius="md"
      highlightOnHover
      striped
      minHeight={records.length ? undefined : 200}
      fetching={fetching}
      records={records}
      noRecordsText={t('roster.empty')}
      totalRecords={total}
      recordsPerPage={filter.pageSize}
      recordsPerPageOptions={[...PAGE_SIZES]}
      recordsPerPageLabel={t('roster.perPage')}
      onRecordsPerPageChange={(size) => onChange({ size: size === 50 ? undefined : size })}
      page={filter.page}
      onPageChange={(page) => onChange({ page })}
      paginationText={({ from, to, totalRecords }) => t('roster.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(totalRecords) })}
      sortStatus={sortStatus}
      onSortStatusChange={(s) =>
        onChange({ sort: s.columnAccessor === 'name' ? undefined : String(s.columnAccessor), order: s.direction === 'asc' ? undefined : s.direction })
      }
      onRowClick={({ record }) => void navigate(`/pegawai/${record.id}`)}
      rowStyle={() => ({ cursor: 'pointer' })}
      columns={[
        {
          accessor: 'nik',
          title: t('roster.nik'),
          sortable: true,
          width: 170,
          render: (e) => (
            <Text size="sm" ff="monospace">
              {e.nik}
            </Text>
          ),
        },
        { accessor: 'name', title: t('roster.name'), sortable: true, render: (e) => <RowLink to={`/pegawai/${e.id}`}>{e.fullName}</RowLink> },
        { accessor: 'sex', title: t('roster.sexShort'), width: 56, textAlign: 'center' },
        {
          accessor: 'unit',
          title: t('roster.unit'),
          sortable: true,
          render: (e) => (
            <Text size="sm" lineClamp={1} title={e.unitName}>
              <Text span fw={600} size="sm">
                {e.unitCode}
              </Text>{' '}
              — {e.unitName}
            </Text>
          ),
        },
        {
          accessor: 'position',
          title: t('roster.position'),
          render: (e) => (
            <Text size="sm" lineClamp={1}>
              {e.position || t('app.none')}
            </Text>
          ),
        },
        { accessor: 'employmentType', title: t('roster.typeShort'), render: (e) => typeLabel(t, e.employmentType) },
        {
          accessor: 'startDate',
          title: t('roster.start'),
          sortable: true,
          render: (e) => (
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {e.startDate ? formatDateId(e.startDate) : '—'}
            </Text>
          ),
        },
        { accessor: 'status', title: t('roster.status'), width: 100, render: (e) => <EmployeeStatusBadge status={e.status} size="sm" /> },
      ]}
    />
  );
}
