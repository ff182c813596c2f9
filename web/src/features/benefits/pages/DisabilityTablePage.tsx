import { Anchor, Badge, Card, Group, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { useDisabilityTable } from '../api/quote.ts';
import { percentText } from '../components/DisabilityRows.tsx';

type Shown = 'all' | 'confirmed' | 'unconfirmed';

/** The disability table as data: code, body part, percent, source, and whether the row is confirmed. */
export default function DisabilityTablePage() {
  const { t } = useTranslation();
  const table = useDisabilityTable();
  const [q, setQ] = useState('');
  const [shown, setShown] = useState<Shown>('all');
  if (table.isPending) return <PageLoader />;
  if (table.error) return <QueryError error={table.error} onRetry={() => void table.refetch()} />;
  const needle = q.trim().toLowerCase();
  const rows = table.data.filter(
    (r) => (shown === 'all' || r.confirmed === (shown === 'confirmed')) && (!needle || r.label.toLowerCase().includes(needle) || r.code.includes(needle)),
  );
  const unconfirmed = table.data.filter((r) => !r.confirmed).length;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/manfaat" size="sm">
        ← {t('benefits.title')}
      </Anchor>
      <PageHeader title={t('benefits.table.title')} subtitle={t('benefits.table.subtitle', { count: table.data.length, unconfirmed })} />
      <Group>
        <TextInput placeholder={t('benefits.table.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} w={{ base: '100%', xs: 320 }} />
        <SegmentedControl
          value={shown}
          onChange={(v) => setShown(v as Shown)}
          data={(['all', 'confirmed', 'unconfirmed'] as const).map((v) => ({ value: v, label: t(`benefits.table.${v}`) }))}
        />
      </Group>
      <Card withBorder radius="md" padding={0}>
        <Table.ScrollContainer minWidth={800}>
          <Table striped verticalSpacing="xs" data-testid="disability-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('benefits.table.code')}</Table.Th>
                <Table.Th>{t('benefits.fields.bodyPart')}</Table.Th>
                <Table.Th>{t('benefits.table.percent')}</Table.Th>
                <Table.Th>{t('benefits.table.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.code} data-code={r.code}>
                  <Table.Td>
                    <Text size="xs" ff="monospace">
                      {r.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.label}</Text>
                    {r.note && (
                      <Text size="xs" c="dimmed">
                        {r.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{percentText(r)}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={r.confirmed ? 'teal' : 'orange'}>
                      {r.confirmed ? t('benefits.table.confirmedOne') : t('benefits.table.unconfirmed')}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {r.source}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      {rows.length === 0 && <Text c="dimmed">{t('benefits.table.empty')}</Text>}
    </Stack>
  );
}
