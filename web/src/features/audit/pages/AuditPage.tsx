import { useState } from 'react';
import { Button, Group, Select, Stack } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { apiUrl } from '../../../lib/api-client.ts';
import { useUsers } from '../../administration/index.ts';
import { useAudit, useAuditLabels, type AuditFilters } from '../api/get-audit.ts';
import { AuditTable, PAGE_SIZES } from '../components/AuditTable.tsx';
import { DayField } from '../../../components/DateFields.tsx';

export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]!);
  const [filters, setFilters] = useState<AuditFilters>({});
  const audit = useAudit({ limit: pageSize, offset: (page - 1) * pageSize }, filters);
  const labels = useAuditLabels();
  const users = useUsers();
  const set = (key: keyof AuditFilters) => (value: string | null) => {
    setFilters((f) => ({ ...f, [key]: value || undefined }));
    setPage(1);
  };
  const options = (table: Record<string, { id: string; en: string }> | undefined) =>
    Object.entries(table ?? {})
      .map(([value, label]) => ({ value, label: label[lang] }))
      .sort((a, b) => a.label.localeCompare(b.label));

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        actions={
          <>
            <Button component={Link} to="/audit/cek-perlindungan" variant="default">
              {t('audit.selfCheckLog')}
            </Button>
            <Button component="a" href={apiUrl('/audit/export.xlsx', { ...filters })} variant="default" leftSection={<IconFileSpreadsheet size={16} />}>
              {t('audit.export')}
            </Button>
          </>
        }
      />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('audit.filterWho')}
          placeholder={t('audit.anyone')}
          clearable
          searchable
          data={(users.data?.items ?? []).map((u) => ({ value: String(u.id), label: `${u.fullName} (${u.username})` }))}
          value={filters.actorUserId ?? null}
          onChange={set('actorUserId')}
        />
        <Select
          label={t('audit.filterAction')}
          placeholder={t('audit.anyone')}
          clearable
          searchable
          data={options(labels.data?.actions)}
          value={filters.action ?? null}
          onChange={set('action')}
          w={280}
        />
        <Select
          label={t('audit.filterEntity')}
          placeholder={t('audit.anyone')}
          clearable
          data={options(labels.data?.entities)}
          value={filters.entityType ?? null}
          onChange={set('entityType')}
        />
        <DayField label={t('audit.from')} value={filters.from ?? ''} onChange={(v) => set('from')(v)} />
        <DayField label={t('audit.to')} value={filters.to ?? ''} onChange={(v) => set('to')(v)} />
      </Group>
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
