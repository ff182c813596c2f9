/** The admin's buttons on an agreement: edit, record an addendum, terminate early. */
import { Button, Group, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFilePlus, IconPencil, IconPlayerStop } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AgreementOut, TermsField } from '../api/types.ts';
import { AmendmentForm } from './AmendmentForm.tsx';
import { TerminateForm } from './TerminateForm.tsx';

export function AgreementActions({ agreement, fields }: { agreement: AgreementOut; fields: TermsField[] }) {
  const { t } = useTranslation();
  const [amendOpen, amend] = useDisclosure(false);
  const [terminateOpen, terminate] = useDisclosure(false);
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
      {canTerminate && (
        <Button variant="light" color="red" onClick={terminate.open} leftSection={<IconPlayerStop size={16} />}>
          {t('agreement.terminate')}
        </Button>
      )}
      <Modal opened={amendOpen} onClose={amend.close} title={t('amendment.title')} size="xl">
        <AmendmentForm agreement={agreement} fields={fields} onDone={amend.close} />
      </Modal>
      <Modal opened={terminateOpen} onClose={terminate.close} title={t('terminate.title')} size="md">
        <TerminateForm agreementId={agreement.id} onDone={terminate.close} />
      </Modal>
    </Group>
  );
}
