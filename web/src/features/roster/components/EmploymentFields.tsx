import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { unitLabel, useUnits } from '../api/get-units.ts';
import { EMPLOYMENT_TYPES } from '../api/types.ts';
import type { EmployeeValues } from '../utils/employee-form.ts';
import { DayField } from '../../../components/DateFields.tsx';

interface Props {
  form: UseFormReturnType<EmployeeValues>;
  /** Editing: units of the employee's government only (a move cannot leave it). */
  institutionId?: number | undefined;
  unitLocked: boolean;
  /** Edit that moves the employee or changes the position: ask from when. */
  askEffectiveOn: boolean;
}

export function EmploymentFields({ form, institutionId, unitLocked, askEffectiveOn }: Props) {
  const { t } = useTranslation();
  const units = useUnits();
  const options = (units.data ?? [])
    .filter((u) => !institutionId || u.institutionId === institutionId)
    .map((u) => ({ value: String(u.id), label: unitLabel(u) }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <Select
        label={t('roster.unit')}
        withAsterisk
        searchable
        disabled={unitLocked}
        data={options}
        allowDeselect={false}
        nothingFoundMessage={t('roster.empty')}
        {...form.getInputProps('workUnitId')}
      />
      <TextInput label={t('roster.position')} {...form.getInputProps('position')} />
      <Select
        label={t('roster.type')}
        withAsterisk
        allowDeselect={false}
        data={EMPLOYMENT_TYPES.map((type) => ({ value: type, label: t(`roster.types.${type}`) }))}
        {...form.getInputProps('employmentType')}
      />
      <DayField label={t('roster.start')} withAsterisk {...form.getInputProps('startDate')} />
      {askEffectiveOn && <DayField label={t('roster.effectiveOn')} description={t('roster.effectiveHint')} {...form.getInputProps('effectiveOn')} />}
    </SimpleGrid>
  );
}
