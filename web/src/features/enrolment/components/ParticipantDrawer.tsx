import { Anchor, Button, Drawer, Group, SimpleGrid, Stack, Text, Timeline } from '@mantine/core';
import { IconId } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { formatDateId, formatDateTime } from '../../../lib/format.ts';
import { ProtectionTimeline } from '../../contributions/index.ts';
import { can, useUser } from '../../../lib/auth.ts';
import { cardUrl, useParticipant, type ParticipantEvent } from '../api/enrolment.ts';
import { PARTICIPANT_COLOR, ParticipantStatusBadge } from './StatusBadges.tsx';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {children}
      </Text>
    </Stack>
  );
}

function statusLabel(t: TFunction, status: string | null): string {
  if (!status) return '—';
  return status in EVENT_LABEL ? t(`enrolment.eventStatuses.${status as keyof typeof EVENT_LABEL}`) : status;
}

const EVENT_LABEL = { ...PARTICIPANT_COLOR, deactivated: 'orange', reactivated: 'teal' } as const;

function eventColor(e: ParticipantEvent): string {
  return EVENT_LABEL[e.toStatus as keyof typeof EVENT_LABEL] ?? 'gray';
}

/** One participant: data, card link and the history of its status changes. */
export function ParticipantDrawer({ participantId, onClose }: { participantId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const participant = useParticipant(participantId);
  const p = participant.data;
  return (
    <Drawer opened={!!participantId} onClose={onClose} position="right" size={640} title={<Text fw={600}>{t('enrolment.participant')}</Text>}>
      {participant.isPending && participantId ? (
        <PageLoader />
      ) : participant.error ? (
        <QueryError error={participant.error} />
      ) : p ? (
        <Stack gap="lg" data-testid="participant-drawer">
          <Stack gap={4}>
            <Text fw={700} fz="lg">
              {p.fullName}
            </Text>
            <Group gap="xs">
              <ParticipantStatusBadge participant={p} />
              <Text size="sm" c="dimmed">
                {p.batchNumber}
              </Text>
            </Group>
          </Stack>
          <SimpleGrid cols={2} spacing="sm">
            <Field label="NIK">
              <Text span ff="monospace" size="sm">
                {p.nik}
              </Text>
            </Field>
            <Field label="KPJ">
              <Text span ff="monospace" size="sm">
                {p.kpj ?? '—'}
              </Text>
            </Field>
            <Field label={t('roster.unit')}>
              {p.unitCode} — {p.unitName}
            </Field>
            <Field label={t('enrolment.birthDate')}>{formatDateId(p.birthDate)}</Field>
            <Field label={t('enrolment.registeredOn')}>{p.registeredOn ? formatDateId(p.registeredOn) : '—'}</Field>
            <Field label={t('enrolment.deactivatedOn')}>{p.deactivatedOn ? `${formatDateId(p.deactivatedOn)} — ${p.deactivationReason ?? ''}` : '—'}</Field>
            {p.rejectionReason && <Field label={t('enrolment.rejectionReason')}>{p.rejectionReason}</Field>}
          </SimpleGrid>
          <Group gap="sm">
            <Anchor component={Link} to={`/pegawai/${p.employeeId}`} size="sm">
              {t('enrolment.employeePage')}
            </Anchor>
            <Anchor component={Link} to={`/kepesertaan/pengajuan/${p.batchId}`} size="sm" onClick={onClose}>
              {t('enrolment.batchPage')}
            </Anchor>
            {can(user, 'cards:print') && p.status === 'registered' && (
              <Button component="a" href={cardUrl(p.id)} target="_blank" size="compact-sm" variant="default" leftSection={<IconId size={14} />}>
                {t('enrolment.card')}
              </Button>
            )}
          </Group>
          <Stack gap="xs">
            <Text fw={600}>{t('enrolment.protection24')}</Text>
            <ProtectionTimeline employeeId={p.employeeId} />
          </Stack>
          <Stack gap="xs">
            <Text fw={600}>{t('enrolment.history')}</Text>
            <Timeline bulletSize={14} lineWidth={2} active={p.events.length - 1}>
              {p.events.map((e) => (
                <Timeline.Item
                  key={e.id}
                  color={eventColor(e)}
                  title={
                    <Text size="sm" fw={600}>
                      {statusLabel(t, e.fromStatus)} → {statusLabel(t, e.toStatus)}
                    </Text>
                  }
                >
                  {e.note && <Text size="sm">{e.note}</Text>}
                  <Text size="xs" c="dimmed">
                    {formatDateTime(e.at)} · {e.actorName ?? e.actor}
                  </Text>
                </Timeline.Item>
              ))}
            </Timeline>
          </Stack>
        </Stack>
      ) : null}
    </Drawer>
  );
}
