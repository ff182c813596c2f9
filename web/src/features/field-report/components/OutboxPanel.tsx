import { Alert, Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconCloudOff, IconCircleCheck, IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SentReport } from '../api/outbox.ts';
import type { Queued } from '../utils/report.ts';
import { formatDateId, formatOfficeTime } from '../../../lib/format.ts';

/** What the phone holds: reports waiting for a signal, refused ones to correct, and the last ones sent. */
export function OutboxPanel({
  queued,
  sent,
  sending,
  onEdit,
  onDrop,
}: {
  queued: Queued[];
  sent: SentReport[];
  sending: boolean;
  onEdit: (q: Queued) => void;
  onDrop: (q: Queued) => void;
}) {
  const { t } = useTranslation();
  const waiting = queued.filter((q) => q.state === 'waiting');
  const refused = queued.filter((q) => q.state === 'refused');
  const due = (s: SentReport) => (s.dueAt ? `${formatDateId(s.dueAt.slice(0, 10))} ${formatOfficeTime(s.dueAt)}` : s.due ? formatDateId(s.due) : '—');
  return (
    <Stack gap="xs">
      {waiting.length > 0 && (
        <Alert color={sending ? 'blue' : 'yellow'} icon={sending ? <Loader size={16} /> : <IconCloudOff size={18} />} role="status">
          <Text size="sm" fw={600}>
            {sending ? t('fieldReport.sending') : t('fieldReport.waiting')}
          </Text>
          <Text size="sm">
            {t('fieldReport.waitingCount', { count: waiting.length })}: {waiting.map((q) => q.draft.employee?.fullName).join(', ')}
          </Text>
        </Alert>
      )}
      {refused.map((q) => (
        <Alert key={q.clientId} color="red" icon={<IconAlertTriangle size={18} />}>
          <Text size="sm">
            {q.draft.employee?.fullName}: {t('fieldReport.refused', { message: q.error ?? '' })}
          </Text>
          <Group gap="xs" mt={6}>
            <Button size="compact-sm" onClick={() => onEdit(q)}>
              {t('fieldReport.editRefused')}
            </Button>
            <Button size="compact-sm" variant="subtle" color="red" onClick={() => onDrop(q)}>
              {t('fieldReport.dropRefused')}
            </Button>
          </Group>
        </Alert>
      ))}
      {sent.length > 0 && (
        <Alert color="green" icon={<IconCircleCheck size={18} />} title={t('fieldReport.sentTitle')}>
          <Stack gap={4}>
            {sent.map((s) => (
              <Text size="sm" key={s.clientId}>
                {t('fieldReport.sentLine', { name: s.fullName, number: s.number ?? s.claimId, due: due(s) })}{' '}
                <Anchor component={Link} to={`/klaim/${s.claimId}`} size="sm">
                  {t('fieldReport.openClaim')}
                </Anchor>
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
