import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../api/types.ts';

const COLORS: Record<AgreementStatus, string> = { draft: 'gray', active: 'teal', ended: 'orange', terminated: 'red' };

export function StatusBadge({ status, size = 'md' }: { status: AgreementStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" size={size} style={{ flexShrink: 0, overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }}>
      {t(`status.${status}`)}
    </Badge>
  );
}
