/** The admin's buttons on an agreement: edit, record an addendum, terminate early. */
import { Button, Group, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFilePlus, IconPencil, IconPlayerStop, IconRefresh } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AgreementOut, TermsField } from '../api/types.ts';
import { AmendmentForm } from './AmendmentForm.tsx';
import { TerminateForm } from './TerminateForm.tsx';
import { RenewForm } from './RenewForm.tsx';

export function AgreementActions({ agreement, fields }: { agreement: AgreementOut; fields: TermsField[] }) {
  const { t } = useTranslation();
  const [amendOpen, amend] = useDisclosure(false);
  const [terminateOpen, terminate] = useDisclosure(false);
  const [renewOpen, renew] = useDisclosure(false);
  const canRenew = !!agreement.signedOn && !agreement.terminatedOn && agreement.successorId === null;
  const canAmend = !!agreement.signedOn && agreement.status !== 'terminated';
  const canTerminate = !!agreement.signedOn && !agreement.terminatedOn;
  return (
    <Group gap="sm">
      <Button component={Link} to={`/perjanjian/${agreement.id}/ubah`} variant="default" leftSection={<IconPencil size={16} />}>
        {t('agreement.edit')}
      </Button>
      {canAmend && (
        <Button onClick={amend.open} leftSection={<IconFilePlus size={16} />}>
          {t('agreement.amend')}
        </Button>
      )}
      {canRenew && (
        <Button variant={agreement.renewalDue ? 'filled' : 'light'} color="teal" onClick={renew.open} leftSection={<IconRefresh size={16} />}>
          {t('renew.button')}
        </Button>
      )}
      {canTerminate && (
        <Button variant="light" color="red" onClick={terminate.open} leftSection={<IconPlayerStop size={16} />}>
          {t('agreement.terminate')}
        </Button>
      )}
      <Modal opened={amendOpen} onClose={amend.close} title={t('amendment.title')} size="xl">
        <AmendmentForm agreement={agreement} fields={fields} onDone={amend.close} />
      </Modal>
      <Modal opened={renewOpen} onClose={renew.close} title={t('renew.title')} size="lg">
        <RenewForm agreement={agreement} onDone={renew.close} />
      </Modal>
      <Modal opened={terminateOpen} onClose={terminate.close} title={t('terminate.title')} size="md">
        <TerminateForm agreementId={agreement.id} onDone={terminate.close} />
      </Modal>
    </Group>
  );
}
