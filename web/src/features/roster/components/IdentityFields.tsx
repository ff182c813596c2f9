import { Alert, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EmployeeValues } from '../utils/employee-form.ts';
import { DayField } from '../../../components/DateFields.tsx';

interface Props {
  form: UseFormReturnType<EmployeeValues>;
  editing: boolean;
  /** An admin's NIK mismatch: ask for the reason to keep the NIK. */
  showOverride: boolean;
}

export function IdentityFields({ form, editing, showOverride }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('roster.nik')}
          description={editing ? t('roster.nikLocked') : undefined}
          withAsterisk={!editing}
          disabled={editing}
          maxLength={16}
          inputMode="numeric"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...form.getInputProps('nik')}
        />
        <TextInput label={t('roster.name')} withAsterisk {...form.getInputProps('fullName')} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('roster.sex')}
          </Text>
          <SegmentedControl
            fullWidth
            aria-label={t('roster.sex')}
            data={[
              { value: 'L', label: t('roster.sexes.L') },
              { value: 'P', label: t('roster.sexes.P') },
            ]}
            {...form.getInputProps('sex')}
          />
        </Stack>
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label={t('roster.birthPlace')} {...form.getInputProps('birthPlace')} />
          <DayField label={t('roster.birthDate')} withAsterisk {...form.getInputProps('birthDate')} />
        </SimpleGrid>
      </SimpleGrid>
      {showOverride && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} p="sm">
          <Stack gap="xs">
            <Text size="sm">{t('roster.overrideHint')}</Text>
            <Textarea label={t('roster.override')} withAsterisk autosize minRows={2} {...form.getInputProps('nikOverrideReason')} />
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
