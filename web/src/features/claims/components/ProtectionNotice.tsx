import { Alert, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../lib/format.ts';
import { useProtection } from '../api/file-claim.ts';

/** The eligibility check shown before filing: the protection state on the incident date (paid, awaiting payment, in arrears with its consequence, or not covered and why). */
export function ProtectionNotice({ employeeId, date }: { employeeId: number | null; date: string }) {
  const { t } = useTranslation();
  const verdict = useProtection(employeeId, date);
  if (!employeeId || !date) return null;
  if (verdict.isFetching) return <Loader size="sm" />;
  if (verdict.error)
    return (
      <Alert color="red" variant="light">
        {verdict.error.message}
      </Alert>
    );
  if (!verdict.data) return null;
  const v = verdict.data;
  const on = { date: formatDateId(v.date) };
  const title =
    v.state === 'in_arrears' ? t('claims.intake.inArrears', on) : v.protected ? t('claims.intake.protected', on) : t('claims.intake.notProtected', on);
  return (
    <Alert
      color={v.protected ? 'teal' : v.state === 'in_arrears' ? 'orange' : 'red'}
      variant="light"
      data-testid="protection-notice"
      data-state={v.state}
      title={title}
    >
      <Text size="sm">
        <b>{t(`contributions.states.${v.state}`)}</b> · {v.state !== 'not_covered' && v.kpj ? `${t('claims.intake.kpj')} ${v.kpj}. ` : ''}
        {v.reason}
      </Text>
      {v.consequence && (
        <Text size="sm" mt={6} data-testid="arrears-consequence">
          <b>{t('contributions.consequence')}:</b> {v.consequence.text}{' '}
          <Text span size="xs" c="dimmed">
            ({v.consequence.basis}
            {v.consequence.confirmed ? '' : ` — ${t('contributions.unconfirmed')}`})
          </Text>
        </Text>
      )}
    </Alert>
  );
}
