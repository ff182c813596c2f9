/** "Perpanjang": the successor agreement's numbers, signing date, start and duration. */
import { Alert, Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { renewAgreementSchema } from '../../../../../src/agreements/schemas.ts';
import { apiIssues, mapIssues, zodIssues } from '../../../lib/form-errors.ts';
import { formatDateId } from '../../../lib/format.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { notifications } from '@mantine/notifications';
import { useRenewAgreement } from '../api/save-agreement.ts';
import type { AgreementOut } from '../api/types.ts';
import { DayField } from '../../../components/DateFields.tsx';

const FIELDS = ['numberPartyOne', 'numberPartyTwo', 'signedOn', 'startsOn', 'durationMonths'] as const;
const toField = (path: string) => ((FIELDS as readonly string[]).includes(path) ? path : null);

export function RenewForm({ agreement, onDone }: { agreement: AgreementOut; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const renew = useRenewAgreement(agreement.id);
  const form = useForm({
    initialValues: { numberPartyOne: '', numberPartyTwo: '', signedOn: '', startsOn: '', durationMonths: agreement.durationMonths as number | string },
  });

  const submit = form.onSubmit((values) => {
    const body = {
      numberPartyOne: values.numberPartyOne,
      numberPartyTwo: values.numberPartyTwo,
      signedOn: values.signedOn || null,
      ...(values.startsOn ? { startsOn: values.startsOn } : {}),
      ...(values.durationMonths !== '' ? { durationMonths: Number(values.durationMonths) } : {}),
    };
    const checked = renewAgreementSchema.safeParse(body);
    if (!checked.success) {
      form.setErrors(mapIssues(zodIssues(checked.error.issues), toField).fieldErrors);
      return;
    }
    renew.mutate(body, {
      onSuccess: (r) => {
        notifySuccess(r.carriedOver === null ? t('renew.draftDone') : t('renew.done', { count: r.carriedOver }));
        for (const w of r.warnings) notifications.show({ color: 'orange', message: w, autoClose: 12000 });
        onDone();
        void navigate(`/perjanjian/${r.agreement.id}`);
      },
      onError: (error) => {
        form.setErrors(mapIssues(apiIssues(error), toField).fieldErrors);
        notifyError(error);
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Alert color="teal" variant="light">
          {t('renew.hint')}
        </Alert>
        <TextInput label={t('renew.numberPartyOne')} withAsterisk {...form.getInputProps('numberPartyOne')} />
        <TextInput label={t('renew.numberPartyTwo')} withAsterisk {...form.getInputProps('numberPartyTwo')} />
        <DayField label={t('renew.signedOn')} {...form.getInputProps('signedOn')} />
        <DayField
          label={t('renew.startsOn')}
          description={agreement.validUntil ? t('renew.startsOnDefault', { date: formatDateId(agreement.validUntil) }) : undefined}
          {...form.getInputProps('startsOn')}
        />
        <NumberInput label={t('renew.durationMonths')} min={1} max={240} {...form.getInputProps('durationMonths')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" color="teal" loading={renew.isPending}>
            {t('renew.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
