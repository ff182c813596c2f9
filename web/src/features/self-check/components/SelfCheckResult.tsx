import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../lib/format.ts';
import { ownCardUrl, type SelfCheckAnswer } from '../api/self-check.ts';

const STATE_COLOR = { protected_paid: 'green', awaiting_payment: 'green', in_arrears: 'orange', not_covered: 'red' } as const;

function Contact({ title, c }: { title: string; c: SelfCheckAnswer['contacts']['unit'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {title}
      </Text>
      <Text fw={600}>{c.name}</Text>
      {c.phone ? (
        <Group gap={4}>
          <IconPhone size={14} />
          <Text component="a" href={`tel:${c.phone.replace(/[^0-9+]/g, '')}`}>
            {c.phone}
          </Text>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('selfCheck.noPhone')}
        </Text>
      )}
      {c.address && <Text size="sm">{c.address}</Text>}
    </Stack>
  );
}

/** Only the person's own: protection today and why, claims with their next step, the card, whom to call. */
export function SelfCheckResult({ a, onAgain }: { a: SelfCheckAnswer; onAgain: () => void }) {
  const { t } = useTranslation();
  const p = a.protection;
  return (
    <Stack gap="md">
      <Card withBorder radius="md">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('selfCheck.participant')}
          </Text>
          <Title order={2} size="h4">
            {a.person.fullName}
          </Title>
          <Text size="sm">
            {a.person.unit} · {t('selfCheck.kpj')}{' '}
            <Text span ff="monospace">
              {a.person.maskedKpj}
            </Text>
          </Text>
        </Stack>
      </Card>
      <Alert
        color={STATE_COLOR[p.state]}
        title={p.protected ? t('selfCheck.protected') : p.state === 'in_arrears' ? t('selfCheck.inArrears') : t('selfCheck.notProtected')}
        role="status"
      >
        <Text size="sm">{p.reason}</Text>
        <Text size="xs" c="dimmed" mt={4}>
          {t('selfCheck.asOf', { date: formatDateId(p.asOf) })}
        </Text>
      </Alert>
      {a.card && (
        <Button component="a" href={ownCardUrl(a.card.token)} variant="light" leftSection={<IconDownload size={16} />}>
          {t('selfCheck.card')}
        </Button>
      )}
      <Card withBorder radius="md">
        <Title order={3} size="h5" mb="xs">
          {t('selfCheck.claims')}
        </Title>
        {a.claims.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('selfCheck.noClaims')}
          </Text>
        ) : (
          <Stack gap="sm">
            {a.claims.map((c) => (
              <Stack key={`${c.program}-${c.incidentDate}-${c.number ?? ''}`} gap={2}>
                <Group gap="xs" justify="space-between">
                  <Text fw={600}>
                    {c.program} · {formatDateId(c.incidentDate)}
                  </Text>
                  <Badge variant="light">{c.statusLabel}</Badge>
                </Group>
                {c.number && (
                  <Text size="xs" c="dimmed">
                    {c.number}
                  </Text>
                )}
                <Text size="sm">{c.nextStep}</Text>
              </Stack>
            ))}
          </Stack>
        )}
      </Card>
      <Card withBorder radius="md">
        <Title order={3} size="h5" mb="xs">
          {t('selfCheck.contacts')}
        </Title>
        <Stack gap="md">
          <Contact title={t('selfCheck.unit')} c={a.contacts.unit} />
          <Contact title={t('selfCheck.government')} c={a.contacts.government} />
          <Contact title={t('selfCheck.branch')} c={a.contacts.branch} />
        </Stack>
      </Card>
      <Button variant="subtle" onClick={onAgain}>
        {t('selfCheck.again')}
      </Button>
    </Stack>
  );
}
