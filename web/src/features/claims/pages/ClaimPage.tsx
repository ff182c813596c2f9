import { Alert, Anchor, Badge, Button, Card, FileInput, Group, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Timeline, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { api, apiUrl } from '../../../lib/api-client.ts';
import { readFileAsBase64 } from '../../../lib/files.ts';
import { useUser } from '../../../lib/auth.ts';
import { formatDateId, formatDateTime, formatRupiah } from '../../../lib/format.ts';
import { useTranslation } from 'react-i18next';
import { CLAIM_COLOR } from '../utils/status.ts';
import type { ClaimStatus } from '../api/types.ts';

interface Claim {
  id: number; fullName: string; nik: string; program: string; outcome: string; incidentDate: string; place: string; chronology: string; status: string; rejectionReason: string | null;
  deadlines: { code: string; label: string; due: string; doneOn: string | null; status: string; consequence: string | null }[];
  checklist: { code: string; label: string; required: boolean; uploaded: boolean }[];
  items: { code: string; label: string; amount: number; computed: number; cap: number | null; formula: string; basis: string; adjustment: { amount: number; reason: string } | null }[];
  total: number; totalInWords: string; approvedTotal: number | null; paid: number; outstanding: number;
  payments: { id: number; paidOn: string; amount: number; reference: string }[];
  timeline: { at: string; actor: string; to: string; note: string | null }[];
}
const DEADLINE_COLOR: Record<string, string> = { open: 'blue', on_time: 'teal', late: 'orange', missed: 'red' };

export default function ClaimPage() {
  const { t } = useTranslation();
  const CLAIM_LABEL = (s: string) => t(`claims.status.${s as ClaimStatus}`);
  const id = Number(useParams().id);
  const user = useUser();
  const qc = useQueryClient();
  const claim = useQuery({ queryKey: ['claim', id], queryFn: () => api<Claim>(`/claims/${id}`) });
  const act = useMutation({
    mutationFn: (a: { path: string; body?: unknown }) => api<Claim>(`/claims/${id}/${a.path}`, { method: 'POST', ...(a.body !== undefined ? { body: a.body } : { body: {} }) }),
    onSuccess: (c) => qc.setQueryData(['claim', id], c),
  });
  const [pay, setPay] = useState({ amount: 0 as number | string, paidOn: '', reference: '' });
  const [reason, setReason] = useState('');
  if (claim.isPending) return <PageLoader />;
  if (claim.error) return <QueryError error={claim.error} />;
  const c = claim.data;
  const officer = user.role === 'bpjs_officer';
  const filer = user.role === 'admin' || user.role === 'opd_operator';
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/klaim" size="sm">← Klaim</Anchor>
      <Group justify="space-between">
        <Stack gap={2}>
          <Title order={2} size="h3">Klaim {c.program} #{c.id} — {c.fullName}</Title>
          <Group gap="xs"><Badge color={CLAIM_COLOR[c.status as ClaimStatus]} variant="light" size="lg" data-testid="claim-status">{CLAIM_LABEL(c.status)}</Badge><Text c="dimmed" size="sm">{formatDateId(c.incidentDate)} · {c.place}</Text></Group>
        </Stack>
        <Group>
          <Button component="a" href={apiUrl(`/claims/${c.id}/letter.pdf`)} target="_blank" variant="default">Surat klaim (PDF)</Button>
          {officer && c.status === 'submitted' && <Button onClick={() => act.mutate({ path: 'verify' })} loading={act.isPending}>Verifikasi</Button>}
          {officer && c.status === 'verified' && <Button onClick={() => act.mutate({ path: 'approve', body: { adjustments: [] } })} loading={act.isPending}>Setujui</Button>}
        </Group>
      </Group>
      {act.error && <Alert color="red">{act.error.message}</Alert>}
      {c.rejectionReason && <Alert color="red">Ditolak: {c.rejectionReason}</Alert>}
      <Card withBorder radius="md" padding="lg">
        <Text fw={600} mb="sm">Manfaat (PKS Pasal 7)</Text>
        <Table data-testid="claim-items">
          <Table.Thead><Table.Tr><Table.Th>Manfaat</Table.Th><Table.Th>Rumus</Table.Th><Table.Th>Dasar hukum</Table.Th><Table.Th ta="right">Jumlah</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {c.items.map((i) => (
              <Table.Tr key={i.code}><Table.Td>{i.label}</Table.Td><Table.Td><Text size="xs">{i.formula}</Text>{i.adjustment && <Text size="xs" c="orange">Disesuaikan dari {formatRupiah(i.computed)}: {i.adjustment.reason}</Text>}</Table.Td><Table.Td><Text size="xs" c="dimmed">{i.basis}</Text></Table.Td><Table.Td ta="right">{formatRupiah(i.amount)}</Table.Td></Table.Tr>
            ))}
            <Table.Tr fw={700}><Table.Td colSpan={3}>Jumlah</Table.Td><Table.Td ta="right" data-testid="claim-total">{formatRupiah(c.total)}</Table.Td></Table.Tr>
          </Table.Tbody>
        </Table>
        <Text size="sm" c="dimmed" mt="xs">{c.totalInWords}</Text>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder radius="md" padding="lg">
          <Text fw={600} mb="sm">Tenggat pelaporan</Text>
          {c.deadlines.map((d) => <Stack key={d.code} gap={0} mb="xs"><Group gap="xs"><Badge color={DEADLINE_COLOR[d.status]} variant="light">{formatDateId(d.due)}</Badge><Text size="sm">{d.label}</Text></Group>{d.consequence && <Text size="xs" c="red">{d.consequence}</Text>}</Stack>)}
        </Card>
        <Card withBorder radius="md" padding="lg">
          <Text fw={600} mb="sm">Dokumen</Text>
          {c.checklist.map((d) => (
            <Group key={d.code} gap="xs" mb={4} wrap="nowrap">
              <Badge color={d.uploaded ? 'teal' : d.required ? 'red' : 'gray'} variant="light">{d.uploaded ? 'ada' : d.required ? 'wajib' : 'opsional'}</Badge>
              <Text size="sm" style={{ flex: 1 }}>{d.label}</Text>
              {filer && !d.uploaded && c.status !== 'paid' && c.status !== 'rejected' && (
                <FileInput size="xs" w={150} placeholder="Unggah" aria-label={`Unggah ${d.code}`} onChange={async (file) => { if (file) act.mutate({ path: 'documents', body: { code: d.code, name: file.name, mime: file.type || 'application/octet-stream', contentBase64: await readFileAsBase64(file) } }); }} />
              )}
            </Group>
          ))}
        </Card>
      </SimpleGrid>
      {officer && c.status === 'approved' && (
        <Card withBorder radius="md" padding="lg">
          <Text fw={600} mb="sm">Pembayaran (sisa {formatRupiah(c.outstanding)})</Text>
          <Group align="flex-end">
            <NumberInput label="Jumlah" value={pay.amount} onChange={(v) => setPay({ ...pay, amount: v })} thousandSeparator="." decimalSeparator="," />
            <TextInput type="date" label="Tanggal" value={pay.paidOn} onChange={(e) => setPay({ ...pay, paidOn: e.currentTarget.value })} />
            <TextInput label="Referensi" value={pay.reference} onChange={(e) => setPay({ ...pay, reference: e.currentTarget.value })} />
            <Button onClick={() => act.mutate({ path: 'payments', body: { ...pay, amount: Number(pay.amount) } })}>Catat pembayaran</Button>
          </Group>
        </Card>
      )}
      {officer && (c.status === 'submitted' || c.status === 'verified') && (
        <Group align="flex-end"><TextInput label="Alasan penolakan" value={reason} onChange={(e) => setReason(e.currentTarget.value)} w={360} /><Button color="red" variant="light" onClick={() => act.mutate({ path: 'reject', body: { reason } })}>Tolak</Button></Group>
      )}
      <Card withBorder radius="md" padding="lg">
        <Text fw={600} mb="sm">Riwayat</Text>
        <Timeline bulletSize={14}>{c.timeline.map((e, i) => <Timeline.Item key={i} title={CLAIM_LABEL(e.to)}><Text size="xs" c="dimmed">{formatDateTime(e.at)} · {e.actor}{e.note ? ` · ${e.note}` : ''}</Text></Timeline.Item>)}</Timeline>
      </Card>
    </Stack>
  );
}
