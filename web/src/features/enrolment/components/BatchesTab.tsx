import { Badge, Button, Card, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, useUser } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useBatches, useEligible, useEnrolmentAction, type BatchDetail } from '../api/enrolment.ts';

const BATCH_COLOR = { draft: 'gray', submitted: 'blue', processed: 'teal' } as const;

function NewBatch({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const eligible = useEligible(agreementId);
  const action = useEnrolmentAction();
  const [chosen, setChosen] = useState<number[]>([]);
  const items = eligible.data ?? [];
  const all = items.length > 0 && chosen.length === items.length;
  return (
    <Card withBorder radius="md" padding="md">
      <Text fw={600} mb="xs">{t('enrolment.eligible')} ({items.length})</Text>
      <Table striped>
        <Table.Thead><Table.Tr><Table.Th><Checkbox aria-label="all" checked={all} onChange={() => setChosen(all ? [] : items.map((e) => e.id))} /></Table.Th><Table.Th>NIK</Table.Th><Table.Th>{t('roster.name')}</Table.Th><Table.Th>{t('roster.unit')}</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {items.slice(0, 500).map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td><Checkbox aria-label={e.fullName} checked={chosen.includes(e.id)} onChange={() => setChosen(chosen.includes(e.id) ? chosen.filter((x) => x !== e.id) : [...chosen, e.id])} /></Table.Td>
              <Table.Td ff="monospace">{e.nik}</Table.Td><Table.Td>{e.fullName}</Table.Td><Table.Td>{e.unitCode}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {action.error && <Text c="red" size="sm">{action.error.message}</Text>}
      <Button mt="sm" disabled={!chosen.length} loading={action.isPending} onClick={() => action.mutate({ path: '/enrolment/batches', body: { agreementId, employeeIds: chosen } }, { onSuccess: (b) => void navigate(`/kepesertaan/pengajuan/${(b as BatchDetail).id}`) })}>
        {t('enrolment.createBatch', { count: chosen.length })}
      </Button>
    </Card>
  );
}

export function BatchesTab({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const batches = useBatches(agreementId);
  const [creating, setCreating] = useState(false);
  return (
    <Stack>
      {can(user, 'enrolment:prepare') && (
        <Group><Button variant={creating ? 'default' : 'filled'} onClick={() => setCreating(!creating)}>{t('enrolment.newBatch')}</Button></Group>
      )}
      {creating && <NewBatch agreementId={agreementId} />}
      <DataTable
        withTableBorder
        borderRadius="md"
        highlightOnHover
        minHeight={120}
        records={batches.data ?? []}
        onRowClick={({ record }) => void navigate(`/kepesertaan/pengajuan/${record.id}`)}
        rowStyle={() => ({ cursor: 'pointer' })}
        noRecordsText={t('enrolment.none')}
        columns={[
          { accessor: 'number', title: t('enrolment.number') },
          { accessor: 'status', title: t('enrolment.status'), render: (b) => <Badge color={BATCH_COLOR[b.status]} variant="light">{t(`enrolment.batchStatuses.${b.status}`)}</Badge> },
          { accessor: 'counts', title: t('enrolment.counts'), render: (b) => `${b.counts.total} · ${t('enrolment.statuses.registered')} ${b.counts.registered} · ${t('enrolment.statuses.rejected')} ${b.counts.rejected}` },
          { accessor: 'createdAt', title: '', render: (b) => `${formatDateTime(b.createdAt)} · ${b.createdBy}` },
        ]}
      />
    </Stack>
  );
}
