/** Reported wage, JKK and JKM rates and payment modes, each with its (editable) legal basis. */
import { Checkbox, Grid, Group, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { RupiahInput } from '../../../components/RupiahInput.tsx';
import type { AgreementFormValues } from '../utils/agreement-form.ts';

function Basis({ form, name }: { form: UseFormReturnType<AgreementFormValues>; name: string }) {
  const { t } = useTranslation();
  return <TextInput label={t('form.basis')} withAsterisk {...form.getInputProps(`terms.${name}.basis`)} />;
}

export function MainTermsFields({ form }: { form: UseFormReturnType<AgreementFormValues> }) {
  const { t } = useTranslation();
  return (
    <Grid gap="sm">
      <Grid.Col span={12}>
        <Text size="sm" c="dimmed">
          {t('form.mainTermsHint')}
        </Text>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <RupiahInput label={t('form.reportedWage')} withAsterisk {...form.getInputProps('terms.reportedWage.value')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 7 }}>
        <Basis form={form} name="reportedWage" />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <TextInput
          label={t('form.jkkRate')}
          withAsterisk
          placeholder={t('form.ratePlaceholder')}
          rightSection="%"
          {...form.getInputProps('terms.jkkRate.value')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 7 }}>
        <Basis form={form} name="jkkRate" />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <TextInput
          label={t('form.jkmRate')}
          withAsterisk
          placeholder={t('form.ratePlaceholder')}
          rightSection="%"
          {...form.getInputProps('terms.jkmRate.value')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 7 }}>
        <Basis form={form} name="jkmRate" />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <Checkbox.Group label={t('form.paymentModes')} withAsterisk {...form.getInputProps('terms.paymentModes.value')}>
          <Group mt={8}>
            <Checkbox value="monthly" label={t('terms.paymentModes.monthly')} />
            <Checkbox value="yearly" label={t('terms.paymentModes.yearly')} />
          </Group>
        </Checkbox.Group>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 7 }}>
        <Basis form={form} name="paymentModes" />
      </Grid.Col>
    </Grid>
  );
}
