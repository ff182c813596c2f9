import { Button, Group, Stack, TextInput } from '@mantine/core';
import { DayField } from '../../../components/DateFields.tsx';
import { confirmAction } from '../../../lib/confirm.tsx';
import { useForm } from '@mantine/form';
import { IconCash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RupiahInput } from '../../../components/RupiahInput.tsx';
import { formatDateId, formatRupiah } from '../../../lib/format.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { useRecordClaimPayment } from '../api/claim-actions.ts';
import { MutationError } from './MutationError.tsx';

/**
 * The BPJS officer records a payment: the amount starts at what is outstanding (the whole), and may be
 * lowered for an installment (STMB); a confirmation names the amount, date, reference and what remains. The page remounts it after each payment so the default follows.
 */
export function PaymentForm({ claimId, claim, outstanding }: { claimId: number; claim: string; outstanding: number }) {
  const { t } = useTranslation();
  const pay = useRecordClaimPayment(claimId);
  const form = useForm({
    initialValues: { amount: outstanding as number | string, paidOn: '', reference: '', note: '' },
    validate: {
      amount: (v) =>
        !(Number(v) > 0)
          ? t('claims.detail.payments.amountRequired')
          : Number(v) > outstanding
            ? t('claims.detail.payments.overOutstanding', { amount: formatRupiah(outstanding) })
            : null,
      paidOn: (v) => (v ? null : t('claims.detail.payments.dateRequired')),
      reference: (v) => (v.trim() ? null : t('claims.detail.payments.referenceRequired')),
    },
  });
  const submit = form.onSubmit((v) =>
    confirmAction({
      title: t('claims.detail.payments.confirmTitle', { amount: formatRupiah(Number(v.amount)) }),
      body: t('claims.detail.payments.confirm', {
        amount: formatRupiah(Number(v.amount)),
        date: formatDateId(v.paidOn),
        reference: v.reference.trim(),
        claim,
        rest: formatRupiah(outstanding - Number(v.amount)),
      }),
      confirm: t('claims.detail.payments.record'),
      onConfirm: () =>
        pay.mutate(
          { amount: Number(v.amount), paidOn: v.paidOn, reference: v.reference.trim(), note: v.note.trim() },
          {
            onSuccess: () => notifySuccess(t('claims.detail.payments.recorded')),
          },
        ),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Group align="flex-start" grow wrap="wrap">
          <RupiahInput label={t('claims.detail.payments.amount')} withAsterisk {...form.getInputProps('amount')} />
          <DayField label={t('claims.detail.payments.date')} withAsterisk {...form.getInputProps('paidOn')} />
          <TextInput label={t('claims.detail.payments.reference')} withAsterisk {...form.getInputProps('reference')} />
        </Group>
        <TextInput label={t('claims.detail.payments.note')} {...form.getInputProps('note')} />
        <MutationError error={pay.error} />
        <Group justify="flex-end">
          <Button type="submit" leftSection={<IconCash size={16} />} loading={pay.isPending}>
            {t('claims.detail.payments.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
