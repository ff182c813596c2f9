import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEmployeeSearch, type EmployeeOption } from '../api/file-claim.ts';

/** Finds the employee by name or NIK on the server (an operator sees only their own unit). */
export function EmployeePicker({
  value,
  onChange,
  error,
  initial,
}: {
  value: number | null;
  onChange: (e: EmployeeOption | null) => void;
  error?: string | undefined;
  initial?: EmployeeOption | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(initial ? label(initial) : '');
  const [chosen, setChosen] = useState<EmployeeOption | null>(initial ?? null);
  const [q] = useDebouncedValue(search, 250);
  const found = useEmployeeSearch(chosen && search === label(chosen) ? '' : q);
  const options = [...(chosen ? [chosen] : []), ...(found.data ?? []).filter((e) => e.id !== chosen?.id)];
  return (
    <Select
      label={t('claims.intake.employee')}
      placeholder={t('claims.intake.employeeHint')}
      description={t('claims.intake.employeeDescription')}
      data={options.map((e) => ({ value: String(e.id), label: label(e) }))}
      value={value ? String(value) : null}
      onChange={(id) => {
        const e = options.find((o) => String(o.id) === id) ?? null;
        setChosen(e);
        onChange(e);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={q.trim().length >= 2 && !found.isFetching ? t('claims.intake.noEmployee') : undefined}
      error={error}
      required
      clearable
    />
  );
}

const label = (e: EmployeeOption): string => `${e.fullName} — ${e.nik}${e.unitName ? ` (${e.unitName})` : ''}`;
