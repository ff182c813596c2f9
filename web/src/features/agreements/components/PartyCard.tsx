import { Badge, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Party } from '../api/types.ts';

function Item({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || t('app.none')}</Text>
    </div>
  );
}

export function PartyCard({ role, party }: { role: string; party: Party }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Badge variant="outline" color="gray" radius="sm">
          {role}
        </Badge>
        <Text fw={600}>{party.institution}</Text>
        <SimpleGrid cols={1} spacing="xs">
          <Item label={t('agreement.address')} value={party.address} />
          <Item label={t('agreement.signatory')} value={party.signatory} />
          <Item label={t('agreement.position')} value={party.position} />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
