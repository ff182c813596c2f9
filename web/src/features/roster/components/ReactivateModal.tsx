import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { useReactivateEmployee } from '../api/save-employee.ts';
import type { Employee } from '../api/types.ts';

export function ReactivateModal({ employee, opened, onClose }: { employee: Employee; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const reactivate = useReactivateEmployee(employee.id);
  const confirm = () =>
    reactivate.mutate(undefined, {
      onSuccess: () => {
        notifySuccess(t('roster.reactivated'));
        onClose();
      },
      onError: (error) => notifyError(error),
    });
  return (
    <Modal opened={opened} onClose={onClose} title={t('roster.reactivate')}>
      <Stack gap="md">
        <Text size="sm">{t('roster.reactivateConfirm', { name: employee.fullName })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button onClick={confirm} loading={reactivate.isPending}>
            {t('roster.reactivate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
