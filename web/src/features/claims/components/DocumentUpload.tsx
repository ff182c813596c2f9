import { FileInput, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../lib/notify.ts';
import { useUploadClaimDocument } from '../api/claim-actions.ts';

/** The upload control of one checklist item; once the item has a file it adds another (several receipts, a page forgotten). */
export function DocumentUpload({ claimId, code, more = false }: { claimId: number; code: string; more?: boolean }) {
  const { t } = useTranslation();
  const upload = useUploadClaimDocument(claimId);
  return (
    <Stack gap={2} w={170}>
      <FileInput
        size="xs"
        value={null}
        accept="application/pdf,image/*"
        placeholder={t(more ? 'claims.detail.documents.addMore' : 'claims.detail.documents.choose')}
        aria-label={t(more ? 'claims.detail.documents.addMoreLabel' : 'claims.detail.documents.upload', { code })}
        variant={more ? 'filled' : 'default'}
        leftSection={<IconUpload size={14} />}
        disabled={upload.isPending}
        onChange={(file) => {
          if (file) upload.mutate({ code, file }, { onSuccess: () => notifySuccess(t('claims.detail.documents.uploadedDone', { name: file.name })) });
        }}
      />
      {upload.error && (
        <Text size="xs" c="red" role="alert">
          {upload.error.message}
        </Text>
      )}
    </Stack>
  );
}
