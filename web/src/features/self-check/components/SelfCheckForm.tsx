import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DayField } from '../../../components/DateFields.tsx';
import type { SelfCheckQuestion } from '../api/self-check.ts';

/** NIK, date of birth and the last four digits of the KPJ number; only the format is checked here. */
export function SelfCheckForm({ onSubmit, pending }: { onSubmit: (q: SelfCheckQuestion) => void; pending: boolean }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { nik: '', birthDate: '', kpjLast4: '' },
    validate: {
      nik: (v) => (/^\d{16}$/.test(v.replace(/\s+/g, '')) ? null : t('selfCheck.nikFormat')),
      birthDate: (v) => (v ? null : t('selfCheck.required')),
      kpjLast4: (v) => (/^\d{4}$/.test(v.trim()) ? null : t('selfCheck.kpjFormat')),
    },
  });
  return (
    <form noValidate onSubmit={form.onSubmit((v) => onSubmit({ nik: v.nik.replace(/\s+/g, ''), birthDate: v.birthDate, kpjLast4: v.kpjLast4.trim() }))}>
      <Stack gap="md">
        <TextInput
          label={t('selfCheck.nik')}
          description={t('selfCheck.nikHint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          {...form.getInputProps('nik')}
        />
        <DayField
          label={t('selfCheck.birthDate')}
          value={form.values.birthDate}
          onChange={(v) => form.setFieldValue('birthDate', v)}
          error={form.errors.birthDate}
        />
        <TextInput
          label={t('selfCheck.kpjLast4')}
          description={t('selfCheck.kpjHint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          {...form.getInputProps('kpjLast4')}
        />
        <Button type="submit" fullWidth loading={pending}>
          {t('selfCheck.submit')}
        </Button>
      </Stack>
    </form>
  );
}
