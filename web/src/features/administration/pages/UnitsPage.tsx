/** Work units as a tree per institution: add, rename, close from a date, import from XLSX. */
import { useState } from 'react';
import { Alert, Anchor, Badge, Box, Button, FileInput, Group, Modal, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { apiUrl } from '../../../lib/api-client.ts';
import { can, useUser } from '../../../lib/auth.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { formatDateId } from '../../../lib/format.ts';
import {
  useCloseUnit,
  useCreateUnit,
  useImportUnits,
  useInstitutions,
  useRenameUnit,
  useUnits,
  type UnitImportResult,
  type UnitOut,
} from '../api/admin-api.ts';
import { unitTree, type UnitNode } from '../utils/unit-tree.ts';
import { DayField } from '../../../components/DateFields.tsx';
import { EmptyState } from '../../../components/EmptyState.tsx';

function UnitRow({
  node,
  depth,
  canWrite,
  onRename,
  onClose,
}: {
  node: UnitNode<UnitOut>;
  depth: number;
  canWrite: boolean;
  onRename: (u: UnitOut) => void;
  onClose: (u: UnitOut) => void;
}) {
  const { t } = useTranslation();
  const u = node.unit;
  return (
    <>
      <Group
        justify="space-between"
        py={6}
        pl={depth * 24}
        wrap="wrap"
        gap="xs"
        data-testid={`unit-${u.code}`}
        style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
      >
        <Group gap="sm" wrap="wrap">
          <Text size="sm" ff="monospace" c="dimmed">
            {u.code}
          </Text>
          <Text size="sm" fw={depth === 0 ? 600 : 400}>
            {u.name}
          </Text>
          {u.closedOn && (
            <Badge color="gray" variant="light">
              {t('administration.closedBadge', { date: formatDateId(u.closedOn) })}
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {t('administration.employees', { count: u.activeEmployees })}
          </Text>
        </Group>
        {canWrite && (
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="subtle" onClick={() => onRename(u)}>
              {t('administration.rename')}
            </Button>
            {!u.closedOn && (
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => onClose(u)}>
                {t('administration.closeUnit')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {node.children.map((c) => (
        <UnitRow key={c.unit.id} node={c} depth={depth + 1} canWrite={canWrite} onRename={onRename} onClose={onClose} />
      ))}
    </>
  );
}

function AddUnitModal({
  opened,
  onClose,
  units,
  institutions,
}: {
  opened: boolean;
  onClose: () => void;
  units: UnitOut[];
  institutions: { id: number; name: string }[];
}) {
  const { t } = useTranslation();
  const me = useUser();
  const create = useCreateUnit();
  const form = useForm({ initialValues: { code: '', name: '', parentId: null as string | null, institutionId: null as string | null } });
  const institutionId = me.role === 'system_admin' ? (form.values.institutionId ? Number(form.values.institutionId) : null) : me.institutionId;
  const submit = form.onSubmit((v) => {
    create.mutate(
      {
        ...(me.role === 'system_admin' && v.institutionId ? { institutionId: Number(v.institutionId) } : {}),
        code: v.code.trim(),
        name: v.name.trim(),
        parentId: v.parentId ? Number(v.parentId) : null,
      },
      {
        onSuccess: () => {
          notifySuccess(t('administration.saved'));
          form.reset();
          onClose();
        },
      },
    );
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('administration.addUnit')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          {create.error && (
            <Alert color="red" role="alert">
              {create.error.message}
            </Alert>
          )}
          {me.role === 'system_admin' && (
            <Select
              label={t('administration.institution')}
              data={institutions.map((i) => ({ value: String(i.id), label: i.name }))}
              {...form.getInputProps('institutionId')}
            />
          )}
          <TextInput label={t('administration.code')} {...form.getInputProps('code')} />
          <TextInput label={t('administration.name')} {...form.getInputProps('name')} />
          <Select
            label={t('administration.parent')}
            placeholder={t('administration.noParent')}
            clearable
            searchable
            data={units.filter((u) => u.institutionId === institutionId && !u.closedOn).map((u) => ({ value: String(u.id), label: `${u.code} — ${u.name}` }))}
            {...form.getInputProps('parentId')}
          />
          <Button type="submit" loading={create.isPending}>
            {t('administration.addUnit')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

function ImportModal({ opened, onClose, institutions }: { opened: boolean; onClose: () => void; institutions: { id: number; name: string }[] }) {
  const { t } = useTranslation();
  const me = useUser();
  const importUnits = useImportUnits();
  const [file, setFile] = useState<File | null>(null);
  const [institutionId, setInstitutionId] = useState<string | null>(null);
  const [result, setResult] = useState<UnitImportResult | null>(null);
  const submit = () => {
    if (!file) return;
    importUnits.mutate(
      { file, ...(institutionId ? { institutionId: Number(institutionId) } : {}) },
      {
        onSuccess: (r) => {
          setResult(r);
          if (r.errors.length === 0) notifySuccess(t('administration.importDone', { created: r.created, updated: r.updated }));
        },
      },
    );
  };
  return (
    <Modal
      opened={opened}
      onClose={() => {
        setResult(null);
        onClose();
      }}
      title={t('administration.importUnits')}
      centered
      size="lg"
    >
      <Stack>
        <Text size="sm">{t('administration.importHelp')}</Text>
        <Anchor href={apiUrl('/units/template.xlsx')} size="sm">
          {t('administration.template')}
        </Anchor>
        {importUnits.error && (
          <Alert color="red" role="alert">
            {importUnits.error.message}
          </Alert>
        )}
        {me.role === 'system_admin' && (
          <Select
            label={t('administration.institution')}
            data={institutions.map((i) => ({ value: String(i.id), label: i.name }))}
            value={institutionId}
            onChange={setInstitutionId}
          />
        )}
        <FileInput label={t('administration.importFile')} accept=".xlsx" value={file} onChange={setFile} clearable />
        {result && result.errors.length > 0 && (
          <Alert color="red" title={t('administration.importErrors')}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('administration.row')}</Table.Th>
                  <Table.Th>{t('administration.column')}</Table.Th>
                  <Table.Th>{t('administration.message')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.errors.map((e, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{e.row}</Table.Td>
                    <Table.Td>{e.column}</Table.Td>
                    <Table.Td>{e.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Alert>
        )}
        {result && result.errors.length === 0 && (
          <Alert color="teal">{t('administration.importDone', { created: result.created, updated: result.updated })}</Alert>
        )}
        <Button onClick={submit} disabled={!file} loading={importUnits.isPending}>
          {t('administration.importSubmit')}
        </Button>
      </Stack>
    </Modal>
  );
}

function RenameModal({ unit, onClose }: { unit: UnitOut; onClose: () => void }) {
  const { t } = useTranslation();
  const rename = useRenameUnit();
  const [name, setName] = useState(unit.name);
  const [phone, setPhone] = useState(unit.phone);
  const [address, setAddress] = useState(unit.address);
  return (
    <Modal opened onClose={onClose} title={`${t('administration.rename')}: ${unit.code}`} centered>
      <Stack>
        {rename.error && (
          <Alert color="red" role="alert">
            {rename.error.message}
          </Alert>
        )}
        <TextInput label={t('administration.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <TextInput
          label={t('administration.phone')}
          description={t('administration.contactHint')}
          inputMode="tel"
          value={phone}
          onChange={(e) => setPhone(e.currentTarget.value)}
        />
        <TextInput label={t('administration.address')} value={address} onChange={(e) => setAddress(e.currentTarget.value)} />
        <Button
          loading={rename.isPending}
          onClick={() => rename.mutate({ id: unit.id, name: name.trim(), phone: phone.trim(), address: address.trim() }, { onSuccess: onClose })}
        >
          {t('administration.saveChanges')}
        </Button>
      </Stack>
    </Modal>
  );
}

function CloseModal({ unit, onClose }: { unit: UnitOut; onClose: () => void }) {
  const { t } = useTranslation();
  const close = useCloseUnit();
  const [date, setDate] = useState('');
  return (
    <Modal opened onClose={onClose} title={`${t('administration.closeUnit')}: ${unit.name}`} centered>
      <Stack>
        {close.error && (
          <Alert color="red" role="alert">
            {close.error.message}
          </Alert>
        )}
        <DayField label={t('administration.closeFrom')} value={date} onChange={(v) => setDate(v)} />
        <Button color="red" disabled={!date} loading={close.isPending} onClick={() => close.mutate({ id: unit.id, closedOn: date }, { onSuccess: onClose })}>
          {t('administration.closeUnit')}
        </Button>
      </Stack>
    </Modal>
  );
}

export default function UnitsPage() {
  const { t } = useTranslation();
  const me = useUser();
  const units = useUnits();
  const institutions = useInstitutions();
  const canWrite = can(me, 'units:write');
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [renaming, setRenaming] = useState<UnitOut | null>(null);
  const [closing, setClosing] = useState<UnitOut | null>(null);
  const items = units.data?.items ?? [];
  const byInstitution = new Map<number, { name: string; units: UnitOut[] }>();
  for (const u of items) {
    const group = byInstitution.get(u.institutionId) ?? { name: u.institution, units: [] };
    group.units.push(u);
    byInstitution.set(u.institutionId, group);
  }
  const institutionList = (institutions.data?.items ?? []).filter((i) => i.kind === 'government');

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('administration.units')}
        subtitle={t('administration.unitsSubtitle')}
        actions={
          canWrite && (
            <>
              <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} onClick={() => setImporting(true)}>
                {t('administration.importUnits')}
              </Button>
              <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
                {t('administration.addUnit')}
              </Button>
            </>
          )
        }
      />
      {units.error && <QueryError error={units.error} onRetry={() => void units.refetch()} />}
      {units.isSuccess && items.length === 0 && (
        <EmptyState
          title={t('empty.units.title')}
          hint={t(canWrite ? 'empty.units.hint' : 'empty.units.readOnly')}
          steps={
            canWrite
              ? [
                  { label: t('empty.units.add'), onClick: () => setAdding(true) },
                  { label: t('empty.units.import'), onClick: () => setImporting(true) },
                ]
              : []
          }
        />
      )}
      {[...byInstitution.entries()].map(([id, group]) => (
        <Paper key={id} withBorder p="md" radius="md">
          <Title order={3} size="h5" mb="xs">
            {group.name}
          </Title>
          <Box>
            {unitTree(group.units).map((node) => (
              <UnitRow key={node.unit.id} node={node} depth={0} canWrite={canWrite} onRename={setRenaming} onClose={setClosing} />
            ))}
          </Box>
        </Paper>
      ))}
      <AddUnitModal opened={adding} onClose={() => setAdding(false)} units={items} institutions={institutionList} />
      <ImportModal opened={importing} onClose={() => setImporting(false)} institutions={institutionList} />
      {renaming && <RenameModal unit={renaming} onClose={() => setRenaming(null)} />}
      {closing && <CloseModal unit={closing} onClose={() => setClosing(null)} />}
    </Stack>
  );
}
