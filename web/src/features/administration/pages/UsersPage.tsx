/** Users of the administrator's institution (all institutions for the system administrator). */
import { useState } from 'react';
import { Alert, Badge, Button, Menu, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDots, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { useUser, type Role } from '../../../lib/auth.ts';
import { useInstitutions, useInviteUser, useResetPassword, useUnits, useUpdateUser, useUsers, type UserListItem } from '../api/admin-api.ts';
import { SecretModal } from '../components/OneTimePasswordModal.tsx';
import { ActionsHeader } from '../../../components/ActionsHeader.tsx';
import { confirmAction } from '../../../lib/confirm.tsx';

const ALL_ROLES: Role[] = ['system_admin', 'admin', 'opd_operator', 'bpjs_officer', 'viewer'];
const ADMIN_ROLES: Role[] = ['admin', 'opd_operator', 'viewer'];

function RoleUnitFields({
  form,
  institutionId,
}: {
  form: ReturnType<typeof useForm<{ role: string; workUnitId: string | null; institutionId: string | null }>>;
  institutionId: number | null;
}) {
  const { t } = useTranslation();
  const me = useUser();
  const units = useUnits();
  const institutions = useInstitutions();
  const roles = me.role === 'system_admin' ? ALL_ROLES : ADMIN_ROLES;
  const role = form.values.role as Role;
  const inst = institutionId ?? (form.values.institutionId ? Number(form.values.institutionId) : null);
  const unitOptions = (units.data?.items ?? [])
    .filter((u) => !u.closedOn && (inst === null || u.institutionId === inst))
    .map((u) => ({ value: String(u.id), label: `${u.code} — ${u.name}` }));
  return (
    <>
      <Select
        label={t('administration.role')}
        data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        allowDeselect={false}
        {...form.getInputProps('role')}
      />
      {me.role === 'system_admin' && role !== 'system_admin' && institutionId === null && (
        <Select
          label={t('administration.institution')}
          searchable
          data={(institutions.data?.items ?? []).map((i) => ({ value: String(i.id), label: i.name }))}
          {...form.getInputProps('institutionId')}
        />
      )}
      {(role === 'opd_operator' || role === 'viewer') && (
        <Select label={t('administration.unit')} searchable clearable data={unitOptions} {...form.getInputProps('workUnitId')} />
      )}
    </>
  );
}

function InviteModal({ opened, onClose, onInvited }: { opened: boolean; onClose: () => void; onInvited: (username: string, secret: string) => void }) {
  const { t } = useTranslation();
  const invite = useInviteUser();
  const form = useForm({
    initialValues: { username: '', fullName: '', role: 'opd_operator', workUnitId: null as string | null, institutionId: null as string | null },
  });
  const submit = form.onSubmit((v) => {
    invite.mutate(
      {
        username: v.username.trim(),
        fullName: v.fullName.trim(),
        role: v.role as Role,
        workUnitId: v.workUnitId ? Number(v.workUnitId) : null,
        institutionId: v.institutionId ? Number(v.institutionId) : null,
      },
      {
        onSuccess: (user) => {
          form.reset();
          onClose();
          if (user.oneTimePassword) onInvited(user.username, user.oneTimePassword);
        },
      },
    );
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('administration.invite')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          {invite.error && (
            <Alert color="red" role="alert">
              {invite.error.message}
            </Alert>
          )}
          <TextInput label={t('administration.username')} {...form.getInputProps('username')} />
          <TextInput label={t('administration.fullName')} {...form.getInputProps('fullName')} />
          <RoleUnitFields form={form} institutionId={null} />
          <Button type="submit" loading={invite.isPending}>
            {t('administration.inviteSubmit')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

function EditModal({ user, onClose }: { user: UserListItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const form = useForm({
    initialValues: {
      role: user?.role ?? 'viewer',
      workUnitId: user?.workUnitId ? String(user.workUnitId) : null,
      institutionId: null as string | null,
      fullName: user?.fullName ?? '',
    },
  });
  if (!user) return null;
  const submit = form.onSubmit((v) => {
    update.mutate(
      { id: user.id, fullName: v.fullName.trim(), role: v.role as Role, workUnitId: v.workUnitId ? Number(v.workUnitId) : null },
      {
        onSuccess: () => {
          notifySuccess(t('administration.saved'));
          onClose();
        },
      },
    );
  });
  return (
    <Modal opened onClose={onClose} title={`${t('administration.edit')}: ${user.username}`} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          {update.error && (
            <Alert color="red" role="alert">
              {update.error.message}
            </Alert>
          )}
          <TextInput label={t('administration.fullName')} {...form.getInputProps('fullName')} />
          <RoleUnitFields form={form} institutionId={user.institutionId} />
          <Button type="submit" loading={update.isPending}>
            {t('administration.saveChanges')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

export default function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const update = useUpdateUser();
  const reset = useResetPassword();
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<UserListItem | null>(null);
  const [secret, setSecret] = useState<{ username: string; value: string } | null>(null);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('administration.users')}
        subtitle={t('administration.usersSubtitle')}
        actions={
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setInviting(true)}>
            {t('administration.invite')}
          </Button>
        }
      />
      {users.error ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped highlightOnHover withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('administration.name')}</Table.Th>
                <Table.Th>{t('administration.username')}</Table.Th>
                <Table.Th>{t('administration.role')}</Table.Th>
                <Table.Th>{t('administration.unit')}</Table.Th>
                <Table.Th>{t('administration.institution')}</Table.Th>
                <Table.Th>{t('administration.status')}</Table.Th>
                <Table.Th>{t('administration.lastLogin')}</Table.Th>
                <ActionsHeader />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(users.data?.items ?? []).map((u) => (
                <Table.Tr key={u.id} data-testid={`user-${u.username}`}>
                  <Table.Td>{u.fullName}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {u.username}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
                  <Table.Td>{u.workUnit ?? t('administration.none')}</Table.Td>
                  <Table.Td>{u.institution ?? t('administration.none')}</Table.Td>
                  <Table.Td>
                    <Badge color={u.status === 'active' ? 'teal' : 'gray'} variant="light" style={{ minWidth: 'max-content' }}>
                      {t(`administration.${u.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('administration.never')}</Table.Td>
                  <Table.Td>
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <Button variant="subtle" size="xs" aria-label={`${t('administration.edit')} ${u.username}`}>
                          <IconDots size={16} />
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setEditing(u)}>{t('administration.edit')}</Menu.Item>
                        <Menu.Item
                          onClick={() =>
                            confirmAction({
                              title: t('administration.confirmResetTitle', { name: u.fullName }),
                              body: t('administration.confirmReset', { name: u.fullName }),
                              confirm: t('administration.resetPassword'),
                              danger: true,
                              onConfirm: () =>
                                reset.mutate(u.id, {
                                  onSuccess: (r) => setSecret({ username: u.username, value: r.oneTimePassword }),
                                  onError: (e) => notifyError(e),
                                }),
                            })
                          }
                        >
                          {t('administration.resetPassword')}
                        </Menu.Item>
                        <Menu.Item
                          color={u.status === 'active' ? 'red' : undefined}
                          onClick={() =>
                            u.status === 'active'
                              ? confirmAction({
                                  title: t('administration.confirmDeactivateTitle', { name: u.fullName }),
                                  body: t('administration.confirmDeactivate', { name: u.fullName }),
                                  confirm: t('administration.deactivate'),
                                  danger: true,
                                  onConfirm: () => update.mutate({ id: u.id, status: 'disabled' }, { onError: (e) => notifyError(e) }),
                                })
                              : update.mutate({ id: u.id, status: 'active' }, { onError: (e) => notifyError(e) })
                          }
                        >
                          {u.status === 'active' ? t('administration.deactivate') : t('administration.reactivate')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <InviteModal opened={inviting} onClose={() => setInviting(false)} onInvited={(username, value) => setSecret({ username, value })} />
      {editing && <EditModal key={editing.id} user={editing} onClose={() => setEditing(null)} />}
      <SecretModal
        title={t('administration.oneTimeTitle')}
        text={t('administration.oneTimeText', { username: secret?.username ?? '' })}
        secret={secret?.value ?? null}
        onClose={() => setSecret(null)}
      />
    </Stack>
  );
}
