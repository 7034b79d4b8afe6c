import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { AppShell, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarEvent, IconFileText, IconHierarchy2, IconHistory, IconUsers } from '@tabler/icons-react';
import { IconChartBar, IconChecklist, IconReportAnalytics } from '@tabler/icons-react';
import { useSession } from '../api/auth';
import { CurrentUnitProvider, useCurrentUnit } from './currentUnit';
import { AppHeader } from './AppHeader';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';

export function AppLayout() {
  return (
    <CurrentUnitProvider>
      <Shell />
    </CurrentUnitProvider>
  );
}

function Shell() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 210, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <a href="#noi-dung" className="tt-skip-link">
          Bỏ qua đến nội dung chính
        </a>
        <Group h="100%" px="md" gap="sm" wrap="nowrap">
          <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Mở menu" />
          <AppHeader />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Điều hướng chính">
        <AppShell.Section grow component={ScrollArea}>
          <MainNav onNavigate={close} />
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm" py="xs">
            Phiên bản 0.1
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="noi-dung" tabIndex={-1}>
        <ScreenErrorBoundary resetKey={pathname}>
          <Outlet />
        </ScreenErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}

function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { user } = useSession();
  const { unitId } = useCurrentUnit();
  const { pathname } = useLocation();
  const isAdmin = user.roles.some((r) => r.role === 'admin');
  const suffix = unitId === null ? '' : `/${unitId}`;
  const unitQuery = unitId === null ? '' : `?unit=${unitId}`;
  const items = [
    { to: `/don-vi${suffix}`, base: '/don-vi', label: 'Đơn vị', icon: IconHierarchy2, show: true },
    { to: '/ke-hoach', base: '/ke-hoach', label: 'Kế hoạch', icon: IconFileText, show: true },
    { to: '/lich', base: '/lich', label: 'Lịch', icon: IconCalendarEvent, show: true },
    { to: `/ket-qua${unitQuery}`, base: '/ket-qua', label: 'Kết quả', icon: IconChecklist, show: true },
    { to: `/bao-cao${unitQuery}`, base: '/bao-cao', label: 'Báo cáo', icon: IconReportAnalytics, show: true },
    { to: `/tong-quan${unitQuery}`, base: '/tong-quan', label: 'Tổng quan', icon: IconChartBar, show: true },
    { to: `/nguoi-dung${suffix}`, base: '/nguoi-dung', label: 'Người dùng', icon: IconUsers, show: isAdmin },
    { to: `/nhat-ky${suffix}`, base: '/nhat-ky', label: 'Nhật ký', icon: IconHistory, show: isAdmin },
  ];
  return (
    <nav>
      {items
        .filter((i) => i.show)
        .map((i) => (
          <NavLink
            key={i.base}
            component={RouterNavLink}
            to={i.to}
            label={i.label}
            leftSection={<i.icon size={18} stroke={1.6} />}
            active={pathname.startsWith(i.base)}
            onClick={onNavigate}
            variant="light"
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          />
        ))}
    </nav>
  );
}
