/** The navigation every feature hangs on. Features not built yet are shown disabled, marked "segera". */
import { Badge, NavLink, Stack } from '@mantine/core';
import {
  IconActivity,
  IconAmbulance,
  IconBell,
  IconCash,
  IconChartBar,
  IconFileCertificate,
  IconHistory,
  IconHeartHandshake,
  IconCalculator,
  IconCalendarOff,
  IconUsers,
  IconBuilding,
  IconKey,
  IconSitemap,
  IconUserCog,
  IconUserShield,
  type Icon,
} from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, useUser, type UiAction } from '../../lib/auth.ts';
import type { id } from '../../i18n/id.ts';

interface NavItem {
  key: keyof typeof id.nav;
  icon: Icon;
  to?: string;
  action?: UiAction;
}

const ITEMS: readonly NavItem[] = [
  { key: 'agreements', icon: IconFileCertificate, to: '/perjanjian' },
  { key: 'employees', icon: IconUsers, to: '/pegawai' },
  { key: 'enrolment', icon: IconUserShield, to: '/kepesertaan' },
  { key: 'contributions', icon: IconCash, to: '/iuran' },
  { key: 'claims', icon: IconHeartHandshake, to: '/klaim' },
  { key: 'fieldReport', icon: IconAmbulance, to: '/lapor', action: 'claims:file' },
  { key: 'fieldNotices', icon: IconBell, to: '/laporan-lapangan' },
  { key: 'calculator', icon: IconCalculator, to: '/manfaat' },
  { key: 'monitoring', icon: IconChartBar, to: '/monitoring' },
  { key: 'activities', icon: IconActivity, to: '/kegiatan' },
  { key: 'units', icon: IconSitemap, to: '/unit-kerja' },
  { key: 'holidays', icon: IconCalendarOff, to: '/hari-libur' },
  { key: 'users', icon: IconUserCog, to: '/pengguna', action: 'users:manage' },
  { key: 'institutions', icon: IconBuilding, to: '/instansi', action: 'institutions:manage' },
  { key: 'audit', icon: IconHistory, to: '/audit', action: 'audit:read' },
  { key: 'tokens', icon: IconKey, to: '/token-api' },
];

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const { pathname } = useLocation();
  return (
    <Stack gap={4}>
      {ITEMS.filter((item) => !item.action || can(user, item.action)).map((item) => {
        const icon = <item.icon size={18} stroke={1.6} />;
        if (!item.to) {
          return (
            <NavLink
              key={item.key}
              label={t(`nav.${item.key}`)}
              leftSection={icon}
              rightSection={
                <Badge size="xs" variant="light" color="gray">
                  {t('app.soon')}
                </Badge>
              }
              disabled
            />
          );
        }
        return (
          <NavLink
            key={item.key}
            component={Link}
            to={item.to}
            active={pathname.startsWith(item.to)}
            label={t(`nav.${item.key}`)}
            leftSection={icon}
            onClick={onNavigate}
          />
        );
      })}
    </Stack>
  );
}
