/**
 * The frame of every signed-in page: a skip link, the header (name, language, user) and the feature navigation.
 * On a phone (below `sm`) the header keeps only the burger and the name; the language switch, the user and
 * "Keluar" move into the burger menu, so nothing is cut off at 360–414 px.
 */
import { Suspense } from 'react';
import { AppShell, Burger, Divider, Group, ScrollArea, Text, ThemeIcon } from '@mantine/core';
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
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding={{ base: 'sm', sm: 'lg' }}>
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('app.menu')} aria-expanded={opened} />
              <ThemeIcon size={34} radius="md" variant="filled" aria-hidden>
                <IconShieldCheck size={20} />
              </ThemeIcon>
              <div>
                <Text fw={700} lh={1.1}>
                  {t('app.name')}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2} visibleFrom="md">
                  {t('app.tagline')}
                </Text>
              </div>
            </Group>
            <Group gap="md" wrap="nowrap" visibleFrom="sm">
              <LanguageSwitch />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label={t('app.navigation')}>
          <AppShell.Section grow component={ScrollArea}>
            <MainNav onNavigate={close} />
          </AppShell.Section>
          <AppShell.Section hiddenFrom="sm" data-testid="mobile-menu-user">
            <Divider my="sm" />
            <Group justify="space-between" wrap="nowrap" mb="sm">
              <Text size="sm" fw={600}>
                {t('app.language')}
              </Text>
              <LanguageSwitch />
            </Group>
            <UserMenu stacked onNavigate={close} />
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
