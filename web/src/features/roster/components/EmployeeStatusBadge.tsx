import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Employee } from '../api/types.ts';

export function EmployeeStatusBadge({ status, ...props }: { status: Employee['status'] } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'active' ? 'teal' : 'gray'} variant="light" {...props}>
      {status === 'active' ? t('roster.statusActive') : t('roster.statusEnded')}
    </Badge>
  );
}
