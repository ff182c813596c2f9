import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { apiUrl } from '../../../lib/api-client.ts';
import { can, useUser } from '../../../lib/auth.ts';
import { useClaims } from '../api/get-claims.ts';
import type { ClaimProgram, ClaimStatus } from '../api/types.ts';
import { ClaimsTable } from '../components/ClaimsTable.tsx';
import { CLAIM_STATUSES } from '../utils/status.ts';
import { EmptyState } from '../../../components/EmptyState.tsx';

/** Claims of the agreements the user sees (an OPD operator: their own unit), newest first. */
export default function ClaimsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [status, setStatus] = useState<ClaimStatus | undefined>(undefined);
  const [program, setProgram] = useState<ClaimProgram | null>(null);
  const [q, setQ] = useState('');
  const claims = useClaims({ status });
  if (claims.isPending) return <PageLoader />;
  if (claims.error) return <QueryError error={claims.error} onRetry={() => void claims.refetch()} />;
  const needle = q.trim().toLowerCase();
  const rows = claims.data.filter(
    (c) => (!program || c.program === program) && (!needle || c.fullName.toLowerCase().includes(needle) || c.nik.startsWith(needle)),
  );
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('claims.list.title')}
        subtitle={t('claims.list.subtitle')}
        actions={
          <>
            <Button component="a" href={apiUrl('/claims/register.xlsx', { status })} variant="default" leftSection={<IconFileSpreadsheet size={16} />}>
              {t('claims.list.register')}
            </Button>
            {can(user, 'claims:file') && (
              <Button component={Link} to="/klaim/baru" leftSection={<IconPlus size={16} />}>
                {t('claims.list.new')}
              </Button>
            )}
          </>
        }
      />
      <Group>
        <TextInput placeholder={t('claims.list.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} w={280} aria-label={t('claims.list.search')} />
        <Select
          aria-label={t('claims.list.status')}
          placeholder={t('claims.list.allStatuses')}
          data={CLAIM_STATUSES.map((s) => ({ value: s, label: t(`claims.status.${s}`) }))}
          value={status ?? null}
          onChange={(v) => setStatus((v as ClaimStatus | null) ?? undefined)}
          clearable
          w={220}
        />
        <Select
          aria-label={t('claims.list.program')}
          placeholder={t('claims.list.allPrograms')}
          data={['JKK', 'JKM']}
          value={program}
          onChange={(v) => setProgram(v as ClaimProgram | null)}
          clearable
          w={160}
        />
      </Group>
      {rows.length > 0 ? (
        <ClaimsTable rows={rows} />
      ) : status || program || needle ? (
        <EmptyState
          title={t('empty.filtered.title')}
          hint={t('empty.filtered.hint')}
          steps={[
            {
              label: t('empty.filtered.clear'),
              onClick: () => {
                setStatus(undefined);
                setProgram(null);
                setQ('');
              },
            },
          ]}
        />
      ) : (
        <EmptyState
          title={t('empty.claims.title')}
          hint={t(can(user, 'claims:file') ? 'empty.claims.hint' : 'empty.claims.readOnly')}
          steps={
            can(user, 'claims:file')
              ? [
                  { label: t('empty.claims.add'), to: '/klaim/baru' },
                  { label: t('empty.claims.report'), to: '/lapor' },
                ]
              : []
          }
        />
      )}
      <Text size="sm" c="dimmed">
        {t('claims.list.count', { count: rows.length })}
      </Text>
    </Stack>
  );
}
