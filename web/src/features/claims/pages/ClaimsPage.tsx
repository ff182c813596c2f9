import { Alert, Badge, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { api } from '../../../lib/api-client.ts';
import { useUser } from '../../../lib/auth.ts';
import { formatDateId, formatRupiah } from '../../../lib/format.ts';

interface ClaimRow { id: number; program: string; outcome: string; incidentDate: string; status: string; approvedTotal: number | null; fullName: string; nik: string }
export const CLAIM_COLOR: Record<string, string> = { submitted: 'blue', verified: 'indigo', approved: 'teal', paid: 'green', rejected: 'red' };
export const CLAIM_LABEL: Record<string, string> = { submitted: 'Diajukan', verified: 'Diverifikasi BPJS', approved: 'Disetujui', paid: 'Dibayar', rejected: 'Ditolak' };
const OUTCOMES = [
  { value: 'recovered', label: 'Sembuh' }, { value: 'partial_anatomical', label: 'Cacat sebagian anatomis' }, { value: 'partial_functional', label: 'Cacat sebagian fungsi' },
  { value: 'total_permanent', label: 'Cacat total tetap' }, { value: 'death', label: 'Meninggal dunia' },
];

function NewClaim() {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [f, setF] = useState({ nik: '', program: 'JKK', outcome: 'recovered', incidentDate: '', incidentTime: '', place: '', chronology: '', reporter: '', stage1ReportedOn: '', doctorStatementOn: '', stage2ReportedOn: '', medicalCost: 0 as number | string, transportLand: 0 as number | string, incapacityDays: 0 as number | string });
  const set = (k: keyof typeof f, v: string | number) => setF({ ...f, [k]: v });
  const file = useMutation({
    mutationFn: async () => {
      const found = await api<{ items: { id: number; nik: string }[] }>('/employees', { query: { q: f.nik, status: 'all' } });
      const employee = found.items.find((e) => e.nik === f.nik);
      if (!employee) throw new Error(`NIK ${f.nik} tidak ada di daftar pegawai`);
      return api<{ id: number }>('/claims', {
        method: 'POST',
        body: {
          employeeId: employee.id, program: f.program, outcome: f.outcome, incidentDate: f.incidentDate, incidentTime: f.incidentTime, place: f.place, chronology: f.chronology, reporter: f.reporter,
          stage1ReportedOn: f.stage1ReportedOn || null, doctorStatementOn: f.doctorStatementOn || null, stage2ReportedOn: f.stage2ReportedOn || null,
          benefit: f.program === 'JKK' ? { medicalCost: Number(f.medicalCost), transport: Number(f.transportLand) ? [{ mode: 'land', cost: Number(f.transportLand) }] : [], incapacityDays: Number(f.incapacityDays) } : {},
        },
      });
    },
    onSuccess: (c) => {
      void qc.invalidateQueries({ queryKey: ['claims'] });
      void navigate(`/klaim/${c.id}`);
    },
  });
  return (
    <Card withBorder radius="md" padding="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="NIK pegawai" value={f.nik} onChange={(e) => set('nik', e.currentTarget.value)} maxLength={16} />
        <Select label="Program" data={['JKK', 'JKM']} value={f.program} onChange={(v) => set('program', v ?? 'JKK')} allowDeselect={false} />
        <Select label="Akibat" data={OUTCOMES} value={f.outcome} onChange={(v) => set('outcome', v ?? 'recovered')} allowDeselect={false} />
        <TextInput type="date" label="Tanggal kejadian" value={f.incidentDate} onChange={(e) => set('incidentDate', e.currentTarget.value)} />
        <TextInput label="Jam kejadian (JJ:MM)" value={f.incidentTime} onChange={(e) => set('incidentTime', e.currentTarget.value)} />
        <TextInput label="Tempat kejadian" value={f.place} onChange={(e) => set('place', e.currentTarget.value)} />
        <Textarea label="Kronologi" value={f.chronology} onChange={(e) => set('chronology', e.currentTarget.value)} autosize />
        <TextInput label="Pelapor" value={f.reporter} onChange={(e) => set('reporter', e.currentTarget.value)} />
        <TextInput type="date" label="Laporan tahap I" value={f.stage1ReportedOn} onChange={(e) => set('stage1ReportedOn', e.currentTarget.value)} />
        <TextInput type="date" label="Surat keterangan dokter" value={f.doctorStatementOn} onChange={(e) => set('doctorStatementOn', e.currentTarget.value)} />
        <TextInput type="date" label="Laporan tahap II" value={f.stage2ReportedOn} onChange={(e) => set('stage2ReportedOn', e.currentTarget.value)} />
        {f.program === 'JKK' && <NumberInput label="Biaya pengobatan (Rp)" value={f.medicalCost} onChange={(v) => set('medicalCost', v)} thousandSeparator="." decimalSeparator="," />}
        {f.program === 'JKK' && <NumberInput label="Biaya angkut darat (Rp)" value={f.transportLand} onChange={(v) => set('transportLand', v)} thousandSeparator="." decimalSeparator="," />}
        {f.program === 'JKK' && <NumberInput label="Hari tidak mampu bekerja" value={f.incapacityDays} onChange={(v) => set('incapacityDays', v)} min={0} />}
      </SimpleGrid>
      {file.error && <Alert color="red" mt="md">{file.error.message}</Alert>}
      <Button mt="md" loading={file.isPending} onClick={() => file.mutate()}>Ajukan klaim</Button>
    </Card>
  );
}

export default function ClaimsPage() {
  const user = useUser();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const claims = useQuery({ queryKey: ['claims'], queryFn: () => api<{ items: ClaimRow[] }>('/claims'), select: (d) => d.items });
  const filer = user.role === 'admin' || user.role === 'opd_operator';
  return (
    <Stack gap="lg">
      <PageHeader title="Klaim JKK dan JKM" subtitle="Pasal 5–7: pengajuan, verifikasi BPJS, manfaat butir demi butir dengan dasar hukumnya, pembayaran" actions={filer && <Button onClick={() => setCreating(!creating)}>Klaim baru</Button>} />
      {creating && <NewClaim />}
      <Table withTableBorder striped highlightOnHover>
        <Table.Thead><Table.Tr><Table.Th>No</Table.Th><Table.Th>Peserta</Table.Th><Table.Th>Program</Table.Th><Table.Th>Kejadian</Table.Th><Table.Th>Status</Table.Th><Table.Th ta="right">Disetujui</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {(claims.data ?? []).map((c) => (
            <Table.Tr key={c.id} style={{ cursor: 'pointer' }} onClick={() => void navigate(`/klaim/${c.id}`)}>
              <Table.Td>{c.id}</Table.Td><Table.Td>{c.fullName} <Text span c="dimmed" size="xs">{c.nik}</Text></Table.Td><Table.Td>{c.program}</Table.Td><Table.Td>{formatDateId(c.incidentDate)}</Table.Td>
              <Table.Td><Badge color={CLAIM_COLOR[c.status]} variant="light">{CLAIM_LABEL[c.status]}</Badge></Table.Td><Table.Td ta="right">{c.approvedTotal === null ? '—' : formatRupiah(c.approvedTotal)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!claims.data?.length && <Group><Text c="dimmed">Belum ada klaim</Text></Group>}
    </Stack>
  );
}
