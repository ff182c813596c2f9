import { Badge, Button, Card, Checkbox, Group, ScrollArea, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch, IconX } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError.tsx';
import { can, useUser } from '../../../lib/auth.ts';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import { useBatches, useEligible, useEnrolmentAction, useUnitOptions, type BatchDetail } from '../api/enrolment.ts';
import { BatchStatusBadge } from './StatusBadges.tsx';
import { ActionsHeader } from '../../../components/ActionsHeader.tsx';
import { RowLink } from '../../../components/RowLink.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';

const SHOWN = 500;

/** Picks employees who may be enrolled (active, not registered yet) and creates a draft batch. */
function NewBatch({ agreementId, onCancel }: { agreementId: number; onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [unitId, setUnitId] = useState<number | null>(null);
  const [q, setQ] = useState('');
  const [query] = useDebouncedValue(q.trim().toLowerCase(), 200);
  const units = useUnitOptions(agreementId);
  const eligible = useEligible(agreementId, unitId);
  const action = useEnrolmentAction();
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const items = useMemo(() => {
    const all = eligible.data ?? [];
    return query ? all.filter((e) => e.fullName.toLowerCase().includes(query) || e.nik.includes(query)) : all;
  }, [eligible.data, query]);
  const shownChosen = items.filter((e) => chosen.has(e.id)).length;
  const allShown = items.length > 0 && shownChosen === items.length;
  const toggleAll = () => {
    const next = new Set(chosen);
    for (const e of items)
      if (allShown) next.delete(e.id);
      else next.add(e.id);
    setChosen(next);
  };
  const toggle = (id: number) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const create = () =>
    action.mutate(
      { path: '/enrolment/batches', body: { agreementId, employeeIds: [...chosen] } },
      { onSuccess: (b) => void navigate(`/kepesertaan/pengajuan/${(b as BatchDetail).id}`) },
    );
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Stack gap={0}>
            <Text fw={600}>{t('enrolment.eligible')}</Text>
            <Text size="sm" c="dimmed">
              {t('enrolment.eligibleHint')}
            </Text>
          </Stack>
          <Button variant="subtle" color="gray" leftSection={<IconX size={16} />} onClick={onCancel}>
            {t('app.cancel')}
          </Button>
        </Group>
        <Group align="flex-end">
          <Select
            label={t('roster.unit')}
            placeholder={t('roster.allUnits')}
            data={(units.data ?? []).map((u) => ({ value: String(u.id), label: `${u.code} — ${u.name}` }))}
            value={unitId ? String(unitId) : null}
            onChange={(v) => setUnitId(v ? Number(v) : null)}
            clearable
            searchable
            w={{ base: '100%', xs: 320 }}
          />
          <TextInput
            label={t('enrolment.searchEligible')}
            leftSection={<IconSearch size={16} />}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            w={280}
          />
          <Text size="sm" c="dimmed" pb={6}>
            {t('enrolment.chosen', { chosen: formatNumber(chosen.size), total: formatNumber(eligible.data?.length ?? 0) })}
          </Text>
        </Group>
        {eligible.error && <QueryError error={eligible.error} />}
        {eligible.data?.length === 0 && !unitId ? (
          <EmptyState title={t('empty.eligible.title')} hint={t('empty.eligible.hint')} steps={[{ label: t('empty.eligible.add'), to: '/pegawai/baru' }]} />
        ) : (
          <ScrollArea.Autosize mah={420} type="auto">
            <Table striped highlightOnHover withTableBorder stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>
                    <Checkbox
                      aria-label={t('enrolment.selectAll')}
                      checked={allShown}
                      indeterminate={shownChosen > 0 && !allShown}
                      onChange={toggleAll}
                      disabled={!items.length}
                    />
                  </Table.Th>
                  <Table.Th>NIK</Table.Th>
                  <Table.Th>{t('roster.name')}</Table.Th>
                  <Table.Th>{t('roster.unit')}</Table.Th>
                  <ActionsHeader />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.slice(0, SHOWN).map((e) => (
                  <Table.Tr
                    key={e.id}
                    style={{ cursor: 'pointer' }}
                    onClick={() => toggle(e.id)}
                    bg={chosen.has(e.id) ? 'var(--mantine-color-teal-light)' : undefined}
                  >
                    <Table.Td onClick={(ev) => ev.stopPropagation()}>
                      <Checkbox aria-label={e.fullName} checked={chosen.has(e.id)} onChange={() => toggle(e.id)} />
                    </Table.Td>
                    <Table.Td ff="monospace">{e.nik}</Table.Td>
                    <Table.Td>{e.fullName}</Table.Td>
                    <Table.Td>
                      <Text size="sm" span fw={500}>
                        {e.unitCode}
                      </Text>{' '}
                      <Text size="sm" span c="dimmed">
                        {e.unitName}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {e.previouslyRejected && (
                        <Badge size="sm" color="red" variant="outline">
                          {t('enrolment.previouslyRejected')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
                {items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={5}>
                      <Text c="dimmed" ta="center" py="md">
                        {eligible.isPending ? t('app.loading') : t('enrolment.noEligible')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
        {items.length > SHOWN && (
          <Text size="xs" c="dimmed">
            {t('enrolment.moreRows', { shown: SHOWN, total: items.length })}
          </Text>
        )}
        {action.error && (
          <Text c="red" size="sm">
            {action.error.message}
          </Text>
        )}
        <Group justify="flex-end">
          <Button disabled={!chosen.size} loading={action.isPending} onClick={create}>
            {t('enrolment.createBatch', { count: chosen.size })}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function BatchesTab({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const batches = useBatches(agreementId);
  const [creating, setCreating] = useState(false);
  return (
    <Stack>
      {can(user, 'enrolment:prepare') && !creating && (
        <Group>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('enrolment.newBatch')}
          </Button>
        </Group>
      )}
      {creating && <NewBatch agreementId={agreementId} onCancel={() => setCreating(false)} />}
      {batches.error ? (
        <QueryError error={batches.error} />
      ) : batches.data?.length === 0 ? (
        !creating && (
          <EmptyState
            title={t('empty.batches.title')}
            hint={t(can(user, 'enrolment:prepare') ? 'empty.batches.hint' : 'empty.batches.readOnly')}
            steps={[can(user, 'enrolment:prepare') && { label: t('empty.batches.add'), onClick: () => setCreating(true) }]}
          />
        )
      ) : (
        <DataTable
          withTableBorder
          borderRadius="md"
          highlightOnHover
          striped
          minHeight={batches.data?.length ? undefined : 160}
          fetching={batches.isPending}
          records={batches.data ?? []}
          onRowClick={({ record }) => void navigate(`/kepesertaan/pengajuan/${record.id}`)}
          rowStyle={() => ({ cursor: 'pointer' })}
          noRecordsText={t('enrolment.noBatches')}
          columns={[
            {
              accessor: 'number',
              title: t('enrolment.number'),
              noWrap: true,
              render: (b) => <RowLink to={`/kepesertaan/pengajuan/${b.id}`}>{b.number}</RowLink>,
            },
            { accessor: 'status', title: t('enrolment.status'), width: 120, render: (b) => <BatchStatusBadge status={b.status} /> },
            { accessor: 'counts.total', title: t('enrolment.total'), textAlign: 'right' },
            { accessor: 'counts.submitted', title: t('enrolment.statuses.submitted'), textAlign: 'right' },
            { accessor: 'counts.registered', title: t('enrolment.statuses.registered'), textAlign: 'right' },
            { accessor: 'counts.rejected', title: t('enrolment.statuses.rejected'), textAlign: 'right' },
            {
              accessor: 'createdAt',
              title: t('enrolment.created'),
              render: (b) => (
                <Text size="sm">
                  {formatDateTime(b.createdAt)}{' '}
                  <Text span c="dimmed" size="sm">
                    · {b.createdBy}
                  </Text>
                </Text>
              ),
            },
            { accessor: 'submittedAt', title: t('enrolment.submittedAt'), render: (b) => (b.submittedAt ? formatDateTime(b.submittedAt) : '—') },
          ]}
        />
      )}
    </Stack>
  );
}
