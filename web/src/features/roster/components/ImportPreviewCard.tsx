import { Alert, Button, Divider, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import type { ImportPreview } from '../api/types.ts';
import { ImportCounts } from './ImportCounts.tsx';
import { ImportErrorsTable } from './ImportErrorsTable.tsx';
import { ImportRowsTable } from './ImportRowsTable.tsx';
import { Section } from '../../../components/Section.tsx';

/** Step 2: what confirming would do; the confirm button says what is written and what is skipped. */
export function ImportPreviewCard({ preview, confirming, onConfirm }: { preview: ImportPreview; confirming: boolean; onConfirm: () => void }) {
  const { t } = useTranslation();
  const { counts } = preview;
  const writable = counts.new + counts.changed;
  return (
    <Section
      title={t('roster.previewOf', { file: preview.fileName })}
      hint={t('roster.rowsInFile', { formatted: formatNumber(counts.total) })}
      testId="import-preview"
    >
      <Stack gap="lg">
        <ImportCounts counts={counts} />
        {preview.errors.length > 0 && <ImportErrorsTable importId={preview.id} errors={preview.errors} />}
        {!!preview.notes?.length && (
          <Alert color="yellow" variant="light" title={t('roster.notes')} data-testid="import-notes">
            <Stack gap={2}>
              {preview.notes.slice(0, 20).map((n, i) => (
                <Text key={i} size="sm">
                  {t('roster.noteRow', { row: n.row })}: {n.message}
                </Text>
              ))}
              {preview.notes.length > 20 && (
                <Text size="xs" c="dimmed">
                  {t('roster.moreNotes', { total: formatNumber(preview.notes.length) })}
                </Text>
              )}
            </Stack>
          </Alert>
        )}
        <ImportRowsTable rows={preview.rows} total={counts.total} />
        <Divider />
        <Stack gap="xs">
          {writable > 0 ? (
            <Text size="sm">{t('roster.confirmWrites', { new: formatNumber(counts.new), changed: formatNumber(counts.changed) })}</Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('roster.nothingToWrite')}
            </Text>
          )}
          {counts.errors > 0 && writable > 0 && (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} p="xs" data-testid="import-skip-note">
              {t('roster.confirmSkips', { errors: formatNumber(counts.errors) })}
            </Alert>
          )}
          <Group>
            <Button leftSection={<IconCheck size={16} />} onClick={onConfirm} loading={confirming} disabled={writable === 0}>
              {t('roster.confirm')}
            </Button>
          </Group>
        </Stack>
      </Stack>
    </Section>
  );
}
