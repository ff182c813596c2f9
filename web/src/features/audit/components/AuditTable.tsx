import { Badge, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import type { AuditEntry } from '../api/get-audit.ts';
import { AuditDetails } from './AuditDetails.tsx';
import { RowButton } from '../../../components/RowLink.tsx';

interface Props {
  records: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
  fetching: boolean;
  onPageChange: (page: number) => void;
  onPageSizeChange: (size: number) => void;
}

export const PAGE_SIZES = [25, 50, 100];

export function AuditTable({ records, total, page, pageSize, fetching, onPageChange, onPageSizeChange }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  // Opened entries, also by keyboard: the time in the first cell is a button (a click on the row opens it too).
  const [opened, setOpened] = useState<unknown[]>([]);
  const toggle = (id: number) => setOpened((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  return (
    <DataTable
      withTableBorder
      borderRadius="md"
      highlightOnHover
      minHeight={records.length ? undefined : 180}
      fetching={fetching}
      records={records}
      noRecordsText={t('audit.empty')}
      totalRecords={total}
      recordsPerPage={pageSize}
      page={page}
      onPageChange={onPageChange}
      recordsPerPageOptions={PAGE_SIZES}
      onRecordsPerPageChange={onPageSizeChange}
      recordsPerPageLabel={t('audit.perPage')}
      paginationText={({ from, to, totalRecords }) => `${from}–${to} / ${t('audit.total', { count: totalRecords })}`}
      rowExpansion={{
        allowMultiple: true,
        expanded: { recordIds: opened, onRecordIdsChange: setOpened },
        content: ({ record }) => <AuditDetails entry={record} />,
      }}
      rowStyle={() => ({ cursor: 'pointer' })}
      columns={[
        {
          accessor: 'at',
          title: t('audit.when'),
          render: (e) => (
            <Text span style={{ whiteSpace: 'nowrap' }}>
              <RowButton onOpen={() => toggle(e.id)} expanded={opened.includes(e.id)}>
                {formatDateTime(e.at)}
              </RowButton>
            </Text>
          ),
        },
        { accessor: 'actor', title: t('audit.who'), render: (e) => e.actorName ?? e.actor },
        {
          accessor: 'action',
          title: t('audit.action'),
          render: (e) => (
            <Badge variant="light" color="indigo" tt="none">
              {e.actionLabel[lang]}
            </Badge>
          ),
        },
        { accessor: 'entityType', title: t('audit.entity'), render: (e) => `${e.entityLabel[lang]} #${e.entityId}` },
      ]}
    />
  );
}
