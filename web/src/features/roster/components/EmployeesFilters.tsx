import { Group, Select, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import { unitLabel, useUnits } from '../api/get-units.ts';
import type { EmployeeFilter } from '../api/types.ts';
import type { ParamChanges } from '../utils/list-params.ts';

interface Props {
  q: string;
  unitId: number | undefined;
  status: EmployeeFilter['status'];
  /** An operator's unit: shown, not changeable. */
  unitLocked: boolean;
  total: number | undefined;
  onChange: (changes: ParamChanges) => void;
}

export function EmployeesFilters({ q, unitId, status, unitLocked, total, onChange }: Props) {
  const { t } = useTranslation();
  const units = useUnits();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label={t('roster.search')}
        placeholder={t('roster.searchHint')}
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => onChange({ q: e.currentTarget.value })}
        w={{ base: '100%', xs: 300 }}
        type="search"
      />
      <Select
        label={unitLocked ? t('roster.ownUnit') : t('roster.unit')}
        placeholder={t('roster.allUnits')}
        clearable={!unitLocked}
        searchable
        disabled={unitLocked}
        data={(units.data ?? []).map((u) => ({ value: String(u.id), label: unitLabel(u) }))}
        value={unitId ? String(unitId) : null}
        onChange={(v) => onChange({ unit: v ?? undefined })}
        nothingFoundMessage={t('roster.empty')}
        w={{ base: '100%', xs: 320 }}
      />
      <Select
        label={t('roster.status')}
        data={[
          { value: 'active', label: t('roster.statusActive') },
          { value: 'ended', label: t('roster.statusEnded') },
          { value: 'all', label: t('roster.statusAll') },
        ]}
        value={status}
        onChange={(v) => onChange({ status: v === 'active' ? undefined : (v ?? undefined) })}
        allowDeselect={false}
        w={150}
      />
      <Text size="sm" c="dimmed" pb={8} ml="auto" data-testid="employees-total">
        {total === undefined ? '' : t('roster.total', { formatted: formatNumber(total) })}
      </Text>
    </Group>
  );
}
