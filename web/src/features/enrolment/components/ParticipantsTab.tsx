import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlayerPlay, IconPlayerPause, IconSearch } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError.tsx';
import { can, useUser } from '../../../lib/auth.ts';
import { formatDateId, formatNumber } from '../../../lib/format.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { PAGE_SIZE, PARTICIPANT_STATUSES, useEnrolmentAction, useParticipants, type Participant, type ParticipantStatus } from '../api/enrolment.ts';
import { ParticipantDrawer } from './ParticipantDrawer.tsx';
import { ParticipantStatusBadge } from './StatusBadges.tsx';
import { ActionsTitle } from '../../../components/ActionsHeader.tsx';
import { RowButton } from '../../../components/RowLink.tsx';
import { DayField } from '../../../components/DateFields.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';

function DeactivateModal({ target, opened, onClose }: { target: Participant | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const action = useEnrolmentAction();
  const [form, setForm] = useState({ from: '', reason: '' });
  const save = () =>
    target &&
    action.mutate(
      { path: `/enrolment/participants/${target.id}/deactivate`, body: form },
      {
        onSuccess: () => {
          notifySuccess(t('enrolment.deactivated', { name: target.fullName }));
          onClose();
        },
      },
    );
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>{t('enrolment.deactivateTitle', { name: target?.fullName ?? '' })}</Text>}>
      <Stack>
        <Text size="sm">
          {target?.fullName}{' '}
          <Text span c="dimmed" ff="monospace">
            {target?.kpj}
          </Text>
        </Text>
        <Text size="sm" c="dimmed">
          {t('enrolment.deactivateHint')}
        </Text>
        <DayField label={t('enrolment.from')} value={form.from} onChange={(v) => setForm({ ...form, from: v })} withAsterisk />
        <TextInput label={t('enrolment.reason')} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.currentTarget.value })} withAsterisk />
        {action.error && <Alert color="red">{action.error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button color="orange" disabled={!form.from || !form.reason.trim()} loading={action.isPending} onClick={save}>
            {t('enrolment.deactivate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function ParticipantsTab({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const user = useUser();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<ParticipantStatus | null>(null);
  const [page, setPage] = useState(1);
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const list = useParticipants(agreementId, { q: debounced, status, page });
  const reactivate = useEnrolmentAction();
  const [target, setTarget] = useState<{ seq: number; open: boolean; value: Participant | null }>({ seq: 0, open: false, value: null });
  const [opened, setOpened] = useState<number | null>(null);
  const preparer = can(user, 'enrolment:prepare');
  return (
    <Stack>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <TextInput
            label={t('enrolment.search')}
            leftSection={<IconSearch size={16} />}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              setPage(1);
            }}
            w={{ base: '100%', xs: 300 }}
          />
          <SegmentedControl
            value={status ?? 'all'}
            onChange={(v) => {
              setStatus(v === 'all' ? null : (v as ParticipantStatus));
              setPage(1);
            }}
            data={[{ value: 'all', label: t('roster.statusAll') }, ...PARTICIPANT_STATUSES.map((s) => ({ value: s, label: t(`enrolment.statuses.${s}`) }))]}
          />
        </Group>
        {list.data && (
          <Text size="sm" c="dimmed">
            {t('enrolment.participantsTotal', { count: list.data.total, formatted: formatNumber(list.data.total) })}
          </Text>
        )}
      </Group>
      {reactivate.error && <Alert color="red">{reactivate.error.message}</Alert>}
      {list.error ? (
        <QueryError error={list.error} />
      ) : list.data?.total === 0 && !list.isFetching ? (
        debounced || status ? (
          <EmptyState
            title={t('empty.filtered.title')}
            hint={t('empty.filtered.hint')}
            steps={[
              {
                label: t('empty.filtered.clear'),
                onClick: () => {
                  setQ('');
                  setStatus(null);
                  setPage(1);
                },
              },
            ]}
          />
        ) : (
          <EmptyState
            title={t('empty.participants.title')}
            hint={t('empty.participants.hint')}
            steps={[{ label: t('empty.participants.batches'), to: `/kepesertaan?agreement=${agreementId}&tab=batches` }]}
          />
        )
      ) : (
        <DataTable
          withTableBorder
          borderRadius="md"
          striped
          highlightOnHover
          minHeight={list.data?.items.length ? undefined : 180}
          fetching={list.isFetching}
          records={list.data?.items ?? []}
          totalRecords={list.data?.total ?? 0}
          recordsPerPage={PAGE_SIZE}
          page={page}
          onPageChange={setPage}
          paginationText={({ from, to, totalRecords }) => `${from}–${to} / ${formatNumber(totalRecords)}`}
          onRowClick={({ record }) => setOpened(record.id)}
          rowStyle={() => ({ cursor: 'pointer' })}
          noRecordsText={t('enrolment.noParticipants')}
          columns={[
            {
              accessor: 'nik',
              title: 'NIK',
              noWrap: true,
              render: (p) => (
                <RowButton onOpen={() => setOpened(p.id)} mono>
                  {p.nik}
                </RowButton>
              ),
            },
            { accessor: 'fullName', title: t('roster.name') },
            { accessor: 'unitCode', title: t('roster.unit') },
            { accessor: 'status', title: t('enrolment.status'), width: 130, render: (p) => <ParticipantStatusBadge participant={p} /> },
            {
              accessor: 'kpj',
              title: 'KPJ',
              render: (p) => (
                <Text size="sm" ff="monospace">
                  {p.kpj ?? '—'}
                </Text>
              ),
            },
            {
              accessor: 'registeredOn',
              title: t('enrolment.registeredOn'),
              noWrap: true,
              render: (p) => (p.registeredOn ? formatDateId(p.registeredOn) : '—'),
            },
            {
              accessor: 'deactivatedOn',
              title: t('enrolment.deactivatedOn'),
              noWrap: true,
              render: (p) => (p.deactivatedOn ? formatDateId(p.deactivatedOn) : ''),
            },
            {
              accessor: 'actions',
              title: <ActionsTitle />,
              textAlign: 'right',
              render: (p) =>
                p.status === 'registered' &&
                preparer && (
                  <Group gap="xs" justify="flex-end" wrap="nowrap" onClick={(e) => e.stopPropagation()}>
                    {p.deactivatedOn ? (
                      <Button
                        size="compact-xs"
                        variant="light"
                        leftSection={<IconPlayerPlay size={12} />}
                        loading={reactivate.isPending && reactivate.variables?.path.includes(`/${p.id}/`)}
                        onClick={() =>
                          reactivate.mutate(
                            { path: `/enrolment/participants/${p.id}/reactivate` },
                            { onSuccess: () => notifySuccess(t('enrolment.reactivated', { name: p.fullName })) },
                          )
                        }
                      >
                        {t('enrolment.reactivate')}
                      </Button>
                    ) : (
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="orange"
                        leftSection={<IconPlayerPause size={12} />}
                        onClick={() => setTarget((x) => ({ seq: x.seq + 1, open: true, value: p }))}
                      >
                        {t('enrolment.deactivate')}
                      </Button>
                    )}
                  </Group>
                ),
            },
          ]}
        />
      )}
      <DeactivateModal key={target.seq} target={target.value} opened={target.open} onClose={() => setTarget((x) => ({ ...x, open: false }))} />
      <ParticipantDrawer participantId={opened} onClose={() => setOpened(null)} />
    </Stack>
  );
}
