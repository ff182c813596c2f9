import { Alert, Button, Card, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api-client.ts';
import { formatRupiah } from '../../../lib/format.ts';
import { quote, type Quote } from '../api/contributions.ts';

export function CalculatorTab({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const [input, setInput] = useState<{ wage: number | string; jkk: string; jkm: string; months: number | string; people: number | string } | null>(null);
  const defaults = useQuery({ queryKey: ['quote-defaults', agreementId], queryFn: () => quote({ agreementId, months: 1 }) });
  const values = input ?? (defaults.data ? { wage: defaults.data.wage, jkk: defaults.data.rates.jkk, jkm: defaults.data.rates.jkm, months: 12, people: 1 } : null);
  const run = useMutation({ mutationFn: (v: NonNullable<typeof values>) => quote({ wage: Number(v.wage), jkk: v.jkk, jkm: v.jkm, months: Number(v.months), people: Number(v.people) }) });
  if (!values) return null;
  const set = (k: keyof typeof values, v: string | number) => setInput({ ...values, [k]: v });
  const r: Quote | undefined = run.data;
  return (
    <Card withBorder radius="md" padding="lg">
      <Group align="flex-end" wrap="wrap">
        <NumberInput label={t('contributions.wage')} value={values.wage} onChange={(v) => set('wage', v)} thousandSeparator="." decimalSeparator="," prefix="Rp " w={200} />
        <TextInput label={t('contributions.jkk')} value={values.jkk} onChange={(e) => set('jkk', e.currentTarget.value)} w={120} />
        <TextInput label={t('contributions.jkm')} value={values.jkm} onChange={(e) => set('jkm', e.currentTarget.value)} w={120} />
        <NumberInput label={t('contributions.months')} value={values.months} onChange={(v) => set('months', v)} min={1} max={120} w={130} />
        <NumberInput label={t('contributions.people')} value={values.people} onChange={(v) => set('people', v)} min={1} w={130} />
        <Button onClick={() => run.mutate(values)} loading={run.isPending}>{t('contributions.calculate')}</Button>
      </Group>
      {run.error && <Alert color="red" mt="md">{run.error.message}</Alert>}
      {r && (
        <Stack gap={4} mt="md" data-testid="quote-result">
          <Text>JKK {r.rates.jkk}%: <b>{formatRupiah(r.monthly.jkk)}</b> · JKM {r.rates.jkm}%: <b>{formatRupiah(r.monthly.jkm)}</b> · {t('contributions.perMonth')}: <b>{formatRupiah(r.monthly.total)}</b></Text>
          <Title order={3}>{t('contributions.total')}: {formatRupiah(r.total)}</Title>
          <Text size="sm">{t('contributions.inWords')}: {r.totalInWords}</Text>
          {r.basis.map((b) => <Text key={b} size="xs" c="dimmed">{b}</Text>)}
        </Stack>
      )}
    </Card>
  );
}

interface Arrears { total: number; units: { unitId: number; code: string; name: string; total: number; buckets: Record<string, number> }[]; totals: Record<string, number> }
const BUCKETS = ['not_due', '0-30', '31-60', '61-90', '90+'] as const;

export function ArrearsTab({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const arrears = useQuery({ queryKey: ['arrears', agreementId], queryFn: () => api<Arrears>('/arrears', { query: { agreementId } }) });
  if (!arrears.data) return null;
  return (
    <Table withTableBorder striped>
      <Table.Thead><Table.Tr><Table.Th>{t('roster.unit')}</Table.Th>{BUCKETS.map((b) => <Table.Th key={b} ta="right">{t(`contributions.buckets.${b}`)}</Table.Th>)}<Table.Th ta="right">{t('contributions.total')}</Table.Th></Table.Tr></Table.Thead>
      <Table.Tbody>
        {arrears.data.units.map((u) => (
          <Table.Tr key={u.unitId}><Table.Td>{u.code} — {u.name}</Table.Td>{BUCKETS.map((b) => <Table.Td key={b} ta="right">{formatRupiah(u.buckets[b] ?? 0)}</Table.Td>)}<Table.Td ta="right">{formatRupiah(u.total)}</Table.Td></Table.Tr>
        ))}
        <Table.Tr fw={700}><Table.Td>{t('contributions.total')}</Table.Td>{BUCKETS.map((b) => <Table.Td key={b} ta="right">{formatRupiah(arrears.data.totals[b] ?? 0)}</Table.Td>)}<Table.Td ta="right">{formatRupiah(arrears.data.total)}</Table.Td></Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

interface Budget { months: { period: string; label: string; participants: number; projected: number; perPerson: number; amount: number }[]; total: number }

export function BudgetTab({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | string>(new Date().getFullYear());
  const [growth, setGrowth] = useState<number | string>(0);
  const budget = useQuery({ queryKey: ['budget', agreementId, year, growth], queryFn: () => api<Budget>('/budget', { query: { agreementId, year: Number(year), growthPercent: Number(growth) } }) });
  return (
    <Stack>
      <Group>
        <NumberInput label={t('contributions.year')} value={year} onChange={setYear} w={160} />
        <NumberInput label={t('contributions.growth')} value={growth} onChange={setGrowth} w={200} />
      </Group>
      {budget.error && <Alert color="red">{budget.error.message}</Alert>}
      {budget.data && (
        <Table withTableBorder striped>
          <Table.Thead><Table.Tr><Table.Th>{t('contributions.month')}</Table.Th><Table.Th ta="right">{t('contributions.lines')}</Table.Th><Table.Th ta="right">{t('contributions.projected')}</Table.Th><Table.Th ta="right">{t('contributions.perMonth')}</Table.Th><Table.Th ta="right">{t('contributions.total')}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {budget.data.months.map((m) => <Table.Tr key={m.period}><Table.Td>{m.label}</Table.Td><Table.Td ta="right">{m.participants}</Table.Td><Table.Td ta="right">{m.projected}</Table.Td><Table.Td ta="right">{formatRupiah(m.perPerson)}</Table.Td><Table.Td ta="right">{formatRupiah(m.amount)}</Table.Td></Table.Tr>)}
            <Table.Tr fw={700}><Table.Td colSpan={4}>{t('contributions.total')}</Table.Td><Table.Td ta="right">{formatRupiah(budget.data.total)}</Table.Td></Table.Tr>
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

interface Protection { fullName: string; nik: string; date: string; protected: boolean; reason: string }

export function ProtectionTab() {
  const { t } = useTranslation();
  const [nik, setNik] = useState('');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const check = useMutation({ mutationFn: () => api<Protection>('/protection', { query: { nik, date } }) });
  return (
    <Card withBorder radius="md" padding="lg">
      <Group align="flex-end">
        <TextInput label={t('contributions.nik')} value={nik} onChange={(e) => setNik(e.currentTarget.value)} maxLength={16} w={220} />
        <TextInput type="date" label={t('contributions.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} w={180} />
        <Button onClick={() => check.mutate()} loading={check.isPending}>{t('contributions.check')}</Button>
      </Group>
      {check.error && <Alert color="red" mt="md">{check.error.message}</Alert>}
      {check.data && (
        <Alert mt="md" color={check.data.protected ? 'teal' : 'red'} title={check.data.protected ? t('contributions.protected') : t('contributions.notProtected')} data-testid="protection-result">
          {check.data.fullName} ({check.data.nik}) — {check.data.reason}
        </Alert>
      )}
    </Card>
  );
}
