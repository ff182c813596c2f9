import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findEmployees } from '../api/roster.ts';
import type { EmployeeChoice } from '../utils/report.ts';

const label = (e: EmployeeChoice) => `${e.fullName} — ${e.nik} (${e.unitName})`;

/** Finds the employee: on the server with a signal, in the roster kept on the phone without. */
export function EmployeeFinder({
  value,
  onChange,
  online,
  error,
}: {
  value: EmployeeChoice | null;
  onChange: (e: EmployeeChoice | null) => void;
  online: boolean;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value ? label(value) : '');
  const [q] = useDebouncedValue(search, 250);
  const typing = !value || search !== label(value);
  const found = useQuery({
    queryKey: ['field-report', 'employees', q, online],
    queryFn: () => findEmployees(q, online),
    enabled: typing && q.trim().length >= 2,
    networkMode: 'always',
  });
  const options = [...(value ? [value] : []), ...(found.data ?? []).filter((e) => e.id !== value?.id)];
  return (
    <Select
      label={t('fieldReport.employee')}
      placeholder={t('fieldReport.employeeHint')}
      data={options.map((e) => ({ value: String(e.id), label: label(e) }))}
      value={value ? String(value.id) : null}
      onChange={(id) => onChange(options.find((o) => String(o.id) === id) ?? null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={q.trim().length >= 2 && !found.isFetching ? t('fieldReport.noEmployee') : undefined}
      error={error}
      required
      clearable
    />
  );
}
