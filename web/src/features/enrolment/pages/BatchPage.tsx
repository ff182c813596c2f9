import { Alert, Anchor, Button, Card, Group, Modal, SimpleGrid, Stack, Table, Text, TextInput, Title, Tooltip, ActionIcon } from '@mantine/core';
import { IconCheck, IconDownload, IconId, IconSend, IconTrash, IconUpload, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { can, useUser } from '../../../lib/auth.ts';
import { formatDateId, formatDateTime } from '../../../lib/format.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { batchCardsUrl, batchExportUrl, cardUrl, useBatch, useEnrolmentAction, type BatchDetail, type Participant } from '../api/enrolment.ts';
import { NumbersUpload } from '../components/NumbersUpload.tsx';
import { ParticipantDrawer } from '../components/ParticipantDrawer.tsx';
import { BatchStatusBadge, ParticipantStatusBadge } from '../components/StatusBadges.tsx';
import { ActionsHeader } from '../../../components/ActionsHeader.tsx';
import { confirmAction } from '../../../lib/confirm.tsx';
import { DayField } from '../../../components/DateFields.tsx';

type Decision = { participant: Participant; kind: 'accept' | 'reject' };
const KPJ = /^\d{11}$/;

function Figure({ label, value, color }: { label: string; value: number | string; color?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} fz="xl" c={color}>
        {value}
      </Text>
    </Stack>
  );
}

/** Accept (KPJ + registration date) or reject (reason) one submitted participant. */
function DecisionModal({ decision, opened, onClose }: { decision: Decision | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const action = useEnrolmentAction();
  const [form, setForm] = useState({ kpj: '', registeredOn: '', reason: '' });
  const [touched, setTouched] = useState(false);
  const shown = decision;
  const accept = shown?.kind === 'accept';
  const kpjError = touched && accept && !KPJ.test(form.kpj.trim()) ? t('enrolment.kpjRule') : null;
  const reasonError = touched && !accept && !form.reason.trim() ? t('enrolment.reasonRequired') : null;
  const save = () => {
    setTouched(true);
    if (!shown) return;
    if (accept ? !KPJ.test(form.kpj.trim()) : !form.reason.trim()) return;
    const body = accept ? { kpj: form.kpj.trim(), ...(form.registeredOn ? { registeredOn: form.registeredOn } : {}) } : { reason: form.reason.trim() };
    action.mutate(
      { path: `/enrolment/participants/${shown.participant.id}/${shown.kind}`, body },
      {
        onSuccess: () => {
          notifySuccess(accept ? t('enrolment.accepted', { name: shown.participant.fullName }) : t('enrolment.rejected', { name: shown.participant.fullName }));
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>{accept ? t('enrolment.acceptTitle') : t('enrolment.rejectTitle')}</Text>}>
      <Stack>
        {shown && (
          <Card withBorder padding="sm" bg="gray.0">
            <Text fw={600}>{shown.participant.fullName}</Text>
            <Text size="sm" c="dimmed" ff="monospace">
              {shown.participant.nik} · {shown.participant.unitCode}
            </Text>
          </Card>
        )}
        {accept ? (
          <>
            <TextInput
              label={t('enrolment.kpj')}
              value={form.kpj}
              onChange={(e) => setForm({ ...form, kpj: e.currentTarget.value.replace(/\D/g, '') })}
              maxLength={11}
              inputMode="numeric"
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              error={kpjError}
              data-autofocus
              withAsterisk
            />
            <DayField
              label={t('enrolment.registeredOn')}
              description={t('enrolment.registeredOnHint')}
              value={form.registeredOn}
              onChange={(v) => setForm({ ...form, registeredOn: v })}
            />
          </>
        ) : (
          <TextInput
            label={t('enrolment.reason')}
            value={form.reason}
            onChange={(e) => setForm({ ...form, reason: e.currentTarget.value })}
            error={reasonError}
            data-autofocus
            withAsterisk
          />
        )}
        {action.error && <Alert color="red">{action.error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button color={accept ? 'teal' : 'red'} loading={action.isPending} onClick={save}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ParticipantsTable({ batch, onDecide, onOpen }: { batch: BatchDetail; onDecide: (d: Decision) => void; onOpen: (p: Participant) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const action = useEnrolmentAction();
  const preparer = can(user, 'enrolment:prepare');
  const processor = can(user, 'enrolment:process');
  const printer = can(user, 'cards:print');
  return (
    <Card withBorder radius="md" padding={0}>
      {action.error && (
        <Alert color="red" m="md">
          {action.error.message}
        </Alert>
      )}
      <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>NIK</Table.Th>
            <Table.Th>{t('roster.name')}</Table.Th>
            <Table.Th>{t('roster.unit')}</Table.Th>
            <Table.Th>{t('enrolment.status')}</Table.Th>
            <Table.Th>KPJ</Table.Th>
            <Table.Th>{t('enrolment.registeredOn')}</Table.Th>
            <ActionsHeader />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {batch.participants.map((p) => (
            <Table.Tr key={p.id} data-testid={`participant-${p.nik}`}>
              <Table.Td ff="monospace" fz="sm" style={{ whiteSpace: 'nowrap' }}>
                {p.nik}
              </Table.Td>
              <Table.Td>
                <Anchor component="button" size="sm" ta="left" onClick={() => onOpen(p)}>
                  {p.fullName}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Tooltip label={p.unitName}>
                  <Text size="sm" span>
                    {p.unitCode}
                  </Text>
                </Tooltip>
              </Table.Td>
              <Table.Td>
                <ParticipantStatusBadge participant={p} />
                {p.rejectionReason && (
                  <Text size="xs" c="red" mt={2}>
                    {p.rejectionReason}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ff="monospace" fz="sm">
                {p.kpj ?? '—'}
              </Table.Td>
              <Table.Td fz="sm">{p.registeredOn ? formatDateId(p.registeredOn) : '—'}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap" justify="flex-end">
                  {processor && p.status === 'submitted' && (
                    <>
                      <Button size="compact-sm" leftSection={<IconCheck size={14} />} onClick={() => onDecide({ participant: p, kind: 'accept' })}>
                        {t('enrolment.accept')}
                      </Button>
                      <Button
                        size="compact-sm"
                        color="red"
                        variant="light"
                        leftSection={<IconX size={14} />}
                        onClick={() => onDecide({ participant: p, kind: 'reject' })}
                      >
                        {t('enrolment.reject')}
                      </Button>
                    </>
                  )}
                  {printer && p.status === 'registered' && (
                    <Button component="a" href={cardUrl(p.id)} target="_blank" size="compact-sm" variant="default" leftSection={<IconId size={14} />}>
                      {t('enrolment.card')}
                    </Button>
                  )}
                  {preparer && batch.status === 'draft' && (
                    <Tooltip label={t('enrolment.removeFromDraft')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('enrolment.removeFromDraft')}
                        loading={action.isPending && action.variables?.path.endsWith(`/participants/${p.id}`)}
                        onClick={() => action.mutate({ path: `/enrolment/batches/${batch.id}/participants/${p.id}`, method: 'DELETE' })}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
          {batch.participants.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Text c="dimmed" ta="center" py="md">
                  {t('enrolment.emptyBatch')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

export default function BatchPage() {
  const { t } = useTranslation();
  const user = useUser();
  const id = Number(useParams().id);
  const batch = useBatch(id);
  const submit = useEnrolmentAction();
  const [decision, setDecision] = useState<{ seq: number; open: boolean; value: Decision | null }>({ seq: 0, open: false, value: null });
  const [uploading, setUploading] = useState(false);
  const [opened, setOpened] = useState<number | null>(null);
  if (batch.isPending) return <PageLoader />;
  if (batch.error) return <QueryError error={batch.error} onRetry={() => void batch.refetch()} />;
  const b = batch.data;
  const preparer = can(user, 'enrolment:prepare');
  const processor = can(user, 'enrolment:process');
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/kepesertaan?agreement=${b.agreementId}`} size="sm">
        ← {t('enrolment.title')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('enrolment.batch')}
          </Text>
          <Title order={1} size="h3">
            {b.number}
          </Title>
          <Group gap="xs">
            <BatchStatusBadge status={b.status} size="lg" data-testid="batch-status" />
            <Text c="dimmed" size="sm">
              {t('enrolment.createdBy', { at: formatDateTime(b.createdAt), by: b.createdBy })}
            </Text>
            {b.submittedAt && (
              <Text c="dimmed" size="sm">
                · {t('enrolment.submittedBy', { at: formatDateTime(b.submittedAt), by: b.submittedByName ?? b.submittedBy ?? '' })}
              </Text>
            )}
          </Group>
        </Stack>
        <Group gap="sm">
          {preparer && b.status === 'draft' && (
            <Button
              leftSection={<IconSend size={16} />}
              disabled={b.counts.total === 0}
              loading={submit.isPending}
              onClick={() =>
                confirmAction({
                  title: t('enrolment.confirmSubmitTitle', { number: b.number }),
                  body: t('enrolment.confirmSubmit', { count: b.counts.total }),
                  confirm: t('enrolment.submit'),
                  onConfirm: () => submit.mutate({ path: `/enrolment/batches/${b.id}/submit` }),
                })
              }
            >
              {t('enrolment.submit')}
            </Button>
          )}
          {b.status !== 'draft' && (
            <Button component="a" href={batchExportUrl(b.id)} variant="default" leftSection={<IconDownload size={16} />}>
              {t('enrolment.export')}
            </Button>
          )}
          {processor && b.status !== 'draft' && (
            <Button variant="default" leftSection={<IconUpload size={16} />} onClick={() => setUploading(true)}>
              {t('enrolment.uploadResults')}
            </Button>
          )}
          {can(user, 'cards:print') && b.counts.registered > 0 && (
            <Button component="a" href={batchCardsUrl(b.id)} target="_blank" variant="default" leftSection={<IconId size={16} />}>
              {t('enrolment.printCards')}
            </Button>
          )}
        </Group>
      </Group>
      {submit.error && <Alert color="red">{submit.error.message}</Alert>}
      {b.note && <Text size="sm">{b.note}</Text>}
      <Card withBorder radius="md" padding="md">
        <SimpleGrid cols={{ base: 2, sm: 5 }}>
          <Figure label={t('enrolment.total')} value={b.counts.total} />
          <Figure label={t('enrolment.statuses.draft')} value={b.counts.draft} color="gray.7" />
          <Figure label={t('enrolment.statuses.submitted')} value={b.counts.submitted} color="blue" />
          <Figure label={t('enrolment.statuses.registered')} value={b.counts.registered} color="teal.7" />
          <Figure label={t('enrolment.statuses.rejected')} value={b.counts.rejected} color="red" />
        </SimpleGrid>
      </Card>
      {b.status === 'draft' && preparer && (
        <Alert color="blue" variant="light">
          {t('enrolment.draftHint')}
        </Alert>
      )}
      <ParticipantsTable batch={b} onDecide={(value) => setDecision((d) => ({ seq: d.seq + 1, open: true, value }))} onOpen={(p) => setOpened(p.id)} />
      <DecisionModal key={decision.seq} decision={decision.value} opened={decision.open} onClose={() => setDecision((d) => ({ ...d, open: false }))} />
      <Modal opened={uploading} onClose={() => setUploading(false)} title={<Text fw={600}>{t('enrolment.uploadResults')}</Text>} size="lg">
        <NumbersUpload agreementId={b.agreementId} />
      </Modal>
      <ParticipantDrawer participantId={opened} onClose={() => setOpened(null)} />
    </Stack>
  );
}
