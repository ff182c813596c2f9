import { useState } from 'react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { useAudit } from '../api/get-audit.ts';
import { AuditTable, PAGE_SIZES } from '../components/AuditTable.tsx';

export default function AuditPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]!);
  const audit = useAudit({ limit: pageSize, offset: (page - 1) * pageSize });

  return (
    <Stack gap="lg">
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      {audit.error ? (
        <QueryError error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <AuditTable
          records={audit.data?.items ?? []}
          total={audit.data?.total ?? 0}
          page={page}
          pageSize={pageSize}
          fetching={audit.isFetching}
          onPageChange={setPage}
          onPageSizeChange={(size) => {
            setPageSize(size);
            setPage(1);
          }}
        />
      )}
    </Stack>
  );
}
