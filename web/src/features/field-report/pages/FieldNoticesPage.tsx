/** "Laporan lapangan": the field reports the regency's admin and the branch's officers are told of, each with its stage-I clock. */
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { can, useUser } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useFieldNotices, useMarkNoticeRead } from '../api/notices.ts';

const STAGE1_COLOR = { open: 'blue', on_time: 'green', late: 'orange', missed: 'red' } as const;

export default function FieldNoticesPage() {
  const { t } = useTranslation();
  const notices = useFieldNotices();
  const markRead = useMarkNoticeRead();
  const user = useUser();
  if (notices.isPending) return <PageLoader />;
  if (notices.isError) return <QueryError error={notices.error} />;
  return (
    <Stack>
      <PageHeader title={t('fieldReport.noticesTitle')} />
      <Text size="sm" c="dimmed">
        {t('fieldReport.noticesIntro')}
      </Text>
      {notices.data.items.length === 0 && (
        <EmptyState
          title={t('empty.notices.title')}
          hint={t('empty.notices.hint')}
          steps={[can(user, 'claims:file') && { label: t('empty.notices.report'), to: '/lapor' }]}
        />
      )}
      {notices.data.items.map((n) => (
        <Card key={n.id} withBorder padding="sm" data-testid="field-notice">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2}>
              <Anchor component={Link} to={`/klaim/${n.claimId}`} fw={600}>
                {n.message}
              </Anchor>
              <Text size="sm">{n.place}</Text>
              <Text size="sm" fw={500}>
                {t('fieldReport.noticeDue', { due: n.stage1.dueText })}
              </Text>
              <Text size="xs" c="dimmed">
                {n.claimNumber ? `${n.claimNumber} · ` : ''}
                {t('fieldReport.noticeReceived', { at: formatDateTime(n.receivedAt) })}
              </Text>
            </Stack>
            <Stack gap={4} align="flex-end">
              {!n.read && <Badge color="red">{t('fieldReport.unread')}</Badge>}
              <Badge color={STAGE1_COLOR[n.stage1.status]} variant="light">
                {t(`fieldReport.stage1.${n.stage1.status}`)}
              </Badge>
              {!n.read && (
                <Button size="compact-xs" variant="subtle" onClick={() => markRead.mutate(n.id)} loading={markRead.isPending && markRead.variables === n.id}>
                  {t('fieldReport.markRead')}
                </Button>
              )}
            </Stack>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
