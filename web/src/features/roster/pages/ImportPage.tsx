import { Alert, Anchor, Badge, Button, Card, FileInput, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconFileSpreadsheet } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { api, ApiError } from '../../../lib/api-client.ts';
import { useUser } from '../../../lib/auth.ts';
import { commitImport, errorReportUrl, previewImport, useUnits, type ImportPreview } from '../api/roster.ts';

const STATUS_COLOR = { new: 'teal', changed: 'blue', unchanged: 'gray', error: 'red' } as const;

export default function ImportPage() {
  const { t } = useTranslation();
  const user = useUser();
  const qc = useQueryClient();
  const agreements = useQuery({ queryKey: ['agreements', 'list', {}], queryFn: () => api<{ items: { id: number; numberPartyOne: string; partyOne: string }[] }>('/agreements'), select: (d) => d.items });
  const units = useUnits();
  const operator = user.role === 'opd_operator';
  const [target, setTarget] = useState<string | null>(operator && user.workUnitId ? `unit:${user.workUnitId}` : null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportPreview | null>(null);
  const effectiveTarget = target ?? (agreements.data?.[0] ? `agreement:${agreements.data[0].id}` : null);

  const previewing = useMutation({
    mutationFn: () => {
      const [kind, id] = (effectiveTarget ?? '').split(':');
      return previewImport(file!, kind === 'unit' ? { unitId: Number(id) } : { agreementId: Number(id) });
    },
    onSuccess: (p) => {
      setPreview(p);
      setResult(null);
    },
  });
  const confirming = useMutation({
    mutationFn: () => commitImport(preview!.id),
    onSuccess: (r) => {
      setResult(r);
      void qc.invalidateQueries({ queryKey: ['employees'] });
    },
  });
  const error = (previewing.error ?? confirming.error) as ApiError | null;
  const targets = [
    ...(operator ? [] : (agreements.data ?? []).map((a) => ({ value: `agreement:${a.id}`, label: `${t('roster.targetAgreement')}: ${a.numberPartyOne} (${a.partyOne})` }))),
    ...(units.data ?? []).map((u) => ({ value: `unit:${u.id}`, label: `${t('roster.unit')}: ${u.code} — ${u.name}` })),
  ];

  return (
    <Stack gap="lg">
      <PageHeader title={t('roster.importTitle')} subtitle={t('roster.importHint')} />
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Select label={t('roster.target')} data={targets} value={effectiveTarget} onChange={setTarget} disabled={operator} allowDeselect={false} />
          <FileInput label={t('roster.file')} accept=".xlsx,.csv" leftSection={<IconFileSpreadsheet size={16} />} value={file} onChange={(f) => { setFile(f); setPreview(null); setResult(null); }} clearable />
          <Group>
            <Button onClick={() => previewing.mutate()} loading={previewing.isPending} disabled={!file || !effectiveTarget}>{t('roster.preview')}</Button>
          </Group>
        </Stack>
      </Card>
      {error && <Alert color="red" title={t('app.loadFailed')}>{error.message}</Alert>}
      {preview && !result && (
        <Card withBorder radius="md" padding="lg">
          <Stack gap="md">
            <Group gap="sm">
              <Badge color="teal" size="lg" variant="light">{preview.counts.new} {t('roster.new')}</Badge>
              <Badge color="blue" size="lg" variant="light">{preview.counts.changed} {t('roster.changed')}</Badge>
              <Badge color="gray" size="lg" variant="light">{preview.counts.unchanged} {t('roster.unchanged')}</Badge>
              <Badge color="red" size="lg" variant="light">{preview.counts.errors} {t('roster.errors')}</Badge>
            </Group>
            {preview.errors.length > 0 && (
              <Stack gap="xs">
                <Text fw={600}>{t('roster.badRows')}</Text>
                <Table striped withTableBorder data-testid="import-errors">
                  <Table.Thead><Table.Tr><Table.Th>{t('roster.row')}</Table.Th><Table.Th>{t('roster.column')}</Table.Th><Table.Th>{t('roster.message')}</Table.Th></Table.Tr></Table.Thead>
                  <Table.Tbody>
                    {preview.errors.slice(0, 200).map((e, i) => (
                      <Table.Tr key={i}><Table.Td>{e.row}</Table.Td><Table.Td>{e.column}</Table.Td><Table.Td>{e.message}</Table.Td></Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                <Anchor href={errorReportUrl(preview.id)}>{t('roster.reportLink')}</Anchor>
                <Text size="sm" c="dimmed">{t('roster.skipNote')}</Text>
              </Stack>
            )}
            <Table withTableBorder>
              <Table.Thead><Table.Tr><Table.Th>{t('roster.row')}</Table.Th><Table.Th>{t('roster.nik')}</Table.Th><Table.Th>{t('roster.name')}</Table.Th><Table.Th>{t('roster.unit')}</Table.Th><Table.Th>{t('roster.status')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {preview.rows.slice(0, 100).map((r) => (
                  <Table.Tr key={r.row}>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td ff="monospace">{r.nik}</Table.Td>
                    <Table.Td>{r.fullName}</Table.Td>
                    <Table.Td>{r.unitCode}</Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOR[r.status]} variant="light">{r.status === 'error' ? t('roster.errors') : t(`roster.${r.status}`)}</Badge>
                      {r.changes.map((c) => <Text key={c.field} size="xs" c="dimmed">{c.label}: {c.before ?? '—'} → {c.after ?? '—'}</Text>)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group>
              <Button leftSection={<IconCheck size={16} />} onClick={() => confirming.mutate()} loading={confirming.isPending} disabled={preview.counts.new + preview.counts.changed === 0}>{t('roster.confirm')}</Button>
            </Group>
          </Stack>
        </Card>
      )}
      {result && (
        <Alert color="teal" title={t('roster.done', { created: result.created ?? 0, updated: result.updated ?? 0 })}>
          <Anchor component={Link} to="/pegawai">{t('roster.backToList')}</Anchor>
        </Alert>
      )}
    </Stack>
  );
}
