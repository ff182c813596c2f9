import { Code, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../api/get-audit.ts';

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} miw={0}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">{title}</Text>
      {value === null || value === undefined ? (
        <Text size="sm" c="dimmed">{t('app.none')}</Text>
      ) : (
        <Code block mah={360} style={{ overflow: 'auto' }}>{JSON.stringify(value, null, 2)}</Code>
      )}
    </Stack>
  );
}

export function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} p="md" bg="gray.0">
      <JsonBlock title={t('audit.before')} value={entry.before} />
      <JsonBlock title={t('audit.after')} value={entry.after} />
    </SimpleGrid>
  );
}
