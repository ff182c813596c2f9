import type { ReactNode } from 'react';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AgreementOut } from '../api/types.ts';
import { StatusBadge } from './StatusBadge.tsx';

export function AgreementHeader({ agreement, actions }: { agreement: AgreementOut; actions?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Anchor component={Link} to="/perjanjian" size="sm">
        <Group gap={4}>
          <IconChevronLeft size={14} />
          {t('nav.agreements')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6} style={{ flex: 1, minWidth: 320 }}>
          <Group gap="sm">
            <StatusBadge status={agreement.status} />
          </Group>
          <Title order={1} size="h3" lh={1.3}>
            {agreement.title}
          </Title>
          <Text size="sm" c="dimmed">
            {t('agreement.numbers')}:{' '}
            <Text span fw={600} c="dark">
              {agreement.numberPartyOne}
            </Text>
            {' — '}
            <Text span fw={600} c="dark">
              {agreement.numberPartyTwo}
            </Text>
          </Text>
        </Stack>
        {actions}
      </Group>
    </Stack>
  );
}
