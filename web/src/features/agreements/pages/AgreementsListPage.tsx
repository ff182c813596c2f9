import { Button, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, useUser } from '../../../lib/auth.ts';
import { useAgreements } from '../api/get-agreements.ts';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../api/types.ts';
import { AgreementsFilters } from '../components/AgreementsFilters.tsx';
import { AgreementsTable } from '../components/AgreementsTable.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';

function statusParam(value: string | null): AgreementStatus | undefined {
  return AGREEMENT_STATUSES.find((s) => s === value);
}

export default function AgreementsListPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = statusParam(params.get('status'));
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const agreements = useAgreements({ q: debouncedQ || undefined, status });

  const setParam = (key: string, value: string | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('agreements.title')}
        subtitle={t('agreements.subtitle')}
        actions={
          can(user, 'agreements:write') && (
            <Button component={Link} to="/perjanjian/baru" leftSection={<IconPlus size={16} />}>
              {t('agreements.new')}
            </Button>
          )
        }
      />
      <AgreementsFilters q={q} status={status} onQChange={(v) => setParam('q', v)} onStatusChange={(v) => setParam('status', v)} />
      {agreements.error ? (
        <QueryError error={agreements.error} onRetry={() => void agreements.refetch()} />
      ) : agreements.data?.length === 0 && !agreements.isFetching ? (
        q.trim() || status ? (
          <EmptyState
            title={t('empty.filtered.title')}
            hint={t('empty.filtered.hint')}
            steps={[{ label: t('empty.filtered.clear'), onClick: () => setParams(new URLSearchParams(), { replace: true }) }]}
          />
        ) : (
          <EmptyState
            title={t('empty.agreements.title')}
            hint={t(can(user, 'agreements:write') ? 'empty.agreements.hint' : 'empty.agreements.readOnly')}
            steps={[can(user, 'agreements:write') && { label: t('empty.agreements.add'), to: '/perjanjian/baru' }]}
          />
        )
      ) : (
        <AgreementsTable records={agreements.data ?? []} fetching={agreements.isFetching && !agreements.data} />
      )}
    </Stack>
  );
}
