import { Alert, Badge, Button, Card, Group, NumberInput, Select, Stack, Table, Tabs, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { api } from '../../../lib/api-client.ts';
import { can, useUser } from '../../../lib/auth.ts';
import { formatDateId } from '../../../lib/format.ts';
import { AgreementPicker, useDefaultAgreementId } from '../../../components/AgreementPicker.tsx';
import { useOfficeToday } from '../../../lib/office-today.ts';
import { DayField } from '../../../components/DateFields.tsx';
import type { ActivityOut, DisputeOut, ForceMajeureOut, MeetingOut } from '../../../../../src/monitoring/answers.ts';
import { EmptyState, focusForm } from '../../../components/EmptyState.tsx';

type Register = 'outreach' | 'forum' | 'forceMajeure' | 'disputes';

/** A register's rows under named column headers, or its empty state with the next step (the form above, for a writer). */
function RegisterTable({
  register,
  headers,
  rows,
  loaded,
  writer,
}: {
  register: Register;
  headers: string[];
  rows: ReactNode[][];
  loaded: boolean;
  writer: boolean;
}) {
  const { t } = useTranslation();
  if (loaded && rows.length === 0) {
    return (
      <EmptyState
        title={t(`empty.${register}.title`)}
        hint={writer ? t(`empty.${register}.hint`) : t('empty.registersReadOnly')}
        steps={[writer && { label: t(`empty.${register}.add`), onClick: () => focusForm(`form-${register}`) }]}
      />
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {headers.map((h) => (
              <Table.Th key={h}>{h}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((cells, i) => (
            <Table.Tr key={i}>
              {cells.map((c, j) => (
                <Table.Td key={j}>{c}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function useRegister<T>(path: string, agreementId: number) {
  return useQuery({
    queryKey: ['register', path, agreementId],
    queryFn: () => api<{ items: T[] }>(`/monitoring/${path}`, { query: { agreementId } }),
    select: (d) => d.items,
  });
}

function usePost() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { path: string; body: unknown }) => api<unknown>(`/monitoring/${a.path}`, { method: 'POST', body: a.body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['register'] }),
  });
}

function FormCard({
  id,
  children,
  onSubmit,
  pending,
  error,
  label,
}: {
  id: string;
  children: ReactNode;
  onSubmit: () => void;
  pending: boolean;
  error: Error | null;
  label: string;
}) {
  return (
    <Card withBorder radius="md" padding="md" id={id}>
      <Group align="flex-end" wrap="wrap">
        {children}
        <Button onClick={onSubmit} loading={pending}>
          {label}
        </Button>
      </Group>
      {error && (
        <Alert color="red" mt="sm">
          {error.message}
        </Alert>
      )}
    </Card>
  );
}

type Activity = ActivityOut;
function Outreach({ agreementId, writer }: { agreementId: number; writer: boolean }) {
  const { t } = useTranslation();
  const list = useRegister<Activity>('activities', agreementId);
  const post = usePost();
  const [f, setF] = useState({ heldOn: '', place: '', title: '', attendees: 0 as number | string, speakers: '' });
  return (
    <Stack>
      {writer && (
        <FormCard
          id="form-outreach"
          label={t('activities.add')}
          pending={post.isPending}
          error={post.error}
          onSubmit={() => post.mutate({ path: 'activities', body: { agreementId, ...f, attendees: Number(f.attendees) } })}
        >
          <DayField label={t('activities.date')} value={f.heldOn} onChange={(v) => setF({ ...f, heldOn: v })} />
          <TextInput label={t('activities.titleField')} value={f.title} onChange={(e) => setF({ ...f, title: e.currentTarget.value })} w={260} />
          <TextInput label={t('activities.place')} value={f.place} onChange={(e) => setF({ ...f, place: e.currentTarget.value })} />
          <NumberInput label={t('activities.attendees')} value={f.attendees} onChange={(v) => setF({ ...f, attendees: v })} min={0} w={110} />
          <TextInput label={t('activities.speakers')} value={f.speakers} onChange={(e) => setF({ ...f, speakers: e.currentTarget.value })} />
        </FormCard>
      )}
      <RegisterTable
        register="outreach"
        writer={writer}
        loaded={list.isSuccess}
        headers={[t('activities.date'), t('activities.titleField'), t('activities.place'), t('activities.attendees'), t('activities.speakers')]}
        rows={(list.data ?? []).map((a) => [formatDateId(a.heldOn), a.title, a.place, a.attendees, a.speakers])}
      />
    </Stack>
  );
}

type Meeting = MeetingOut;
function Forum({ agreementId, writer }: { agreementId: number; writer: boolean }) {
  const { t } = useTranslation();
  const list = useRegister<Meeting>('meetings', agreementId);
  const post = usePost();
  const [f, setF] = useState({ heldOn: '', place: '', agenda: '', decisions: '', action: '', owner: '', dueOn: '' });
  const today = useOfficeToday();
  return (
    <Stack>
      {writer && (
        <FormCard
          id="form-forum"
          label={t('activities.add')}
          pending={post.isPending}
          error={post.error}
          onSubmit={() =>
            post.mutate({
              path: 'meetings',
              body: {
                agreementId,
                heldOn: f.heldOn,
                place: f.place,
                agenda: f.agenda,
                decisions: f.decisions
                  .split('\n')
                  .map((d) => d.trim())
                  .filter(Boolean),
                followUps: f.action ? [{ action: f.action, owner: f.owner, dueOn: f.dueOn }] : [],
              },
            })
          }
        >
          <DayField label={t('activities.date')} value={f.heldOn} onChange={(v) => setF({ ...f, heldOn: v })} />
          <TextInput label={t('activities.place')} value={f.place} onChange={(e) => setF({ ...f, place: e.currentTarget.value })} />
          <TextInput label={t('activities.agenda')} value={f.agenda} onChange={(e) => setF({ ...f, agenda: e.currentTarget.value })} w={240} />
          <Textarea label={t('activities.decisions')} value={f.decisions} onChange={(e) => setF({ ...f, decisions: e.currentTarget.value })} autosize w={240} />
          <TextInput label={t('activities.followUp')} value={f.action} onChange={(e) => setF({ ...f, action: e.currentTarget.value })} />
          <TextInput label={t('activities.owner')} value={f.owner} onChange={(e) => setF({ ...f, owner: e.currentTarget.value })} />
          <DayField label={t('activities.due')} value={f.dueOn} onChange={(v) => setF({ ...f, dueOn: v })} />
        </FormCard>
      )}
      {list.isSuccess && list.data.length === 0 && (
        <EmptyState
          title={t('empty.forum.title')}
          hint={writer ? t('empty.forum.hint') : t('empty.registersReadOnly')}
          steps={[writer && { label: t('empty.forum.add'), onClick: () => focusForm('form-forum') }]}
        />
      )}
      {(list.data ?? []).map((m) => (
        <Card key={m.id} withBorder radius="md" padding="md">
          <Text fw={600}>
            {formatDateId(m.heldOn)} — {m.agenda} ({m.place})
          </Text>
          {m.decisions.map((d) => (
            <Text key={d} size="sm">
              • {d}
            </Text>
          ))}
          {m.followUps.map((x) => (
            <Group key={x.id} gap="xs" mt={4}>
              <Badge color={x.doneOn ? 'teal' : x.overdue ? 'red' : 'orange'} variant="light">
                {x.doneOn ? `${t('activities.done')} ${formatDateId(x.doneOn)}` : formatDateId(x.dueOn)}
              </Badge>
              <Text size="sm">
                {x.action} — {x.owner}
              </Text>
              {writer && !x.doneOn && (
                <Button
                  size="compact-xs"
                  variant="light"
                  disabled={!today}
                  onClick={() => post.mutate({ path: `follow-ups/${x.id}/done`, body: { doneOn: today } })}
                >
                  {t('activities.markDone')}
                </Button>
              )}
            </Group>
          ))}
        </Card>
      ))}
    </Stack>
  );
}

type Event = ForceMajeureOut;
function ForceMajeure({ agreementId, writer }: { agreementId: number; writer: boolean }) {
  const { t } = useTranslation();
  const list = useRegister<Event>('force-majeure', agreementId);
  const post = usePost();
  const [f, setF] = useState({ affectedParty: 'party_one', kind: 'natural', eventDate: '', description: '', affectedObligations: '', noticeDate: '' });
  return (
    <Stack>
      {writer && (
        <FormCard
          id="form-forceMajeure"
          label={t('activities.add')}
          pending={post.isPending}
          error={post.error}
          onSubmit={() => post.mutate({ path: 'force-majeure', body: { agreementId, ...f, noticeDate: f.noticeDate || null } })}
        >
          <Select
            label={t('activities.party')}
            data={[
              { value: 'party_one', label: t('activities.partyOne') },
              { value: 'party_two', label: t('activities.partyTwo') },
            ]}
            value={f.affectedParty}
            onChange={(v) => setF({ ...f, affectedParty: v ?? 'party_one' })}
            allowDeselect={false}
            w={160}
          />
          <Select
            label={t('activities.kind')}
            data={[
              { value: 'natural', label: t('activities.natural') },
              { value: 'social', label: t('activities.social') },
            ]}
            value={f.kind}
            onChange={(v) => setF({ ...f, kind: v ?? 'natural' })}
            allowDeselect={false}
            w={160}
          />
          <DayField label={t('activities.eventDate')} value={f.eventDate} onChange={(v) => setF({ ...f, eventDate: v })} />
          <TextInput label={t('activities.description')} value={f.description} onChange={(e) => setF({ ...f, description: e.currentTarget.value })} />
          <TextInput
            label={t('activities.obligations')}
            value={f.affectedObligations}
            onChange={(e) => setF({ ...f, affectedObligations: e.currentTarget.value })}
          />
          <DayField label={t('activities.noticeDate')} value={f.noticeDate} onChange={(v) => setF({ ...f, noticeDate: v })} />
        </FormCard>
      )}
      <RegisterTable
        register="forceMajeure"
        writer={writer}
        loaded={list.isSuccess}
        headers={[t('activities.eventDate'), t('activities.description'), t('activities.obligations'), t('activities.notice'), t('activities.resolution')]}
        rows={(list.data ?? []).map((e) => [
          formatDateId(e.eventDate),
          e.description,
          e.affectedObligations,
          <>
            <Badge color={e.notice.rightToInvoke ? 'teal' : 'red'} variant="light">
              {t(`activities.noticeStatus.${e.notice.status}`)}
            </Badge>{' '}
            <Text span size="sm">
              {e.notice.message}
            </Text>
          </>,
          e.open ? '' : e.resolution,
        ])}
      />
    </Stack>
  );
}

type Dispute = DisputeOut;
function Disputes({ agreementId, writer }: { agreementId: number; writer: boolean }) {
  const { t } = useTranslation();
  const list = useRegister<Dispute>('disputes', agreementId);
  const post = usePost();
  const [f, setF] = useState({ openedOn: '', subject: '', raisedBy: 'party_one' });
  return (
    <Stack>
      {writer && (
        <FormCard
          id="form-disputes"
          label={t('activities.open')}
          pending={post.isPending}
          error={post.error}
          onSubmit={() => post.mutate({ path: 'disputes', body: { agreementId, ...f } })}
        >
          <DayField label={t('activities.date')} value={f.openedOn} onChange={(v) => setF({ ...f, openedOn: v })} />
          <TextInput
            label={t('activities.subject')}
            value={f.subject}
            onChange={(e) => setF({ ...f, subject: e.currentTarget.value })}
            w={{ base: '100%', xs: 320 }}
          />
          <Select
            label={t('activities.party')}
            data={[
              { value: 'party_one', label: t('activities.partyOne') },
              { value: 'party_two', label: t('activities.partyTwo') },
            ]}
            value={f.raisedBy}
            onChange={(v) => setF({ ...f, raisedBy: v ?? 'party_one' })}
            allowDeselect={false}
            w={160}
          />
        </FormCard>
      )}
      <RegisterTable
        register="disputes"
        writer={writer}
        loaded={list.isSuccess}
        headers={[t('activities.date'), t('activities.subject'), t('activities.stage'), t('activities.outcome')]}
        rows={(list.data ?? []).map((d) => [formatDateId(d.openedOn), d.subject, d.stageLabel, d.outcome ?? ''])}
      />
    </Stack>
  );
}

export default function ActivitiesPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const fallback = useDefaultAgreementId();
  const agreementId = params.get('agreement') ? Number(params.get('agreement')) : fallback;
  const writer = can(user, 'monitoring:write');
  return (
    <Stack gap="lg">
      <PageHeader title={t('activities.title')} subtitle={t('activities.subtitle')} />
      <AgreementPicker value={agreementId} onChange={(id) => setParams({ agreement: String(id) }, { replace: true })} />
      {agreementId && (
        <Tabs defaultValue="outreach" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="outreach">{t('activities.tabs.outreach')}</Tabs.Tab>
            <Tabs.Tab value="forum">{t('activities.tabs.forum')}</Tabs.Tab>
            <Tabs.Tab value="fm">{t('activities.tabs.forceMajeure')}</Tabs.Tab>
            <Tabs.Tab value="disputes">{t('activities.tabs.disputes')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="outreach" pt="md">
            <Outreach agreementId={agreementId} writer={writer} />
          </Tabs.Panel>
          <Tabs.Panel value="forum" pt="md">
            <Forum agreementId={agreementId} writer={writer} />
          </Tabs.Panel>
          <Tabs.Panel value="fm" pt="md">
            <ForceMajeure agreementId={agreementId} writer={writer} />
          </Tabs.Panel>
          <Tabs.Panel value="disputes" pt="md">
            <Disputes agreementId={agreementId} writer={writer} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
