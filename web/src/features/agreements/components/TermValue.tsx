/** One term's value as people read it: "Rp 1.765.000", "tanpa batas", "0,24%", "Ya", STMB tiers, the scholarship table. */
import { Code, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatRate, formatRupiah, type Rate } from '../../../lib/format.ts';
import type { TermsField } from '../api/types.ts';
import type { Words } from '../../../i18n/features.ts';

/** A school level the benefits catalogue names (the terms carry codes: TK, SD, SMP…; its words come with the page). */
type Level = keyof Words['benefits']['levels'];

interface StmbTier {
  months: number | null;
  percentOfWage: number;
}

interface Scholarship {
  maxChildren: number;
  totalCap: number;
  endAge: number;
  jkmMinContributionMonths: number;
  levels: { level: string; perYear: number; maxYears: number }[];
}

function StmbTiers({ tiers }: { tiers: StmbTier[] }) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={2}>
      {tiers.map((tier, i) => (
        <List.Item key={i}>
          {tier.months === null
            ? t('terms.stmbRest', { percent: tier.percentOfWage })
            : t(i === 0 ? 'terms.stmbFirst' : 'terms.stmbNext', { months: tier.months, percent: tier.percentOfWage })}
        </List.Item>
      ))}
    </List>
  );
}

function ScholarshipValue({ value }: { value: Scholarship }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={6}>
      <Text size="sm">
        {t('terms.scholarshipSummary', {
          children: value.maxChildren,
          cap: formatRupiah(value.totalCap),
          age: value.endAge,
          months: value.jkmMinContributionMonths,
        })}
      </Text>
      <Table withTableBorder withColumnBorders fz="xs" w="auto" verticalSpacing={2} horizontalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('terms.scholarshipLevel')}</Table.Th>
            <Table.Th ta="right">{t('terms.scholarshipPerYear')}</Table.Th>
            <Table.Th ta="right">{t('terms.scholarshipMaxYears')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {value.levels.map((level) => (
            <Table.Tr key={level.level}>
              <Table.Td>{i18n.exists(`benefits.levels.${level.level}`) ? t(`benefits.levels.${level.level as Level}`) : level.level}</Table.Td>
              <Table.Td ta="right">{formatRupiah(level.perYear)}</Table.Td>
              <Table.Td ta="right">{level.maxYears}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function JsonValue({ path, value }: { path: string; value: unknown }) {
  const { t } = useTranslation();
  if (path === 'benefits.stmbTiers' && Array.isArray(value)) return <StmbTiers tiers={value as StmbTier[]} />;
  if (path === 'benefits.scholarship' && value && typeof value === 'object') return <ScholarshipValue value={value as Scholarship} />;
  if (path === 'contribution.latePaymentFine' && value && typeof value === 'object') {
    const fine = value as { enabled: boolean; ratePerMonth: Rate };
    const rate = formatRate(fine.ratePerMonth);
    return <Text size="sm">{fine.enabled ? t('terms.fineEnabled', { rate }) : t('terms.fineDisabled', { rate })}</Text>;
  }
  return <Code block>{JSON.stringify(value, null, 2)}</Code>;
}

export function TermValue({ field, value }: { field: Pick<TermsField, 'path' | 'kind'>; value: unknown }) {
  const { t } = useTranslation();
  switch (field.kind) {
    case 'rupiah':
      return (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatRupiah(value as number)}
        </Text>
      );
    case 'rupiah_cap':
      return (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {value === null || value === undefined ? t('terms.noCap') : formatRupiah(value as number)}
        </Text>
      );
    case 'rate':
      return <Text size="sm">{formatRate(value as Rate)}</Text>;
    case 'percent':
      return <Text size="sm">{String(value)}%</Text>;
    case 'integer':
      return <Text size="sm">{formatNumber(value as number)}</Text>;
    case 'boolean':
      return <Text size="sm">{value ? t('app.yes') : t('app.no')}</Text>;
    case 'rounding':
      return <Text size="sm">{value === 'half_up' ? t('terms.rounding.half_up') : t('terms.rounding.down')}</Text>;
    case 'payment_modes':
      return (
        <Text size="sm">{(value as string[]).map((m) => (m === 'yearly' ? t('terms.paymentModes.yearly') : t('terms.paymentModes.monthly'))).join(', ')}</Text>
      );
    case 'payment_destination': {
      const d = value as { bank: string; accountNumber: string | null; accountName: string | null; virtualAccount: string | null } | null;
      if (!d) return <Text size="sm">{t('terms.destination.notSet')}</Text>;
      const parts = [d.bank];
      if (d.accountNumber) parts.push(t('terms.destination.account', { number: d.accountNumber, name: d.accountName ?? '' }));
      if (d.virtualAccount) parts.push(t('terms.destination.va', { number: d.virtualAccount }));
      return <Text size="sm">{parts.join(', ')}</Text>;
    }
    case 'json':
      return <JsonValue path={field.path} value={value} />;
  }
}
