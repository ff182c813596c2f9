import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { useUser } from '../../../lib/auth.ts';
import { useImportAgreements } from '../api/get-targets.ts';
import { useCommitImport, usePreviewImport } from '../api/imports.ts';
import { ImportForm } from '../components/ImportForm.tsx';
import { ImportPreviewCard } from '../components/ImportPreviewCard.tsx';
import { ImportResultCard } from '../components/ImportResultCard.tsx';
import { agreementValue, parseTarget, unitValue } from '../utils/import-target.ts';

/** Upload → preview → confirm. An operator's rows always go to its own unit. */
export default function ImportPage() {
  const { t } = useTranslation();
  const user = useUser();
  const operator = user.role === 'opd_operator';
  const agreements = useImportAgreements(!operator);
  const [chosen, setChosen] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const preview = usePreviewImport();
  const commit = useCommitImport();
  const fallback = operator ? (user.workUnitId ? unitValue(user.workUnitId) : null) : agreements.data?.[0] ? agreementValue(agreements.data[0].id) : null;
  const target = operator ? fallback : (chosen ?? fallback);

  const restart = () => {
    preview.reset();
    commit.reset();
  };
  const runPreview = () => {
    const parsed = parseTarget(target);
    if (!file || !parsed) return;
    commit.reset();
    preview.mutate({ file, target: parsed });
  };
  const error = preview.error ?? commit.error;

  return (
    <Stack gap="lg">
      <PageHeader title={t('roster.importTitle')} subtitle={t('roster.importHint')} />
      <ImportForm
        target={target}
        file={file}
        operator={operator}
        loading={preview.isPending}
        onTarget={(v) => {
          setChosen(v);
          restart();
        }}
        onFile={(f) => {
          setFile(f);
          restart();
        }}
        onPreview={runPreview}
      />
      {error && <QueryError error={error} />}
      {commit.data ? (
        <ImportResultCard
          result={commit.data}
          onAnother={() => {
            setFile(null);
            restart();
          }}
        />
      ) : (
        preview.data && <ImportPreviewCard preview={preview.data} confirming={commit.isPending} onConfirm={() => commit.mutate(preview.data.id)} />
      )}
    </Stack>
  );
}
