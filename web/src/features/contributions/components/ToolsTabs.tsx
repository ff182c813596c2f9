import { Alert, Box, Button, Card, Divider, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { IconCalculator, IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError.tsx';
import { RupiahInput } from '../../../components/RupiahInput.tsx';
import i18n from '../../../i18n/index.ts';
import { api } from '../../../lib/api-client.ts';
import { useOfficeToday } from '../../../lib/office-today.ts';
import { formatDateId, formatNumber, formatRupiah } from '../../../lib/format.ts';
import { quote, type Quote } from '../api/contributions.ts';
import { DayField } from '../../../components/DateFields.tsx';

function Figure({ label, value, big }: { label: string; value: string; big?: boolean }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={big ? 800 : 600} fz={big ? 24 : 'lg'}>
        {value}
      </Text>
    </Stack>
  );
}

/** "0.24" → "0,24%" in Bahasa Indonesia, "0.24%" in English. */
function percent(rate: string): string {
  return `${i18n.language === 'en' ? rate : rate.replace('.', ',')}%`;
}

type CalcInput = { wage: number | string; jkk: string; jkm: string; months: number | string; people: number | string };

export function CalculatorTab({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const [input, setInput] = useState<CalcInput | null>(null);
  // The agreement's own wage and rates first (POST /contributions/quote {agreementId}).
  const defaults = useQuery({ queryKey: ['quote-defaults', agreementId], queryFn: () => quote({ agreementId }) });
  const values: CalcInput | null =
    input ??
    (defaults.data
      ? { wage: defaults.data.wage, jkk: defaults.data.rates.jkk, jkm: defaults.data.rates.jkm, months: defaults.data.months, people: defaults.data.people }
      : null);
  const run = useMutation({
    mutationFn: (v: CalcInput) => quote({ wage: Number(v.wage), jkk: v.jkk, jkm: v.jkm, months: Number(v.months), people: Number(v.people) }),
  });
  if (defaults.error) return <QueryError error={defaults.error} />;
  if (!values) return null;
  const set = (k: keyof CalcInput, v: string | number) => setInput({ ...values, [k]: v });
  const r: Quote | undefined = run.data ?? (input ? undefined : defaults.data);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Card withBorder radius="md" padding="lg">
        <Text fw={600} mb="sm">
          {t('contributions.calculatorInput')}
        </Text>
        <Stack>
          <RupiahInput label={t('contributions.wage')} value={values.wage} onChange={(v) => set('wage', v)} />
          <Group grow>
            <TextInput label={t('contributions.jkk')} value={values.jkk} onChange={(e) => set('jkk', e.currentTarget.value)} rightSection="%" />
            <TextInput label={t('contributions.jkm')} value={values.jkm} onChange={(e) => set('jkm', e.currentTarget.value)} rightSection="%" />
          </Group>
          <Group grow>
            <NumberInput label={t('contributions.months')} value={values.months} onChange={(v) => set('months', v)} min={1} max={120} allowDecimal={false} />
            <NumberInput
              label={t('contributions.people')}
              value={values.people}
              onChange={(v) => set('people', v)}
              min={1}
              allowDecimal={false}
              thousandSeparator="."
              decimalSeparator=","
            />
          </Group>
          <Group justify="space-between">
            <Button
              variant="subtle"
              color="gray"
              onClick={() => {
                setInput(null);
                run.reset();
              }}
              disabled={!input}
            >
              {t('contributions.resetToAgreement')}
            </Button>
            <Button leftSection={<IconCalculator size={16} />} onClick={() => run.mutate(values)} loading={run.isPending}>
              {t('contributions.calculate')}
            </Button>
          </Group>
          {run.error && <Alert color="red">{run.error.message}</Alert>}
        </Stack>
      </Card>
      <Card withBorder radius="md" padding="lg" data-testid="quote-result">
        {r ? (
          <Stack gap="md">
            <SimpleGrid cols={3}>
              <Figure label={`JKK ${percent(r.rates.jkk)}`} value={formatRupiah(r.monthly.jkk)} />
              <Figure label={`JKM ${percent(r.rates.jkm)}`} value={formatRupiah(r.monthly.jkm)} />
              <Figure label={t('contributions.perMonth')} value={formatRupiah(r.monthly.total)} />
            </SimpleGrid>
            <Divider />
            <Stack gap={2}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('contributions.totalFor', {
                  months: t('contributions.monthCount', { count: r.months }),
                  people: t('contributions.participantCount', { count: r.people, formatted: formatNumber(r.people) }),
                })}
              </Text>
              <Title order={3} c="teal.8">
                {formatRupiah(r.total)}
              </Title>
              <Text size="sm" fs="italic">
                {t('contributions.inWords')}: {r.totalInWords}
              </Text>
            </Stack>
            <Divider />
            <Stack gap={2}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('contributions.basis')}
              </Text>
              {r.basis.map((b) => (
                <Text key={b} size="sm" c="dimmed">
                  {b}
                </Text>
              ))}
            </Stack>
          </Stack>
        ) : (
          <Text c="dimmed" size="sm">
            {t('contributions.calculateHint')}
          </Text>
        )}
      </Card>
    </SimpleGrid>
  );
}

interface Arrears {
  asOf: string;
  ended: boolean;
  total: number;
  units: { unitId: number; code: string; name: string; total: number; buckets: Record<string, number> }[];
  totals: Record<string, number>;
}
const BUCKETS = ['not_due', '0-30', '31-60', '61-90', '90+'] as const;
const BUCKET_COLOR: Record<(typeof BUCKETS)[number], string | undefined> = {
  not_due: undefined,
  '0-30': undefined,
  '31-60': 'orange.8',
  '61-90': 'red.7',
  '90+': 'red.9',
};

export function ArrearsTab({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  // The day shown: one picked, else the server's default (today, or an ended agreement's last day, said so).
  const [picked, setPicked] = useState<string | null>(null);
  const arrears = useQuery({
    queryKey: ['arrears', agreementId, picked],
    queryFn: () => api<Arrears>('/arrears', { query: { agreementId, asOf: picked ?? undefined } }),
  });
  if (arrears.error) return <QueryError error={arrears.error} />;
  if (!arrears.data) return null;
  const a = arrears.data;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <DayField label={t('contributions.date')} data-testid="arrears-date" value={picked ?? a.asOf} onChange={(v) => setPicked(v || null)} w={180} />
        <Text fw={700}>
          {t('contributions.total')}: {formatRupiah(a.total)}
        </Text>
      </Group>
      <Alert color={a.ended ? 'orange' : 'blue'} variant="light" data-testid="arrears-as-of">
        {t(a.ended ? 'contributions.arrearsAsOfEnded' : 'contributions.arrearsAsOf', { date: formatDateId(a.asOf) })}
      </Alert>
      <Card withBorder radius="md" padding={0}>
        <Table striped highlightOnHover fz="sm" data-testid="arrears">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('roster.unit')}</Table.Th>
              {BUCKETS.map((b) => (
                <Table.Th key={b} ta="right">
                  {t(`contributions.buckets.${b}`)}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('contributions.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {a.units.map((u) => (
              <Table.Tr key={u.unitId}>
                <Table.Td>
                  <Text span size="sm" fw={500}>
                    {u.code}
                  </Text>{' '}
                  <Text span size="sm" c="dimmed">
                    {u.name}
                  </Text>
                </Table.Td>
                {BUCKETS.map((b) => (
                  <Table.Td key={b} ta="right" c={(u.buckets[b] ?? 0) > 0 ? BUCKET_COLOR[b] : 'dimmed'}>
                    {formatRupiah(u.buckets[b] ?? 0)}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={600}>
                  {formatRupiah(u.total)}
                </Table.Td>
              </Table.Tr>
            ))}
            {a.units.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={BUCKETS.length + 2}>
                  <Text c="dimmed" ta="center" py="md">
                    {t('contributions.noArrears')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
          {a.units.length > 0 && (
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Td>{t('contributions.total')}</Table.Td>
                {BUCKETS.map((b) => (
                  <Table.Td key={b} ta="right">
                    {formatRupiah(a.totals[b] ?? 0)}
                  </Table.Td>
                ))}
                <Table.Td ta="right">{formatRupiah(a.total)}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </Card>
    </Stack>
  );
}

interface Budget {
  months: { period: string; label: string; insideAgreement: boolean; participants: number; projected: number; perPerson: number; amount: number }[];
  total: number;
}

export function BudgetTab({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const today = useOfficeToday();
  const [chosenYear, setYear] = useState<number | string | null>(null);
  const year = chosenYear ?? (today ? Number(today.slice(0, 4)) : ''); // the office's year until one is typed
  const [growth, setGrowth] = useState<number | string>(0);
  const valid = Number.isInteger(Number(year)) && Number(year) >= 2000 && Number(year) <= 2100;
  const budget = useQuery({
    queryKey: ['budget', agreementId, year, growth],
    queryFn: () => api<Budget>('/budget', { query: { agreementId, year: Number(year), growthPercent: Number(growth) || 0 } }),
    enabled: valid,
  });
  return (
    <Stack>
      <Group align="flex-end" justify="space-between">
        <Group>
          <NumberInput label={t('contributions.year')} value={year} onChange={setYear} min={2000} max={2100} allowDecimal={false} w={160} />
          <NumberInput label={t('contributions.growth')} value={growth} onChange={setGrowth} min={-100} max={1000} suffix=" %" decimalSeparator="," w={220} />
        </Group>
        {budget.data && (
          <Paper withBorder radius="md" px="md" py="xs">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('contributions.budgetTotal', { year })}
            </Text>
            <Text fw={800} fz="xl" c="teal.8">
              {formatRupiah(budget.data.total)}
            </Text>
          </Paper>
        )}
      </Group>
      {budget.error && <Alert color="red">{budget.error.message}</Alert>}
      {budget.data && (
        <Card withBorder radius="md" padding={0}>
          <Table striped fz="sm" data-testid="budget">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contributions.month')}</Table.Th>
                <Table.Th ta="right">{t('contributions.lines')}</Table.Th>
                <Table.Th ta="right">{t('contributions.projected')}</Table.Th>
                <Table.Th ta="right">{t('contributions.perPerson')}</Table.Th>
                <Table.Th ta="right">{t('contributions.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {budget.data.months.map((m) => (
                <Table.Tr key={m.period} c={m.insideAgreement ? undefined : 'dimmed'}>
                  <Table.Td>
                    {m.label}
                    {!m.insideAgreement && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        · {t('contributions.outsideAgreement')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(m.participants)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(m.projected)}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(m.perPerson)}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(m.amount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Td colSpan={4}>{t('contributions.total')}</Table.Td>
                <Table.Td ta="right">{formatRupiah(budget.data.total)}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Card>
      )}
    </Stack>
  );
}

interface Protection {
  fullName: string;
  nik: string;
  date: string;
  protected: boolean;
  state: 'protected_paid' | 'awaiting_payment' | 'in_arrears' | 'not_covered';
  code: string;
  reason: string;
  consequence: { text: string; basis: string; confirmed: boolean } | null;
  kpj: string | null;
}
interface Person {
  employeeId: number;
  nik: string;
  kpj: string | null;
  fullName: string;
  unitCode: string;
}

export function ProtectionTab() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const officeToday = useOfficeToday();
  const [picked, setDate] = useState<string | null>(null);
  const date = picked ?? officeToday ?? '';
  const [choices, setChoices] = useState<Person[] | null>(null);
  const check = useMutation({ mutationFn: (who: { nik: string } | { employeeId: number }) => api<Protection>('/protection', { query: { ...who, date } }) });
  // A NIK is checked at once; a KPJ or a name is looked up first, and several matches become a pick list.
  const find = useMutation({
    mutationFn: () => api<{ items: Person[] }>('/protection/lookup', { query: { q: query.trim() } }),
    onSuccess: (d) => {
      if (d.items.length === 1) {
        setChoices(null);
        check.mutate({ employeeId: d.items[0]!.employeeId });
      } else setChoices(d.items);
    },
  });
  const submit = () => {
    check.reset();
    if (/^\d{16}$/.test(query.trim())) {
      setChoices(null);
      check.mutate({ nik: query.trim() });
    } else find.mutate();
  };
  const r = check.data;
  return (
    <Stack>
      <Card withBorder radius="md" padding="lg">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Group align="flex-end">
            <TextInput
              label={t('contributions.lookup')}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              maxLength={200}
              w={{ base: '100%', xs: 320 }}
            />
            <DayField label={t('contributions.date')} value={date} onChange={(v) => setDate(v)} w={180} />
            <Button type="submit" disabled={query.trim().length < 3 || !date} loading={check.isPending || find.isPending}>
              {t('contributions.check')}
            </Button>
          </Group>
        </form>
      </Card>
      {find.error && <Alert color="red">{find.error.message}</Alert>}
      {choices && choices.length === 0 && <Alert color="yellow">{t('contributions.lookupNone')}</Alert>}
      {choices && choices.length > 1 && (
        <Card withBorder radius="md" padding="md" data-testid="protection-choices">
          <Text fw={600} mb="xs">
            {t('contributions.lookupPick', { n: choices.length })}
          </Text>
          <Stack gap={4}>
            {choices.map((p) => (
              <Button key={p.employeeId} variant="subtle" justify="flex-start" onClick={() => check.mutate({ employeeId: p.employeeId })}>
                {p.fullName} · {p.nik}
                {p.kpj ? ` · KPJ ${p.kpj}` : ''} · {p.unitCode}
              </Button>
            ))}
          </Stack>
        </Card>
      )}
      {check.error && <Alert color="red">{check.error.message}</Alert>}
      {r && (
        <Paper
          radius="md"
          p="xl"
          data-testid="protection-result"
          bg={r.protected ? 'teal.0' : 'red.0'}
          style={{ border: `2px solid var(--mantine-color-${r.protected ? 'teal' : 'red'}-6)` }}
        >
          <Group wrap="nowrap" align="flex-start" gap="lg">
            <ThemeIcon size={64} radius="xl" color={r.protected ? 'teal' : 'red'}>
              {r.protected ? <IconShieldCheck size={40} /> : <IconShieldX size={40} />}
            </ThemeIcon>
            <Box>
              <Text fz={32} fw={900} lh={1.1} c={r.protected ? 'teal.8' : 'red.8'}>
                {r.protected ? t('contributions.protected') : t('contributions.notProtected')}
              </Text>
              <Text fw={700} data-testid="protection-state" data-state={r.state}>
                {t(`contributions.states.${r.state}`)}
              </Text>
              <Text fw={600} mt={6}>
                {r.fullName}{' '}
                <Text span ff="monospace" c="dimmed">
                  · {r.nik}
                  {r.kpj ? ` · KPJ ${r.kpj}` : ''}
                </Text>
              </Text>
              <Text size="sm" c="dimmed">
                {t('contributions.onDate', { date: formatDateId(r.date) })}
              </Text>
              <Text mt="xs">{r.reason}</Text>
              {r.consequence && (
                <Text size="sm" mt="xs">
                  <b>{t('contributions.consequence')}:</b> {r.consequence.text}{' '}
                  <Text span size="xs" c="dimmed">
                    ({r.consequence.basis}
                    {r.consequence.confirmed ? '' : ` — ${t('contributions.unconfirmed')}`})
                  </Text>
                </Text>
              )}
            </Box>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
