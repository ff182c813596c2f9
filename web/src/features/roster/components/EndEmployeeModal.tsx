import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { endEmployeeSchema } from '../../../../../src/roster/schemas.ts';
import { apiIssues, mapIssues, zodIssues } from '../../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { useEndEmployee } from '../api/save-employee.ts';
import type { Employee } from '../api/types.ts';
import { DayField } from '../../../components/DateFields.tsx';

const toField = (path: string) => (path === 'endDate' || path === 'endReason' ? path : null);

/** "Akhiri": the date and reason of leaving (nobody is deleted). */
export function EndEmployeeModal({ employee, opened, onClose }: { employee: Employee; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const end = useEndEmployee(employee.id);
  const form = useForm({ initialValues: { endDate: '', endReason: '' } });

  const submit = form.onSubmit((values) => {
    const checked = endEmployeeSchema.safeParse(values);
    if (!checked.success) return form.setErrors(mapIssues(zodIssues(checked.error.issues), toField).fieldErrors);
    end.mutate(checked.data, {
      onSuccess: () => {
        notifySuccess(t('roster.ended'));
        form.reset();
        onClose();
      },
      onError: (error) => {
        const { fieldErrors, other } = mapIssues(apiIssues(error), toField);
        form.setErrors(fieldErrors);
        if (other.length || !Object.keys(fieldErrors).length) notifyError(error);
      },
    });
  });

  return (
    <Modal opened={opened} onClose={onClose} title={`${t('roster.endTitle')}: ${employee.fullName}`} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Alert color="orange" variant="light">
            {t('roster.endHint')}
          </Alert>
          <DayField label={t('roster.endDate')} withAsterisk minDate={employee.startDate ?? undefined} {...form.getInputProps('endDate')} />
          <Textarea label={t('roster.endReason')} withAsterisk autosize minRows={2} {...form.getInputProps('endReason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" color="red" loading={end.isPending}>
              {t('roster.endAction')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
