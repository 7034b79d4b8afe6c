import { Link, useNavigate } from 'react-router';
import { Avatar, Group, Menu, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconKey, IconLogout, IconSpeakerphone } from '@tabler/icons-react';
import { useLogout, useSession } from '../api/auth';
import { NotificationBell } from '../reports/notifications/NotificationBell';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  const last = parts[parts.length - 1] ?? '';
  const first = parts.length > 1 ? (parts[0] ?? '') : '';
  return ((first[0] ?? '') + (last[0] ?? '')).toUpperCase();
}

export function AppHeader() {
  const { user } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();

  return (
    <Group justify="space-between" style={{ flex: 1 }} wrap="nowrap">
      <UnstyledButton component={Link} to="/" aria-label="Trang chính">
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon size={32} radius="sm" color="red.8">
            <IconSpeakerphone size={20} />
          </ThemeIcon>
          <Stack gap={0} visibleFrom="xs">
            <Text fw={700} c="red.9" lh={1.1}>
              Tuyên truyền
            </Text>
            <Text size="xs" c="dimmed" lh={1.1}>
              Kế hoạch · Điều phối · Báo cáo
            </Text>
          </Stack>
        </Group>
      </UnstyledButton>

      <Group gap="sm" wrap="nowrap">
        <NotificationBell />
      <Menu position="bottom-end" width={220} withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label="Tài khoản" data-testid="user-menu">
            <Group gap="xs" wrap="nowrap">
              <Avatar color="red" radius="xl" size={32}>
                {initials(user.fullName)}
              </Avatar>
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} lh={1.2} truncate maw={260} data-testid="header-user-name">
                  {user.fullName}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2} truncate maw={260} data-testid="header-user-unit">
                  {user.unitName}
                </Text>
              </Stack>
              <IconChevronDown size={14} />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{user.username}</Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={() => navigate('/doi-mat-khau')}>
            Đổi mật khẩu
          </Menu.Item>
          <Menu.Item
            color="red"
            leftSection={<IconLogout size={16} />}
            onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/dang-nhap') })}
          >
            Đăng xuất
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      </Group>
    </Group>
  );
}
