/** The frame of every signed-in page: header (name, language, user) and the feature navigation. */
import { Suspense } from 'react';
import { AppShell, Burger, Group, Text, ThemeIcon } from '@mantine/core';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useDisclosure } from '@mantine/hooks';
import { IconShieldCheck } from '@tabler/icons-react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MainNav } from './MainNav.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { UserMenu } from './UserMenu.tsx';

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" />
            <ThemeIcon size={34} radius="md" variant="filled">
              <IconShieldCheck size={20} />
            </ThemeIcon>
            <div>
              <Text fw={700} lh={1.1}>{t('app.name')}</Text>
              <Text size="xs" c="dimmed" lh={1.2} visibleFrom="xs">{t('app.tagline')}</Text>
            </div>
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <MainNav onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
