import { Avatar, Button, Group, Text } from '@mantine/core';
import { IconLock, IconLogout } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLogout, useUser } from '../../lib/auth.ts';

function initials(name: string): string {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0]?.toUpperCase() ?? '').join('');
}

export function UserMenu() {
  const { t } = useTranslation();
  const user = useUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const signOut = () => logout.mutate(undefined, { onSettled: () => void navigate('/masuk', { replace: true }) });
  return (
    <Group gap="sm" wrap="nowrap">
      <Avatar color="teal" radius="xl" size={34} visibleFrom="sm">{initials(user.fullName)}</Avatar>
      <div>
        <Text size="sm" fw={600} lh={1.2} data-testid="user-name">{user.fullName}</Text>
        <Text size="xs" c="dimmed" lh={1.2}>{t(`roles.${user.role}`)}</Text>
      </div>
      <Button variant="subtle" size="xs" leftSection={<IconLock size={14} />} onClick={() => void navigate('/ganti-sandi')} visibleFrom="sm">
        {t('administration.password')}
      </Button>
      <Button variant="default" size="xs" leftSection={<IconLogout size={14} />} onClick={signOut} loading={logout.isPending}>
        {t('app.logout')}
      </Button>
    </Group>
  );
}
