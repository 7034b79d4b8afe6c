import { ActionIcon, Badge, Group, Menu, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconDots, IconKey, IconLock, IconLockOpen, IconPencil, IconShieldCheck } from '@tabler/icons-react';
import type { User } from '../api/types';
import { ROLE_COLORS, roleLabel } from '../lib/format';

export type UserAction = 'edit' | 'roles' | 'reset' | 'deactivate' | 'activate';

export function UsersTable({
  users,
  loading,
  onAction,
}: {
  users: User[];
  loading: boolean;
  onAction: (a: UserAction, u: User) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Họ và tên</Table.Th>
            <Table.Th>Đơn vị</Table.Th>
            <Table.Th>Vai trò</Table.Th>
            <Table.Th w={150}>Trạng thái</Table.Th>
            <Table.Th w={60} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading &&
            [0, 1, 2].map((i) => (
              <Table.Tr key={i}>
                <Table.Td colSpan={5}>
                  <Skeleton h={20} />
                </Table.Td>
              </Table.Tr>
            ))}
          {!loading && users.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text size="sm" c="dimmed" ta="center" py="md">
                  Không có người dùng nào.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {users.map((u) => (
            <Table.Tr key={u.id} data-username={u.username}>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={500} c={u.active ? undefined : 'dimmed'}>
                    {u.fullName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {u.username}
                    {u.email ? ` · ${u.email}` : ''}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{u.unitName}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {u.roles.map((r) => (
                    <Badge key={r.id} variant="light" color={ROLE_COLORS[r.role]} tt="none" title={r.unitName}>
                      {roleLabel(r.role)}
                      {r.unitId !== u.unitId ? ` · ${r.unitName}` : ''}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                {!u.active ? (
                  <Badge color="gray">Đã khóa</Badge>
                ) : u.mustChangePassword ? (
                  <Badge color="yellow" variant="light">
                    Chờ đổi mật khẩu
                  </Badge>
                ) : (
                  <Badge color="teal" variant="light">
                    Hoạt động
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" aria-label={`Thao tác với ${u.username}`}>
                      <IconDots size={18} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onAction('edit', u)}>
                      Sửa thông tin
                    </Menu.Item>
                    <Menu.Item leftSection={<IconShieldCheck size={16} />} onClick={() => onAction('roles', u)}>
                      Phân quyền
                    </Menu.Item>
                    <Menu.Item leftSection={<IconKey size={16} />} onClick={() => onAction('reset', u)}>
                      Đặt lại mật khẩu
                    </Menu.Item>
                    <Menu.Divider />
                    {u.active ? (
                      <Menu.Item color="red" leftSection={<IconLock size={16} />} onClick={() => onAction('deactivate', u)}>
                        Khóa tài khoản
                      </Menu.Item>
                    ) : (
                      <Menu.Item leftSection={<IconLockOpen size={16} />} onClick={() => onAction('activate', u)}>
                        Mở khóa tài khoản
                      </Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
