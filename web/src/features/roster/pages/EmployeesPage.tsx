import { Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { can, useUser } from '../../../lib/auth.ts';
import { useEmployees } from '../api/get-employees.ts';
import type { EmployeeFilter } from '../api/types.ts';
import { EmployeesFilters } from '../components/EmployeesFilters.tsx';
import { EmployeesTable } from '../components/EmployeesTable.tsx';
import { RosterActions } from '../components/RosterActions.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { nextListParams, readListParams, type ParamChanges } from '../utils/list-params.ts';

export default function EmployeesPage() {
  const { t } = useTranslation();
  const user = useUser();
  const lockedUnitId = user.role === 'opd_operator' ? user.workUnitId : null;
  const [params, setParams] = useSearchParams();
  const { q, ...rest } = readListParams(params, lockedUnitId);
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const filter: EmployeeFilter = { ...rest, q: debouncedQ || undefined };
  const employees = useEmployees(filter);
  const change = (changes: ParamChanges) => setParams((prev) => nextListParams(prev, changes), { replace: true });
  const canWrite = can(user, 'roster:write');
  const filtered = Boolean(q.trim()) || (lockedUnitId === null && params.has('unit')) || filter.status !== 'active';
  const empty = employees.data?.total === 0 && !employees.isFetching;

  return (
    <Stack gap="lg">
      <PageHeader title={t('roster.title')} subtitle={t('roster.subtitle')} actions={<RosterActions filter={filter} canWrite={canWrite} />} />
      <EmployeesFilters
        q={q}
        unitId={filter.unitId}
        status={filter.status}
        unitLocked={lockedUnitId !== null}
        total={employees.data?.total}
        onChange={change}
      />
      {employees.error ? (
        <QueryError error={employees.error} onRetry={() => void employees.refetch()} />
      ) : empty && filtered ? (
        <EmptyState
          title={t('roster.empty')}
          hint={t('empty.filtered.hint')}
          steps={[{ label: t('empty.filtered.clear'), onClick: () => setParams(new URLSearchParams(), { replace: true }) }]}
        />
      ) : empty ? (
        <EmptyState
          title={t('empty.roster.title')}
          hint={t(canWrite ? 'empty.roster.hint' : 'empty.roster.readOnly')}
          steps={
            canWrite
              ? [
                  { label: t('empty.roster.add'), to: '/pegawai/baru' },
                  { label: t('empty.roster.import'), to: '/pegawai/impor' },
                ]
              : []
          }
        />
      ) : (
        <EmployeesTable
          records={employees.data?.items ?? []}
          total={employees.data?.total ?? 0}
          filter={filter}
          fetching={employees.isFetching}
          onChange={change}
        />
      )}
    </Stack>
  );
}
