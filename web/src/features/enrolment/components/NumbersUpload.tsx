import { Alert, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invalidateEnrolment, uploadNumbers } from '../api/enrolment.ts';
import { UploadError } from './FileIssues.tsx';

/** Uploads the branch office's result file (NIK → KPJ): every row is recorded, or none. */
export function NumbersUpload({ agreementId, onDone }: { agreementId: number; onDone?: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) => uploadNumbers(f, agreementId),
    onSuccess: () => {
      invalidateEnrolment(qc);
      onDone?.();
    },
  });
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('enrolment.numbersHint')}
      </Text>
      <Group align="flex-end">
        <FileInput
          label={t('enrolment.file')}
          placeholder={t('enrolment.chooseFile')}
          leftSection={<IconFileSpreadsheet size={16} />}
          accept=".xlsx,.csv"
          value={file}
          onChange={(f) => {
            setFile(f);
            upload.reset();
          }}
          clearable
          w={{ base: '100%', xs: 360 }}
        />
        <Button leftSection={<IconUpload size={16} />} disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
          {t('enrolment.upload')}
        </Button>
      </Group>
      {upload.error && <UploadError error={upload.error} />}
      {upload.data && (
        <Alert color="teal" data-testid="numbers-result">
          {t('enrolment.assigned', { assigned: upload.data.assigned, unchanged: upload.data.unchanged })}
        </Alert>
      )}
    </Stack>
  );
}
