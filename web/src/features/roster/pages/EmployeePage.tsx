import { Anchor, Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text, TextInput, Timeline, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { api } from '../../../lib/api-client.ts';
import { can, useUser } from '../../../lib/auth.ts';
import { formatDateId, formatDateTime } from '../../../lib/format.ts';
import { useEmployee, useEmployeeAction, type HistoryEntry } from '../api/roster.ts';

interface Month { period: string; label: string; protected: boolean; code: string; reason: string }

function ProtectionStrip({ employeeId }: { employeeId: number }) {
  const months = useQuery({ queryKey: ['protection-timeline', employeeId], queryFn: () => api<{ items: Month[] }>(`/employees/${employeeId}/protection-timeline`), select: (d) => d.items });
  if (!months.data) return null;
  return (
    <Group gap={3} wrap="nowrap" data-testid="protection-timeline">
      {months.data.map((m) => (
        <Tooltip key={m.period} label={`${m.label}: ${m.reason}`}>
          <div style={{ width: 22, height: 28, borderRadius: 4, background: m.protected ? '#1f9d6f' : m.code === 'not_enrolled' ? '#dee2e6' : '#e8590c' }} data-protected={m.protected} />
        </Tooltip>
      ))}
    </Group>
  );
}

function describe(h: HistoryEntry, t: (k: string) => string): string {
  const pairs = Object.keys({ ...(h.before ?? {}), ...(h.after ?? {}) }).filter((k) => k !== 'import' && k !== 'row');
  const text = pairs.map((k) => `${k}: ${String(h.before?.[k] ?? '—')} → ${String(h.after?.[k] ?? '—')}`).join('; ');
  return `${t(`roster.kinds.${h.kind}`)}${text && h.kind !== 'created' ? ` — ${text}` : ''}`;
}

export default function EmployeePage() {
  const { t } = useTranslation();
  const user = useUser();
  const id = Number(useParams().id);
  const employee = useEmployee(id);
  const action = useEmployeeAction(id);
  const [opened, modal] = useDisclosure(false);
  const [end, setEnd] = useState({ endDate: '', endReason: '' });
  if (employee.isPending) return <PageLoader />;
  if (employee.error) return <QueryError error={employee.error} />;
  const e = employee.data;
  const writer = can(user, 'roster:write');
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/pegawai" size="sm">← {t('roster.title')}</Anchor>
      <Group justify="space-between">
        <Stack gap={2}>
          <Title order={2} size="h3">{e.fullName}</Title>
          <Group gap="xs"><Text ff="monospace">{e.nik}</Text><Badge color={e.status === 'active' ? 'teal' : 'gray'} variant="light">{e.status === 'active' ? t('roster.statusActive') : t('roster.statusEnded')}</Badge></Group>
        </Stack>
        {writer && (
          <Group>
            <Button component={Link} to={`/pegawai/${e.id}/ubah`} variant="default">{t('roster.edit')}</Button>
            {e.endDate ? <Button variant="light" onClick={() => action.mutate({ action: 'reactivate' })}>{t('roster.reactivate')}</Button> : <Button color="red" variant="light" onClick={modal.open}>{t('roster.endAction')}</Button>}
          </Group>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder radius="md" padding="lg">
          <Text fw={600} mb="sm">{t('roster.identity')}</Text>
          <Text size="sm">{t('roster.sex')}: {e.sex}</Text>
          <Text size="sm">{t('roster.birth')}: {e.birthPlace}, {formatDateId(e.birthDate)}</Text>
          <Text size="sm">{t('roster.phone')}: {e.phone || '—'}</Text>
          <Text size="sm">{t('roster.address')}: {e.address || '—'}</Text>
        </Card>
        <Card withBorder radius="md" padding="lg">
          <Text fw={600} mb="sm">{t('roster.employment')}</Text>
          <Text size="sm">{t('roster.unit')}: {e.unitCode} — {e.unitName}</Text>
          <Text size="sm">{t('roster.position')}: {e.position || '—'} ({e.employmentType})</Text>
          <Text size="sm">{t('roster.start')}: {formatDateId(e.startDate)}</Text>
          {e.endDate && <Text size="sm">{t('roster.end')}: {formatDateId(e.endDate)} — {e.endReason}</Text>}
        </Card>
      </SimpleGrid>
      <Card withBorder radius="md" padding="lg">
        <Text fw={600} mb="sm">{t('roster.protection')}</Text>
        <ProtectionStrip employeeId={e.id} />
      </Card>
      <Card withBorder radius="md" padding="lg">
        <Text fw={600} mb="sm">{t('roster.history')}</Text>
        <Timeline bulletSize={14} lineWidth={2}>
          {e.history.map((h) => (
            <Timeline.Item key={h.id} title={describe(h, t as (k: string) => string)}>
              <Text size="xs" c="dimmed">{t('roster.effectiveOn')} {formatDateId(h.effectiveOn)} · {formatDateTime(h.at)} · {t('roster.by')} {h.actor}</Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </Card>
      <Modal opened={opened} onClose={modal.close} title={t('roster.endAction')}>
        <Stack>
          <TextInput type="date" label={t('roster.end')} value={end.endDate} onChange={(ev) => setEnd({ ...end, endDate: ev.currentTarget.value })} />
          <TextInput label={t('roster.endReason')} value={end.endReason} onChange={(ev) => setEnd({ ...end, endReason: ev.currentTarget.value })} />
          {action.error && <Text c="red" size="sm">{action.error.message}</Text>}
          <Button color="red" loading={action.isPending} onClick={() => action.mutate({ action: 'end', ...end }, { onSuccess: modal.close })}>{t('roster.endAction')}</Button>
        </Stack>
      </Modal>
    </Stack>
  );
}
