import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../lib/notify.ts';
import { useRejectClaim } from '../api/claim-actions.ts';
import type { Claim } from '../api/types.ts';
import { MutationError } from './MutationError.tsx';

/** "Tolak": names whose claim is rejected and that it ends there; a written reason is required and goes into the claim's history. */
export function RejectClaimModal({ claim, opened, onClose }: { claim: Pick<Claim, 'id' | 'fullName'>; opened: boolean; onClose: () => void }) {
  const claimId = claim.id;
  const { t } = useTranslation();
  const reject = useRejectClaim(claimId);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : t('claims.detail.actions.reasonRequired')) },
  });
  const close = () => {
    reject.reset();
    onClose();
  };
  const submit = form.onSubmit(({ reason }) =>
    reject.mutate(reason.trim(), {
      onSuccess: () => {
        notifySuccess(t('claims.detail.actions.rejectedDone'));
        form.reset();
        onClose();
      },
    }),
  );
  return (
    <Modal opened={opened} onClose={close} title={t('claims.detail.actions.rejectTitle', { id: claimId })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('claims.detail.actions.rejectHint', { name: claim.fullName })}
          </Text>
          <Textarea label={t('claims.detail.actions.rejectReason')} withAsterisk autosize minRows={3} data-autofocus {...form.getInputProps('reason')} />
          <MutationError error={reject.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" color="red" loading={reject.isPending}>
              {t('claims.detail.actions.rejectConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
