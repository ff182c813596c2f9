import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import type { ImportResult } from '../api/types.ts';
import { ImportErrorsTable } from './ImportErrorsTable.tsx';

/** Step 3: what was written, what was skipped, and the way back to the list. */
export function ImportResultCard({ result, onAnother }: { result: ImportResult; onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="import-result">
      <Alert
        color="teal"
        variant="light"
        icon={<IconCircleCheck size={20} />}
        title={t('roster.done', { created: formatNumber(result.created), updated: formatNumber(result.updated) })}
      >
        <Stack gap="sm">
          {result.counts.errors > 0 && <Text size="sm">{t('roster.doneSkipped', { errors: formatNumber(result.counts.errors) })}</Text>}
          <Group gap="sm">
            <Button component={Link} to="/pegawai" size="xs">
              {t('roster.backToList')}
            </Button>
            <Button variant="default" size="xs" onClick={onAnother}>
              {t('roster.importAnother')}
            </Button>
          </Group>
        </Stack>
      </Alert>
      {result.errors.length > 0 && <ImportErrorsTable importId={result.id} errors={result.errors} />}
    </Stack>
  );
}
