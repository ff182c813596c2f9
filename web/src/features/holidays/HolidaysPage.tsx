/**
 * The holiday calendar (national holidays and cuti bersama with the decree that sets them): due
 * dates and BPJS's working-day deadlines skip these days. Everyone reads; the system administrator
 * adds and removes days (the API refuses anyone else).
 */
import { useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Paper, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HolidayOut } from '../../../../src/holidays/schemas.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { api } from '../../lib/api-client.ts';
import { can, useUser } from '../../lib/auth.ts';
import { formatDateId } from '../../lib/format.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { ActionsHeader } from '../../components/ActionsHeader.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { DayField } from '../../components/DateFields.tsx';

const KEY = ['holidays'];

function AddHolidayModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const add = useMutation({
    mutationFn: (body: { date: string; name: string; kind: 'national' | 'cuti_bersama'; decree: string; note: string }) =>
      api<HolidayOut>('/holidays', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
  const form = useForm({ initialValues: { date: '', name: '', kind: 'national' as 'national' | 'cuti_bersama', decree: '', note: '' } });
  const submit = form.onSubmit((v) => {
    add.mutate(
      { date: v.date, name: v.name.trim(), kind: v.kind, decree: v.decree.trim(), note: v.note.trim() },
      {
        onSuccess: () => {
          notifySuccess(t('holidays.saved'));
          form.reset();
          onClose();
        },
      },
    );
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('holidays.add')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          {add.error && (
            <Alert color="red" role="alert">
              {add.error.message}
            </Alert>
          )}
          <DayField label={t('holidays.date')} {...form.getInputProps('date')} />
          <TextInput label={t('holidays.name')} {...form.getInputProps('name')} />
          <Select
            label={t('holidays.kind')}
            data={[
              { value: 'national', label: t('holidays.kinds.national') },
              { value: 'cuti_bersama', label: t('holidays.kinds.cuti_bersama') },
            ]}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
          <TextInput label={t('holidays.decree')} {...form.getInputProps('decree')} />
          <Textarea label={t('holidays.note')} autosize minRows={2} {...form.getInputProps('note')} />
          <Button type="submit" loading={add.isPending}>
            {t('holidays.add')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

export default function HolidaysPage() {
  const { t } = useTranslation();
  const me = useUser();
  const qc = useQueryClient();
  const canWrite = can(me, 'holidays:write');
  const holidays = useQuery({ queryKey: KEY, queryFn: () => api<{ items: HolidayOut[] }>('/holidays') });
  const remove = useMutation({
    mutationFn: (date: string) => api<HolidayOut>(`/holidays/${date}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<HolidayOut | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const items = holidays.data?.items ?? [];
  const years = [...new Set(items.map((h) => h.date.slice(0, 4)))].sort();
  const shown = year ? items.filter((h) => h.date.startsWith(`${year}-`)) : items;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('holidays.title')}
        subtitle={t('holidays.subtitle')}
        actions={
          canWrite && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
              {t('holidays.add')}
            </Button>
          )
        }
      />
      {holidays.error && <QueryError error={holidays.error} onRetry={() => void holidays.refetch()} />}
      {remove.error && (
        <Alert color="red" role="alert">
          {remove.error.message}
        </Alert>
      )}
      <Group>
        <Select label={t('holidays.year')} placeholder={t('holidays.allYears')} clearable data={years} value={year} onChange={setYear} w={180} />
        <Text size="sm" c="dimmed" mt="lg">
          {t('holidays.count', { count: shown.length })}
        </Text>
      </Group>
      {holidays.isSuccess && shown.length === 0 && (
        <EmptyState
          title={t('empty.holidays.title')}
          hint={t(canWrite ? 'empty.holidays.hint' : 'empty.holidays.readOnly')}
          steps={[canWrite && { label: t('empty.holidays.add'), onClick: () => setAdding(true) }]}
        />
      )}
      {shown.length > 0 && (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={720}>
            <Table striped data-testid="holidays-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('holidays.date')}</Table.Th>
                  <Table.Th>{t('holidays.name')}</Table.Th>
                  <Table.Th>{t('holidays.kind')}</Table.Th>
                  <Table.Th>{t('holidays.decree')}</Table.Th>
                  {canWrite && <ActionsHeader />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((h) => (
                  <Table.Tr key={h.id} data-testid={`holiday-${h.date}`}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateId(h.date)}</Table.Td>
                    <Table.Td>
                      {h.name}
                      {!h.confirmed && (
                        <Badge ml="xs" size="xs" color="yellow" variant="light">
                          {t('holidays.unconfirmed')}
                        </Badge>
                      )}
                      {h.note && (
                        <Text size="xs" c="dimmed">
                          {h.note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`holidays.kinds.${h.kind}`)}</Table.Td>
                    <Table.Td>
                      <Text size="xs">{h.decree}</Text>
                    </Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => setRemoving(h)}>
                          {t('holidays.remove')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <AddHolidayModal opened={adding} onClose={() => setAdding(false)} />
      {removing && (
        <Modal opened onClose={() => setRemoving(null)} title={t('holidays.remove')} centered>
          <Stack>
            <Text size="sm">{t('holidays.removeConfirm', { name: removing.name, date: formatDateId(removing.date) })}</Text>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(removing.date, {
                  onSuccess: () => {
                    notifySuccess(t('holidays.removed'));
                    setRemoving(null);
                  },
                })
              }
            >
              {t('holidays.remove')}
            </Button>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
