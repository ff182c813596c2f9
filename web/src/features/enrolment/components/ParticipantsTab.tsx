import { Anchor, Badge, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can, useUser } from '../../../lib/auth.ts';
import { formatDateId } from '../../../lib/format.ts';
import { cardUrl, useEnrolmentAction, useParticipants, type Participant } from '../api/enrolment.ts';

export const PARTICIPANT_COLOR = { draft: 'gray', submitted: 'blue', registered: 'teal', rejected: 'red' } as const;

export function ParticipantsTab({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const user = useUser();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const list = useParticipants(agreementId, debounced, page);
  const action = useEnrolmentAction();
  const [target, setTarget] = useState<Participant | null>(null);
  const [form, setForm] = useState({ from: '', reason: '' });
  return (
    <Stack>
      <TextInput label={t('enrolment.search')} value={q} onChange={(e) => { setQ(e.currentTarget.value); setPage(1); }} w={300} />
      <DataTable
        withTableBorder
        borderRadius="md"
        minHeight={150}
        records={list.data?.items ?? []}
        totalRecords={list.data?.total ?? 0}
        recordsPerPage={50}
        page={page}
        onPageChange={setPage}
        noRecordsText={t('enrolment.none')}
        columns={[
          { accessor: 'nik', title: 'NIK' },
          { accessor: 'fullName', title: t('roster.name') },
          { accessor: 'unitCode', title: t('roster.unit') },
          { accessor: 'status', title: t('enrolment.status'), render: (p) => <Badge color={PARTICIPANT_COLOR[p.status]} variant="light">{t(`enrolment.statuses.${p.status}`)}</Badge> },
          { accessor: 'kpj', title: 'KPJ' },
          { accessor: 'registeredOn', title: t('enrolment.registeredOn'), render: (p) => (p.registeredOn ? formatDateId(p.registeredOn) : '—') },
          { accessor: 'deactivatedOn', title: t('enrolment.deactivate'), render: (p) => (p.deactivatedOn ? formatDateId(p.deactivatedOn) : '') },
          {
            accessor: 'actions',
            title: '',
            render: (p) => (
              <Group gap="xs" wrap="nowrap">
                {p.status === 'registered' && <Anchor href={cardUrl(p.id)} target="_blank" size="sm">{t('enrolment.card')}</Anchor>}
                {p.status === 'registered' && can(user, 'enrolment:prepare') && (p.deactivatedOn
                  ? <Button size="compact-xs" variant="light" onClick={() => action.mutate({ path: `/enrolment/participants/${p.id}/reactivate` })}>{t('enrolment.reactivate')}</Button>
                  : <Button size="compact-xs" variant="light" color="red" onClick={() => setTarget(p)}>{t('enrolment.deactivate')}</Button>)}
              </Group>
            ),
          },
        ]}
      />
      <Modal opened={!!target} onClose={() => setTarget(null)} title={`${t('enrolment.deactivate')}: ${target?.fullName ?? ''}`}>
        <Stack>
          <TextInput type="date" label={t('enrolment.from')} value={form.from} onChange={(e) => setForm({ ...form, from: e.currentTarget.value })} />
          <TextInput label={t('enrolment.reason')} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.currentTarget.value })} />
          {action.error && <Badge color="red">{action.error.message}</Badge>}
          <Button color="red" loading={action.isPending} onClick={() => action.mutate({ path: `/enrolment/participants/${target!.id}/deactivate`, body: form }, { onSuccess: () => setTarget(null) })}>{t('enrolment.deactivate')}</Button>
        </Stack>
      </Modal>
    </Stack>
  );
}
