/** The signed-in user, "Ganti sandi" and "Keluar": in the header on wide screens, stacked in the burger menu on a phone. */
import { Avatar, Button, Group, Stack, Text } from '@mantine/core';
import { IconLock, IconLogout } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLogout, useUser } from '../../lib/auth.ts';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}

export function UserMenu({ stacked = false, onNavigate }: { stacked?: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const signOut = () => logout.mutate(undefined, { onSettled: () => void navigate('/masuk', { replace: true }) });
  const changePassword = () => {
    onNavigate?.();
    void navigate('/ganti-sandi');
  };
  const who = (
    <div>
      <Text size="sm" fw={600} lh={1.2} data-testid={stacked ? undefined : 'user-name'}>
        {user.fullName}
      </Text>
      <Text size="xs" c="dimmed" lh={1.2}>
        {t(`roles.${user.role}`)}
      </Text>
    </div>
  );
  if (stacked) {
    return (
      <Stack gap="xs">
        {who}
        <Button variant="subtle" size="sm" justify="flex-start" leftSection={<IconLock size={16} />} onClick={changePassword}>
          {t('app.changePassword')}
        </Button>
        <Button variant="default" size="sm" leftSection={<IconLogout size={16} />} onClick={signOut} loading={logout.isPending}>
          {t('app.logout')}
        </Button>
      </Stack>
    );
  }
  return (
    <Group gap="sm" wrap="nowrap">
      <Avatar color="teal" radius="xl" size={34} visibleFrom="lg" aria-hidden>
        {initials(user.fullName)}
      </Avatar>
      {who}
      <Button variant="subtle" size="xs" leftSection={<IconLock size={14} />} onClick={changePassword} visibleFrom="sm">
        {t('app.changePassword')}
      </Button>
      <Button variant="default" size="xs" leftSection={<IconLogout size={14} />} onClick={signOut} loading={logout.isPending}>
        {t('app.logout')}
      </Button>
    </Group>
  );
}
