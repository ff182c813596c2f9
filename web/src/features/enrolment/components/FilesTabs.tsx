import { Alert, Badge, Button, Card, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { uploadNumbers, uploadReconcile } from '../api/enrolment.ts';

function Issues({ error }: { error: Error }) {
  const issues = error instanceof ApiError ? (error.issues as { path: string; message: string }[]) : [];
  return (
    <Alert color="red" title={error.message}>
      {issues.slice(0, 50).map((i, k) => <Text key={k} size="sm">{i.path}: {i.message}</Text>)}
    </Alert>
  );
}

export function NumbersTab({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({ mutationFn: () => uploadNumbers(file!, agreementId), onSuccess: () => void qc.invalidateQueries() });
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack>
        <Text size="sm" c="dimmed">{t('enrolment.numbersHint')}</Text>
        <Group align="flex-end"><FileInput accept=".xlsx,.csv" value={file} onChange={setFile} w={360} /><Button disabled={!file} loading={upload.isPending} onClick={() => upload.mutate()}>{t('enrolment.upload')}</Button></Group>
        {upload.error && <Issues error={upload.error} />}
        {upload.data && <Alert color="teal">{t('enrolment.assigned', upload.data)}</Alert>}
      </Stack>
    </Card>
  );
}

export function ReconcileTab({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const run = useMutation({ mutationFn: () => uploadReconcile(file!, agreementId) });
  const r = run.data;
  const side = (s: { fullName: string; birthDate: string | null; kpj: string | null }) => `${s.fullName} · ${s.birthDate ?? '—'} · ${s.kpj ?? '—'}`;
  return (
    <Stack>
      <Card withBorder radius="md" padding="lg">
        <Text size="sm" c="dimmed" mb="sm">{t('enrolment.reconcileHint')}</Text>
        <Group align="flex-end"><FileInput accept=".xlsx,.csv" value={file} onChange={setFile} w={360} /><Button disabled={!file} loading={run.isPending} onClick={() => run.mutate()}>{t('enrolment.upload')}</Button></Group>
        {run.error && <Issues error={run.error} />}
      </Card>
      {r && (
        <Card withBorder radius="md" padding="lg">
          <Group mb="md">
            <Badge color="teal" size="lg" variant="light">{t('enrolment.matching')}: {r.matching.length}</Badge>
            <Badge color="orange" size="lg" variant="light">{t('enrolment.differing')}: {r.differing.length}</Badge>
            <Badge color="red" size="lg" variant="light">{t('enrolment.onlyInLindung')}: {r.onlyInLindung.length}</Badge>
            <Badge color="grape" size="lg" variant="light">{t('enrolment.onlyInBranch')}: {r.onlyInBranch.length}</Badge>
          </Group>
          <Table withTableBorder>
            <Table.Thead><Table.Tr><Table.Th>NIK</Table.Th><Table.Th>{t('enrolment.lindung')}</Table.Th><Table.Th>{t('enrolment.branch')}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {r.differing.map((d, i) => <Table.Tr key={`d${i}`} bg="orange.0"><Table.Td>{d.lindung.nik}</Table.Td><Table.Td>{side(d.lindung)}</Table.Td><Table.Td>{side(d.branch)} ({d.fields.join(', ')})</Table.Td></Table.Tr>)}
              {r.onlyInLindung.map((l, i) => <Table.Tr key={`l${i}`} bg="red.0"><Table.Td>{l.nik}</Table.Td><Table.Td>{side(l)}</Table.Td><Table.Td>—</Table.Td></Table.Tr>)}
              {r.onlyInBranch.map((b, i) => <Table.Tr key={`b${i}`} bg="grape.0"><Table.Td>{b.nik ?? '—'}</Table.Td><Table.Td>—</Table.Td><Table.Td>{side(b)}</Table.Td></Table.Tr>)}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}
