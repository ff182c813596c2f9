/**
 * The monitoring report's period picked, not typed (issue #16): a month from the month calendar, a quarter as a
 * year and one of four quarters, or a whole year. Hands back the report's period code: '2023-05', '2023-Q2', '2023'.
 */
import { Group, Input, SegmentedControl, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MonthField } from '../../../components/DateFields.tsx';

type Kind = 'month' | 'quarter' | 'year';

const kindOf = (period: string): Kind => (/-Q[1-4]$/.test(period) ? 'quarter' : /^\d{4}-\d{2}$/.test(period) ? 'month' : 'year');

export function ReportPeriodField({ value, onChange, aroundYear }: { value: string; onChange: (period: string) => void; aroundYear: number }) {
  const { t } = useTranslation();
  const kind = kindOf(value);
  const year = value.slice(0, 4) || String(aroundYear);
  const quarter = kind === 'quarter' ? value.slice(-1) : '1';
  const years = Array.from({ length: 8 }, (_, i) => String(aroundYear - 6 + i));
  const switchTo = (next: Kind) =>
    onChange(
      next === 'year'
        ? year
        : next === 'quarter'
          ? `${year}-Q${quarter}`
          : `${year}-${kind === 'quarter' ? String((Number(quarter) - 1) * 3 + 1).padStart(2, '0') : '01'}`,
    );
  return (
    <Input.Wrapper label={t('monitoring.period')}>
      <Group gap="xs" align="flex-end" wrap="wrap" mt={4}>
        <SegmentedControl
          aria-label={t('monitoring.periodKind')}
          value={kind}
          onChange={(v) => switchTo(v as Kind)}
          data={(['month', 'quarter', 'year'] as const).map((k) => ({ value: k, label: t(`monitoring.periodKinds.${k}`) }))}
        />
        {kind === 'month' && (
          <MonthField
            aria-label={t('monitoring.periodMonth')}
            value={value}
            onChange={(p) => p && onChange(p)}
            clearable={false}
            w={{ base: '100%', xs: 180 }}
          />
        )}
        {kind !== 'month' && (
          <Select
            aria-label={t('monitoring.periodYear')}
            data={years}
            value={year}
            allowDeselect={false}
            w={110}
            onChange={(y) => y && onChange(kind === 'quarter' ? `${y}-Q${quarter}` : y)}
          />
        )}
        {kind === 'quarter' && (
          <Select
            aria-label={t('monitoring.periodQuarter')}
            value={quarter}
            allowDeselect={false}
            w={150}
            data={['1', '2', '3', '4'].map((q) => ({ value: q, label: t(`monitoring.quarters.${q as '1' | '2' | '3' | '4'}`) }))}
            onChange={(q) => q && onChange(`${year}-Q${q}`)}
          />
        )}
      </Group>
    </Input.Wrapper>
  );
}
