import { Alert, Anchor, Badge, Button, Card, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { can, useUser } from '../../../lib/auth.ts';
import { formatDateId, formatRupiah } from '../../../lib/format.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { billPdfUrl, billXlsxUrl, receiptUrl, useBill, useRecordPayment } from '../api/contributions.ts';
import { STATUS_COLOR } from '../components/BillsTab.tsx';

function Amount({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={600}>{value}</Text>
    </Stack>
  );
}

export default function BillPage() {
  const { t } = useTranslation();
  const user = useUser();
  const id = Number(useParams().id);
  const bill = useBill(id);
  const pay = useRecordPayment(id);
  const [opened, modal] = useDisclosure(false);
  const [form, setForm] = useState({ amount: 0 as number | string, paidOn: '', method: 'transfer', bankReference: '', budgetLine: '' });
  if (bill.isPending) return <PageLoader />;
  if (bill.error) return <QueryError error={bill.error} />;
  const b = bill.data;
  const open = () => {
    setForm({ ...form, amount: b.outstanding });
    modal.open();
  };
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/iuran?agreement=${b.agreementId}`} size="sm">← {t('contributions.title')}</Anchor>
      <Group justify="space-between">
        <Stack gap={2}>
          <Title order={2} size="h3">{b.number}</Title>
          <Group gap="xs"><Badge color={STATUS_COLOR[b.status]} variant="light" size="lg" data-testid="bill-status">{t(`contributions.statuses.${b.status}`)}</Badge><Text c="dimmed">{t(`contributions.kinds.${b.kind}`)} · {b.paymentMode === 'yearly' ? t('contributions.yearly') : t('contributions.monthly')}</Text></Group>
        </Stack>
        <Group>
          <Button component="a" href={billPdfUrl(b.id)} target="_blank" variant="default" leftSection={<IconDownload size={16} />}>{t('contributions.downloadPdf')}</Button>
          <Button component="a" href={billXlsxUrl(b.id)} variant="default" leftSection={<IconDownload size={16} />}>{t('contributions.downloadXlsx')}</Button>
          {can(user, 'contributions:pay') && b.kind !== 'credit' && b.outstanding > 0 && <Button onClick={open}>{t('contributions.recordPayment')}</Button>}
        </Group>
      </Group>
      <Card withBorder radius="md" padding="lg">
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Amount label={t('contributions.issueDate')} value={formatDateId(b.issueDate)} />
          <Amount label={t('contributions.dueDate')} value={formatDateId(b.dueDate)} />
          <Amount label={t('contributions.charges')} value={formatRupiah(b.charges)} />
          <Amount label={t('contributions.credits')} value={formatRupiah(b.creditsApplied)} />
          <Amount label={t('contributions.amountDue')} value={formatRupiah(b.amountDue)} />
          <Amount label={t('contributions.paid')} value={formatRupiah(b.paid)} />
          <Amount label={t('contributions.outstanding')} value={formatRupiah(b.outstanding)} />
          {b.fine.amount > 0 && <Amount label={t('contributions.fine')} value={`${formatRupiah(b.fine.amount)} (${b.fine.monthsLate})`} />}
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="sm">{t('contributions.inWords')}: {b.amountInWords}</Text>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder radius="md" padding="lg">
          <Text fw={600} mb="sm">{t('contributions.monthsTable')}</Text>
          <Table>
            <Table.Thead><Table.Tr><Table.Th>{t('contributions.month')}</Table.Th><Table.Th ta="right">{t('contributions.lines')}</Table.Th><Table.Th ta="right">{t('contributions.total')}</Table.Th><Table.Th>{t('contributions.monthPaid')}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>{b.monthsStatus.map((m) => <Table.Tr key={m.period}><Table.Td>{m.label}</Table.Td><Table.Td ta="right">{m.lines}</Table.Td><Table.Td ta="right">{formatRupiah(m.due)}</Table.Td><Table.Td>{m.paid ? '✓' : '—'}</Table.Td></Table.Tr>)}</Table.Tbody>
          </Table>
        </Card>
        <Card withBorder radius="md" padding="lg">
          <Text fw={600} mb="sm">{t('contributions.units')}</Text>
          <Table>
            <Table.Tbody>{b.units.map((u) => <Table.Tr key={u.unitId}><Table.Td>{u.code} — {u.name}</Table.Td><Table.Td ta="right">{u.people}</Table.Td><Table.Td ta="right">{formatRupiah(u.total)}</Table.Td></Table.Tr>)}</Table.Tbody>
          </Table>
        </Card>
      </SimpleGrid>
      <Card withBorder radius="md" padding="lg">
        <Text fw={600} mb="sm">{t('contributions.payments')}</Text>
        <Table>
          <Table.Tbody>
            {b.payments.map((p) => (
              <Table.Tr key={p.id}><Table.Td>{formatDateId(p.paidOn)}</Table.Td><Table.Td>{p.method}</Table.Td><Table.Td>{p.bankReference}</Table.Td><Table.Td ta="right">{formatRupiah(p.amount)}</Table.Td><Table.Td><Anchor href={receiptUrl(b.id, p.id)} target="_blank">{t('contributions.receipt')}</Anchor></Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Modal opened={opened} onClose={modal.close} title={t('contributions.recordPayment')}>
        <Stack>
          <NumberInput label={t('contributions.amount')} value={form.amount} onChange={(v) => setForm({ ...form, amount: v })} thousandSeparator="." decimalSeparator="," />
          <TextInput type="date" label={t('contributions.paidOn')} value={form.paidOn} onChange={(e) => setForm({ ...form, paidOn: e.currentTarget.value })} />
          <Select label={t('contributions.method')} data={['transfer', 'sp2d', 'tunai', 'lainnya']} value={form.method} onChange={(v) => setForm({ ...form, method: v ?? 'transfer' })} allowDeselect={false} />
          <TextInput label={t('contributions.reference')} value={form.bankReference} onChange={(e) => setForm({ ...form, bankReference: e.currentTarget.value })} />
          <TextInput label={t('contributions.budgetLine')} value={form.budgetLine} onChange={(e) => setForm({ ...form, budgetLine: e.currentTarget.value })} />
          {pay.error && <Alert color="red">{pay.error.message}</Alert>}
          <Button loading={pay.isPending} onClick={() => pay.mutate({ ...form, amount: Number(form.amount) }, { onSuccess: (r) => { notifySuccess(r.duplicate ? t('contributions.duplicate') : t('app.saved')); modal.close(); } })}>{t('app.save')}</Button>
        </Stack>
      </Modal>
    </Stack>
  );
}
