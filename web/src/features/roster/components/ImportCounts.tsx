import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import type { ImportCounts as Counts } from '../api/types.ts';

export const STATUS_COLOR = { new: 'teal', changed: 'blue', unchanged: 'gray', error: 'red' } as const;

/** baru / berubah / tidak berubah / bermasalah. */
export function ImportCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  const badges = [
    { key: 'new', n: counts.new, label: t('roster.new'), color: STATUS_COLOR.new },
    { key: 'changed', n: counts.changed, label: t('roster.changed'), color: STATUS_COLOR.changed },
    { key: 'unchanged', n: counts.unchanged, label: t('roster.unchanged'), color: STATUS_COLOR.unchanged },
    { key: 'errors', n: counts.errors, label: t('roster.errors'), color: STATUS_COLOR.error },
  ];
  return (
    <Group gap="sm" data-testid="import-counts">
      {badges.map((b) => (
        <Badge key={b.key} size="lg" radius="sm" variant={b.n > 0 ? 'light' : 'outline'} color={b.n > 0 ? b.color : 'gray'} tt="none">
          {formatNumber(b.n)} {b.label}
        </Badge>
      ))}
    </Group>
  );
}
