import { EmptyState } from '../../../components/EmptyState.tsx';
import { Badge, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useSelfCheckLog } from '../api/self-check.ts';

const COLOR = { found: 'green', no_match: 'gray', invalid: 'gray', limited: 'red' } as const;

/** Every public "Cek perlindungan saya" lookup: when, from which address, the masked NIK, the outcome. */
export default function SelfCheckLogPage() {
  const { t } = useTranslation();
  const log = useSelfCheckLog();
  return (
    <Stack gap="lg">
      <PageHeader title={t('selfCheck.logTitle')} subtitle={t('selfCheck.logSubtitle')} />
      {log.isPending ? (
        <PageLoader />
      ) : log.error ? (
        <QueryError error={log.error} onRetry={() => void log.refetch()} />
      ) : log.data.length === 0 ? (
        <EmptyState title={t('empty.selfCheckLog.title')} hint={t('empty.selfCheckLog.hint')} steps={[{ label: t('empty.selfCheckLog.open'), to: '/cek' }]} />
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('selfCheck.logAt')}</Table.Th>
                <Table.Th>{t('selfCheck.logAddress')}</Table.Th>
                <Table.Th>{t('selfCheck.nik')}</Table.Th>
                <Table.Th>{t('selfCheck.logOutcome')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{formatDateTime(r.at)}</Table.Td>
                  <Table.Td ff="monospace">{r.ip}</Table.Td>
                  <Table.Td ff="monospace">{r.nikMasked}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={COLOR[r.outcome]}>
                      {r.outcomeLabel}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
