/** Institutions of the installation (system administrator): list, add, edit. */
import { useState } from 'react';
import { Alert, Button, Modal, Select, Stack, Table, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { notifySuccess } from '../../../lib/notify.ts';
import { useCreateInstitution, useInstitutions, useUpdateInstitution, type InstitutionOut } from '../api/admin-api.ts';
import { ActionsHeader } from '../../../components/ActionsHeader.tsx';

type Kind = InstitutionOut['kind'];
type Level = NonNullable<InstitutionOut['level']>;

function InstitutionModal({ institution, onClose }: { institution: InstitutionOut | 'new'; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateInstitution();
  const update = useUpdateInstitution();
  const existing = institution === 'new' ? null : institution;
  const form = useForm({
    initialValues: {
      kind: (existing?.kind ?? 'government') as string,
      level: (existing?.level ?? 'regency') as string | null,
      name: existing?.name ?? '',
      address: existing?.address ?? '',
      phone: existing?.phone ?? '',
    },
  });
  const error = create.error ?? update.error;
  const submit = form.onSubmit((v) => {
    const level = v.kind === 'government' ? ((v.level ?? null) as Level | null) : null;
    const done = {
      onSuccess: () => {
        notifySuccess(t('administration.saved'));
        onClose();
      },
    };
    if (existing) update.mutate({ id: existing.id, name: v.name.trim(), address: v.address.trim(), phone: v.phone.trim(), level }, done);
    else create.mutate({ kind: v.kind as Kind, level, name: v.name.trim(), address: v.address.trim(), phone: v.phone.trim() }, done);
  });
  return (
    <Modal opened onClose={onClose} title={existing ? `${t('administration.edit')}: ${existing.name}` : t('administration.addInstitution')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert">
              {error.message}
            </Alert>
          )}
          <Select
            label={t('administration.kind')}
            disabled={!!existing}
            allowDeselect={false}
            data={(['government', 'bpjs_branch'] as const).map((k) => ({ value: k, label: t(`administration.kinds.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          {form.values.kind === 'government' && (
            <Select
              label={t('administration.level')}
              allowDeselect={false}
              data={(['regency', 'city', 'province'] as const).map((l) => ({ value: l, label: t(`administration.levels.${l}`) }))}
              {...form.getInputProps('level')}
            />
          )}
          <TextInput label={t('administration.name')} {...form.getInputProps('name')} />
          <TextInput label={t('administration.address')} {...form.getInputProps('address')} />
          <TextInput label={t('administration.phone')} description={t('administration.contactHint')} inputMode="tel" {...form.getInputProps('phone')} />
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('administration.saveChanges')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

export default function InstitutionsPage() {
  const { t } = useTranslation();
  const institutions = useInstitutions();
  const [editing, setEditing] = useState<InstitutionOut | 'new' | null>(null);
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('administration.institutions')}
        subtitle={t('administration.institutionsSubtitle')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('administration.addInstitution')}
          </Button>
        }
      />
      {institutions.error ? (
        <QueryError error={institutions.error} onRetry={() => void institutions.refetch()} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('administration.name')}</Table.Th>
                <Table.Th>{t('administration.kind')}</Table.Th>
                <Table.Th>{t('administration.level')}</Table.Th>
                <Table.Th>{t('administration.address')}</Table.Th>
                <Table.Th>{t('administration.userCount')}</Table.Th>
                <Table.Th>{t('administration.unitCount')}</Table.Th>
                <ActionsHeader />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(institutions.data?.items ?? []).map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{i.name}</Table.Td>
                  <Table.Td>{t(`administration.kinds.${i.kind}`)}</Table.Td>
                  <Table.Td>{i.level ? t(`administration.levels.${i.level}`) : t('administration.none')}</Table.Td>
                  <Table.Td>{i.address || t('administration.none')}</Table.Td>
                  <Table.Td>{i.users}</Table.Td>
                  <Table.Td>{i.units}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing(i)}>
                      {t('administration.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <InstitutionModal key={editing === 'new' ? 'new' : editing.id} institution={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
