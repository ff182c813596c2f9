import { Button, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChecks, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { confirmAction } from '../../../lib/confirm.tsx';
import { notifySuccess } from '../../../lib/notify.ts';
import type { useVerifyClaim } from '../api/claim-actions.ts';
import type { Claim } from '../api/types.ts';
import { claimName } from '../utils/labels.ts';
import { RejectClaimModal } from './RejectClaimModal.tsx';

/**
 * The BPJS officer's buttons: "Verifikasi" while submitted (enabled once the required documents are in),
 * "Tolak" until approved; each names what will happen before it acts. The page shows the verification's error under the header.
 */
export function ClaimActions({ claim: c, verify }: { claim: Claim; verify: ReturnType<typeof useVerifyClaim> }) {
  const { t } = useTranslation();
  const [rejecting, reject] = useDisclosure(false);
  const missing = c.checklist.some((d) => d.required && !d.uploaded);
  const open = c.status === 'submitted' || c.status === 'verified';
  if (!open) return null;
  return (
    <>
      {c.status === 'submitted' && (
        <Tooltip label={t('claims.detail.actions.verifyHint')} disabled={!missing}>
          <Button
            leftSection={<IconChecks size={16} />}
            loading={verify.isPending}
            data-disabled={missing || undefined}
            onClick={(event) => {
              if (missing) return event.preventDefault();
              confirmAction({
                title: t('claims.detail.actions.confirmVerifyTitle', { claim: claimName(c) }),
                body: t('claims.detail.actions.confirmVerify', { name: c.fullName }),
                confirm: t('claims.detail.actions.verify'),
                onConfirm: () => verify.mutate(undefined, { onSuccess: () => notifySuccess(t('claims.detail.actions.verified')) }),
              });
            }}
          >
            {t('claims.detail.actions.verify')}
          </Button>
        </Tooltip>
      )}
      <Button variant="light" color="red" leftSection={<IconX size={16} />} onClick={reject.open}>
        {t('claims.detail.actions.reject')}
      </Button>
      <RejectClaimModal claim={c} opened={rejecting} onClose={reject.close} />
    </>
  );
}
