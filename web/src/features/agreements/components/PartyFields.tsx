import { SimpleGrid, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AgreementFormValues } from '../utils/agreement-form.ts';

export function PartyFields({ form, party }: { form: UseFormReturnType<AgreementFormValues>; party: 'partyOne' | 'partyTwo' }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput label={t('form.institution')} withAsterisk {...form.getInputProps(`${party}.institution`)} />
      <Textarea label={t('form.address')} autosize minRows={1} {...form.getInputProps(`${party}.address`)} />
      <TextInput label={t('form.signatory')} withAsterisk {...form.getInputProps(`${party}.signatory`)} />
      <TextInput label={t('form.position')} withAsterisk {...form.getInputProps(`${party}.position`)} />
    </SimpleGrid>
  );
}
