import { EmptyState } from '../../../components/EmptyState.tsx';
import { Alert, Anchor, Badge, Button, Card, FileInput, Group, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconCash, IconDownload, IconFileText, IconPaperclip } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { RupiahInput } from '../../../components/RupiahInput.tsx';
import { can, useUser } from '../../../lib/auth.ts';
import { readFileAsBase64 } from '../../../lib/files.ts';
import { formatDateId, formatNumber, formatRupiah } from '../../../lib/format.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { billPdfUrl, billXlsxUrl, receiptUrl, useBill, useRecordPayment, type BillDetail } from '../api/contributions.ts';
import { BillStatusBadge } from '../components/BillsTab.tsx';
import { ActionsHeader } from '../../../components/ActionsHeader.tsx';
import { DayField } from '../../../components/DateFields.tsx';

const METHODS = ['transfer', 'sp2d', 'tunai', 'lainnya'] as const;

function Amount({ label, value, strong, color }: { label: string; value: string; strong?: boolean; color?: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={strong ? 800 : 600} fz={strong ? 'xl' : 'md'} c={color}>
        {value}
      </Text>
    </Stack>
  );
}

function Money({ value }: { value: number }) {
  return (
    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
      {formatRupiah(value)}
    </Table.Td>
  );
}

function PaymentModal({ bill, opened, onClose }: { bill: BillDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const pay = useRecordPayment(bill.id);
  const [form, setForm] = useState({ amount: bill.outstanding as number | string, paidOn: '', method: 'transfer', bankReference: '', budgetLine: '' });
  const [evidence, setEvidence] = useState<File | null>(null);
  const [reading, setReading] = useState(false);
  const save = async () => {
    let file: { name: string; mime: string; contentBase64: string } | undefined;
    if (evidence) {
      setReading(true);
      try {
        file = { name: evidence.name, mime: evidence.type || 'application/octet-stream', contentBase64: await readFileAsBase64(evidence) };
      } finally {
        setReading(false);
      }
    }
    pay.mutate(
      { ...form, amount: Number(form.amount), ...(file ? { evidence: file } : {}) },
      {
        onSuccess: (r) => {
          if (r.duplicate)
            notifications.show({ color: 'yellow', title: t('contributions.duplicateTitle'), message: t('contributions.duplicate'), autoClose: 8000 });
          else notifySuccess(t('contributions.paymentRecorded'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        <Text fw={600}>
          {t('contributions.recordPayment')} — {bill.number}
        </Text>
      }
      size="md"
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('contributions.outstanding')}: {formatRupiah(bill.outstanding)}
        </Text>
        <RupiahInput label={t('contributions.amount')} value={form.amount} onChange={(v) => setForm({ ...form, amount: v })} withAsterisk />
        <Group grow>
          <DayField label={t('contributions.paidOn')} value={form.paidOn} onChange={(v) => setForm({ ...form, paidOn: v })} withAsterisk />
          <Select
            label={t('contributions.method')}
            data={METHODS.map((m) => ({ value: m, label: t(`contributions.methods.${m}`) }))}
            value={form.method}
            onChange={(v) => setForm({ ...form, method: v ?? 'transfer' })}
            allowDeselect={false}
          />
        </Group>
        <TextInput
          label={t('contributions.reference')}
          value={form.bankReference}
          onChange={(e) => setForm({ ...form, bankReference: e.currentTarget.value })}
          withAsterisk
        />
        <TextInput label={t('contributions.budgetLine')} value={form.budgetLine} onChange={(e) => setForm({ ...form, budgetLine: e.currentTarget.value })} />
        <FileInput
          label={t('contributions.evidence')}
          placeholder={t('contributions.chooseFile')}
          leftSection={<IconPaperclip size={16} />}
          accept="application/pdf,image/*"
          value={evidence}
          onChange={setEvidence}
          clearable
        />
        {pay.error && <Alert color="red">{pay.error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button loading={pay.isPending || reading} onClick={() => void save()}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export default function BillPage() {
  const { t } = useTranslation();
  const user = useUser();
  const id = Number(useParams().id);
  const bill = useBill(id);
  const [modal, setModal] = useState({ seq: 0, open: false });
  if (bill.isPending) return <PageLoader />;
  if (bill.error) return <QueryError error={bill.error} onRetry={() => void bill.refetch()} />;
  const b = bill.data;
  const unitTotals = b.units.reduce((s, u) => ({ people: s.people + u.people, jkk: s.jkk + u.jkk, jkm: s.jkm + u.jkm, total: s.total + u.total }), {
    people: 0,
    jkk: 0,
    jkm: 0,
    total: 0,
  });
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/iuran?agreement=${b.agreementId}`} size="sm">
        ← {t('contributions.title')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('contributions.bill')}
          </Text>
          <Title order={1} size="h3">
            {b.number}
          </Title>
          <Group gap="xs">
            <BillStatusBadge bill={b} size="lg" data-testid="bill-status" />
            <Text c="dimmed" size="sm">
              {t(`contributions.kinds.${b.kind}`)} · {b.paymentMode === 'yearly' ? t('contributions.yearly') : t('contributions.monthly')} ·{' '}
              {b.monthsStatus.map((m) => m.label).join(', ')}
            </Text>
          </Group>
        </Stack>
        <Group gap="sm">
          <Button component="a" href={billPdfUrl(b.id)} target="_blank" variant="default" leftSection={<IconFileText size={16} />}>
            {t('contributions.downloadPdf')}
          </Button>
          <Button component="a" href={billXlsxUrl(b.id)} variant="default" leftSection={<IconDownload size={16} />}>
            {t('contributions.downloadXlsx')}
          </Button>
          {can(user, 'contributions:pay') && b.kind !== 'credit' && b.outstanding > 0 && (
            <Button leftSection={<IconCash size={16} />} onClick={() => setModal((m) => ({ seq: m.seq + 1, open: true }))}>
              {t('contributions.recordPayment')}
            </Button>
          )}
        </Group>
      </Group>
      <Card withBorder radius="md" padding="lg">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="lg" verticalSpacing="md">
          <Amount label={t('contributions.issueDate')} value={formatDateId(b.issueDate)} />
          <Amount label={t('contributions.dueDate')} value={formatDateId(b.dueDate)} />
          <Amount label={t('contributions.charges')} value={formatRupiah(b.charges)} />
          <Amount label={t('contributions.credits')} value={formatRupiah(b.creditsApplied)} />
          <Amount label={t('contributions.amountDue')} value={formatRupiah(b.amountDue)} strong />
          <Amount label={t('contributions.paid')} value={formatRupiah(b.paid)} strong color="teal.7" />
          <Amount label={t('contributions.outstanding')} value={formatRupiah(b.outstanding)} strong color={b.outstanding > 0 ? 'red.7' : undefined} />
          {b.overpaid > 0 && <Amount label={t('contributions.overpaid')} value={formatRupiah(b.overpaid)} color="grape" />}
          {b.fine.amount > 0 && (
            <Amount
              label={t('contributions.fine')}
              value={`${formatRupiah(b.fine.amount)} · ${t('contributions.monthsLate', { count: b.fine.monthsLate })}`}
              color="orange"
            />
          )}
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="md" fs="italic">
          {t('contributions.inWords')}: {b.amountInWords}
        </Text>
        {b.note && (
          <Text size="sm" mt={4}>
            {b.note}
          </Text>
        )}
      </Card>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder radius="md" padding="lg">
          <Text fw={600} mb="sm">
            {t('contributions.monthsTable')}
          </Text>
          <Table striped fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contributions.month')}</Table.Th>
                <Table.Th ta="right">{t('contributions.lines')}</Table.Th>
                <Table.Th ta="right">{t('contributions.total')}</Table.Th>
                <Table.Th>{t('contributions.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {b.monthsStatus.map((m) => (
                <Table.Tr key={m.period}>
                  <Table.Td>{m.label}</Table.Td>
                  <Table.Td ta="right">{formatNumber(m.lines)}</Table.Td>
                  <Money value={m.due} />
                  <Table.Td>
                    <Badge size="sm" variant="light" color={m.paid ? 'teal' : 'red'}>
                      {m.paid ? t('contributions.statuses.paid') : t('contributions.monthUnpaid')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder radius="md" padding="lg">
          <Text fw={600} mb="sm">
            {t('contributions.units')}
          </Text>
          <Table striped fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('roster.unit')}</Table.Th>
                <Table.Th ta="right">{t('contributions.lines')}</Table.Th>
                <Table.Th ta="right">JKK</Table.Th>
                <Table.Th ta="right">JKM</Table.Th>
                <Table.Th ta="right">{t('contributions.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {b.units.map((u) => (
                <Table.Tr key={u.unitId}>
                  <Table.Td>
                    <Tooltip label={u.name}>
                      <Text span size="sm" fw={500}>
                        {u.code}
                      </Text>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(u.people)}</Table.Td>
                  <Money value={u.jkk} />
                  <Money value={u.jkm} />
                  <Money value={u.total} />
                </Table.Tr>
              ))}
              {b.units.length > 1 && (
                <Table.Tr fw={700}>
                  <Table.Td>{t('contributions.total')}</Table.Td>
                  <Table.Td ta="right">{formatNumber(unitTotals.people)}</Table.Td>
                  <Money value={unitTotals.jkk} />
                  <Money value={unitTotals.jkm} />
                  <Money value={unitTotals.total} />
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Card>
      </SimpleGrid>
      <Card withBorder radius="md" padding="lg">
        <Text fw={600} mb="sm">
          {t('contributions.payments')}
        </Text>
        {b.payments.length === 0 ? (
          // The next step is the page's own "Catat pembayaran" button, named in the hint (not a second button).
          <EmptyState
            title={t('empty.payments.title')}
            hint={t(can(user, 'contributions:pay') && b.kind !== 'credit' && b.outstanding > 0 ? 'empty.payments.hint' : 'empty.payments.readOnly')}
          />
        ) : (
          <Table striped fz="sm" data-testid="payments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contributions.paidOn')}</Table.Th>
                <Table.Th>{t('contributions.method')}</Table.Th>
                <Table.Th>{t('contributions.referenceShort')}</Table.Th>
                <Table.Th>{t('contributions.budgetLine')}</Table.Th>
                <Table.Th ta="right">{t('contributions.amountShort')}</Table.Th>
                <ActionsHeader />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {b.payments.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{formatDateId(p.paidOn)}</Table.Td>
                  <Table.Td>
                    {(METHODS as readonly string[]).includes(p.method) ? t(`contributions.methods.${p.method as (typeof METHODS)[number]}`) : p.method}
                  </Table.Td>
                  <Table.Td ff="monospace">{p.bankReference}</Table.Td>
                  <Table.Td>{p.budgetLine || '—'}</Table.Td>
                  <Money value={p.amount} />
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      {p.hasEvidence && (
                        <Badge size="sm" variant="outline" color="gray" leftSection={<IconPaperclip size={10} />}>
                          {t('contributions.hasEvidence')}
                        </Badge>
                      )}
                      <Anchor href={receiptUrl(b.id, p.id)} target="_blank" size="sm">
                        {p.receiptNumber ? `${t('contributions.receipt')} ${p.receiptNumber}` : t('contributions.receipt')}
                      </Anchor>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <PaymentModal key={modal.seq} bill={b} opened={modal.open} onClose={() => setModal((m) => ({ ...m, open: false }))} />
    </Stack>
  );
}
