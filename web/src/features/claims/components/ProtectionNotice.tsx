import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../lib/format.ts';
import { useProtection } from '../api/file-claim.ts';

/** The eligibility check shown before filing: protected on the incident date, or why not. */
export function ProtectionNotice({ employeeId, date }: { employeeId: number | null; date: string }) {
  const { t } = useTranslation();
  const verdict = useProtection(employeeId, date);
  if (!employeeId || !date) return null;
  if (verdict.isFetching) return <Loader size="sm" />;
  if (verdict.error) return <Alert color="red" variant="light">{verdict.error.message}</Alert>;
  if (!verdict.data) return null;
  const v = verdict.data;
  return (
    <Alert color={v.protected ? 'teal' : 'red'} variant="light" data-testid="protection-notice" title={v.protected ? t('claims.intake.protected', { date: formatDateId(v.date) }) : t('claims.intake.notProtected', { date: formatDateId(v.date) })}>
      {v.protected && v.kpj ? `${t('claims.intake.kpj')} ${v.kpj}. ` : ''}{v.reason}
    </Alert>
  );
}
