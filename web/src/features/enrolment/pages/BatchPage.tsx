import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconId } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { can, useUser } from '../../../lib/auth.ts';
import { formatDateId } from '../../../lib/format.ts';
import { batchCardsUrl, batchExportUrl, cardUrl, useBatch, useEnrolmentAction, type Participant } from '../api/enrolment.ts';
import { PARTICIPANT_COLOR } from '../components/ParticipantsTab.tsx';

type Decision = { participant: Participant; kind: 'accept' | 'reject' };

export default function BatchPage() {
  const { t } = useTranslation();
  const user = useUser();
  const id = Number(useParams().id);
  const batch = useBatch(id);
  const action = useEnrolmentAction();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [form, setForm] = useState({ kpj: '', registeredOn: '', reason: '' });
  if (batch.isPending) return <PageLoader />;
  if (batch.error) return <QueryError error={batch.error} />;
  const b = batch.data;
  const preparer = can(user, 'enrolment:prepare');
  const processor = can(user, 'enrolment:process');
  const decide = () => {
    if (!decision) return;
    const body = decision.kind === 'accept' ? { kpj: form.kpj, ...(form.registeredOn ? { registeredOn: form.registeredOn } : {}) } : { reason: form.reason };
    action.mutate({ path: `/enrolment/participants/${decision.participant.id}/${decision.kind}`, body }, { onSuccess: () => setDecision(null) });
  };
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/kepesertaan?agreement=${b.agreementId}`} size="sm">← {t('enrolment.title')}</Anchor>
      <Group justify="space-between">
        <Stack gap={2}>
          <Title order={2} size="h3">{b.number}</Title>
          <Group gap="xs"><Badge data-testid="batch-status" variant="light">{t(`enrolment.batchStatuses.${b.status}`)}</Badge><Text c="dimmed" size="sm">{b.createdBy}</Text></Group>
        </Stack>
        <Group>
          {preparer && b.status === 'draft' && <Button loading={action.isPending} onClick={() => action.mutate({ path: `/enrolment/batches/${b.id}/submit` })}>{t('enrolment.submit')}</Button>}
          {b.status !== 'draft' && <Button component="a" href={batchExportUrl(b.id)} variant="default" leftSection={<IconDownload size={16} />}>{t('enrolment.export')}</Button>}
          {b.counts.registered > 0 && <Button component="a" href={batchCardsUrl(b.id)} target="_blank" variant="default" leftSection={<IconId size={16} />}>{t('enrolment.printCards')}</Button>}
        </Group>
      </Group>
      {action.error && !decision && <Alert color="red">{action.error.message}</Alert>}
      <Table withTableBorder striped>
        <Table.Thead><Table.Tr><Table.Th>NIK</Table.Th><Table.Th>{t('roster.name')}</Table.Th><Table.Th>{t('roster.unit')}</Table.Th><Table.Th>{t('enrolment.status')}</Table.Th><Table.Th>KPJ</Table.Th><Table.Th>{t('enrolment.registeredOn')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
        <Table.Tbody>
          {b.participants.map((p) => (
            <Table.Tr key={p.id} data-testid={`participant-${p.nik}`}>
              <Table.Td ff="monospace">{p.nik}</Table.Td>
              <Table.Td>{p.fullName}</Table.Td>
              <Table.Td>{p.unitCode}</Table.Td>
              <Table.Td><Badge color={PARTICIPANT_COLOR[p.status]} variant="light">{t(`enrolment.statuses.${p.status}`)}</Badge>{p.rejectionReason && <Text size="xs" c="dimmed">{p.rejectionReason}</Text>}</Table.Td>
              <Table.Td ff="monospace">{p.kpj ?? '—'}</Table.Td>
              <Table.Td>{p.registeredOn ? formatDateId(p.registeredOn) : '—'}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  {processor && p.status === 'submitted' && <Button size="compact-sm" onClick={() => { setForm({ kpj: '', registeredOn: '', reason: '' }); setDecision({ participant: p, kind: 'accept' }); }}>{t('enrolment.accept')}</Button>}
                  {processor && p.status === 'submitted' && <Button size="compact-sm" color="red" variant="light" onClick={() => { setForm({ kpj: '', registeredOn: '', reason: '' }); setDecision({ participant: p, kind: 'reject' }); }}>{t('enrolment.reject')}</Button>}
                  {p.status === 'registered' && <Anchor href={cardUrl(p.id)} target="_blank" size="sm">{t('enrolment.card')}</Anchor>}
                  {preparer && b.status === 'draft' && <Button size="compact-sm" variant="subtle" color="red" onClick={() => action.mutate({ path: `/enrolment/batches/${b.id}/participants/${p.id}`, method: 'DELETE' })}>×</Button>}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={!!decision} onClose={() => setDecision(null)} title={`${decision?.kind === 'accept' ? t('enrolment.accept') : t('enrolment.reject')}: ${decision?.participant.fullName ?? ''}`}>
        <Stack>
          {decision?.kind === 'accept' ? (
            <>
              <TextInput label={t('enrolment.kpj')} value={form.kpj} onChange={(e) => setForm({ ...form, kpj: e.currentTarget.value })} maxLength={11} />
              <TextInput type="date" label={t('enrolment.registeredOn')} value={form.registeredOn} onChange={(e) => setForm({ ...form, registeredOn: e.currentTarget.value })} />
            </>
          ) : (
            <TextInput label={t('enrolment.reason')} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.currentTarget.value })} />
          )}
          {action.error && <Alert color="red">{action.error.message}</Alert>}
          <Button loading={action.isPending} onClick={decide}>{t('app.save')}</Button>
        </Stack>
      </Modal>
    </Stack>
  );
}
