import { SimpleGrid, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { EmployeeValues } from '../utils/employee-form.ts';

export function ContactFields({ form }: { form: UseFormReturnType<EmployeeValues> }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput label={t('roster.phone')} inputMode="tel" {...form.getInputProps('phone')} />
      <Textarea label={t('roster.address')} autosize minRows={1} {...form.getInputProps('address')} />
    </SimpleGrid>
  );
}
