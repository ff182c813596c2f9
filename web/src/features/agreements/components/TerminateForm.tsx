import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { terminateSchema } from '../../../../../src/agreements/schemas.ts';
import { apiIssues, mapIssues, zodIssues } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { useTerminateAgreement } from '../api/save-agreement.ts';
import { DayField } from '../../../components/DateFields.tsx';

const toField = (path: string) => (path === 'terminatedOn' || path === 'reason' ? path : null);

export function TerminateForm({ agreementId, onDone }: { agreementId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const terminate = useTerminateAgreement(agreementId);
  const form = useForm({ initialValues: { terminatedOn: '', reason: '' } });

  const submit = form.onSubmit((values) => {
    const checked = terminateSchema.safeParse(values);
    if (!checked.success) {
      form.setErrors(mapIssues(zodIssues(checked.error.issues), toField).fieldErrors);
      return;
    }
    terminate.mutate(checked.data, {
      onSuccess: () => {
        notifySuccess(t('terminate.done'));
        onDone();
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
        <Alert color="orange" variant="light">
          {t('terminate.hint')}
        </Alert>
        <DayField label={t('terminate.date')} withAsterisk {...form.getInputProps('terminatedOn')} />
        <Textarea label={t('terminate.reason')} withAsterisk autosize minRows={3} {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" color="red" loading={terminate.isPending}>
            {t('terminate.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
