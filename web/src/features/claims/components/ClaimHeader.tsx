import type { ReactNode } from 'react';
import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileTypePdf } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../../lib/api-client.ts';
import type { Claim } from '../api/types.ts';
import { CLAIM_COLOR } from '../utils/status.ts';
import { statusLabel } from '../utils/labels.ts';
import { AccidentFormButtons } from './AccidentFormButtons.tsx';

/** Program, number, participant (to the employee page), status, the claim letter, the accident forms (JKK) and the officer's actions. */
export function ClaimHeader({ claim: c, actions }: { claim: Claim; actions?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Anchor component={Link} to="/klaim" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('claims.detail.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} size="h3">
              {t('claims.detail.title', { program: c.program, number: c.number ?? `#${c.id}` })}
            </Title>
            <Badge color={CLAIM_COLOR[c.status]} variant="light" size="lg" data-testid="claim-status">
              {statusLabel(t, c.status)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t(`claims.program.${c.program}`)}
          </Text>
          <Text size="sm">
            <Anchor component={Link} to={`/pegawai/${c.employeeId}`} fw={600}>
              {c.fullName}
            </Anchor>
            {' · '}
            {t('claims.detail.nik')}{' '}
            <Text span ff="monospace">
              {c.nik}
            </Text>
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            component="a"
            href={apiUrl(`/claims/${c.id}/letter.pdf`)}
            target="_blank"
            rel="noopener"
            variant="default"
            leftSection={<IconFileTypePdf size={16} />}
          >
            {t('claims.detail.letter')}
          </Button>
          {(c.program === 'JKM' || c.outcome === 'death') && (
            <Button
              component="a"
              href={apiUrl(`/claims/${c.id}/heirs-letter.pdf`)}
              target="_blank"
              rel="noopener"
              variant="default"
              leftSection={<IconFileTypePdf size={16} />}
            >
              {t('claims.detail.heirsLetter')}
            </Button>
          )}
          {c.program === 'JKK' && <AccidentFormButtons claimId={c.id} />}
          {actions}
        </Group>
      </Group>
    </Stack>
  );
}
