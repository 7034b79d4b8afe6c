import { useEffect, useState } from 'react';
import { ActionIcon, Badge, Button, Divider, Group, Modal, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useAddRole, useRemoveRole } from '../api/users';
import type { Role, User } from '../api/types';
import { ROLE_COLORS, ROLE_OPTIONS, roleLabel } from '../lib/format';
import { notifySuccess } from '../lib/notify';
import { ErrorAlert } from '../components/ErrorAlert';
import { UnitPicker } from '../components/UnitPicker';

/** A user's role assignments: add or change a role at a unit, remove one. */
export function RolesModal({
  user,
  onClose,
  scope,
}: {
  user: User | null;
  onClose: () => void;
  scope: { id: number; name: string };
}) {
  const add = useAddRole();
  const remove = useRemoveRole();
  const [unit, setUnit] = useState<{ id: number; name: string } | null>(null);
  const [role, setRole] = useState<Role>('viewer');
  // The list shown is the latest answer of the server (the page's list refreshes behind the modal).
  const [current, setCurrent] = useState<User | null>(user);

  useEffect(() => {
    setCurrent(user);
    if (user) {
      // The safest default: the user's own unit, not the (possibly much wider) unit being managed.
      setUnit({ id: user.unitId, name: user.unitName });
      setRole('viewer');
      add.reset();
      remove.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user]);

  const submit = () => {
    if (!current || !unit) return;
    add.mutate(
      { userId: current.id, unitId: unit.id, role },
      {
        onSuccess: (u) => {
          setCurrent(u);
          notifySuccess(`Đã giao vai trò ${roleLabel(role)} tại “${unit.name}”.`);
        },
      },
    );
  };

  return (
    <Modal opened={user !== null} onClose={onClose} title="Phân quyền" size="lg">
      {current && (
        <Stack gap="sm">
          <Text size="sm">
            <b>{current.fullName}</b> ({current.username})
          </Text>
          <ErrorAlert error={add.error ?? remove.error} />
          <Table withTableBorder verticalSpacing={6} data-testid="role-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Đơn vị</Table.Th>
                <Table.Th w={180}>Vai trò</Table.Th>
                <Table.Th w={50} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {current.roles.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.unitName}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={ROLE_COLORS[r.role]}>
                      {roleLabel(r.role)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label="Thu hồi vai trò">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Thu hồi vai trò ${roleLabel(r.role)} tại ${r.unitName}`}
                        loading={remove.isPending && remove.variables?.roleId === r.id}
                        onClick={() =>
                          remove.mutate({ userId: current.id, roleId: r.id }, { onSuccess: (u) => setCurrent(u) })
                        }
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
              {current.roles.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={3}>
                    <Text size="sm" c="dimmed">
                      Chưa được giao vai trò nào.
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
          <Divider label="Giao thêm hoặc thay đổi vai trò" labelPosition="left" />
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <UnitPicker
              label="Đơn vị"
              value={unit}
              onChange={(u) => setUnit(u ? { id: u.id, name: u.name } : null)}
              under={scope.id}
              style={{ flex: 1 }}
            />
            <Select
              label="Vai trò"
              data={ROLE_OPTIONS}
              value={role}
              allowDeselect={false}
              onChange={(r) => r && setRole(r as Role)}
              w={200}
            />
            <Button onClick={submit} loading={add.isPending} disabled={!unit}>
              Giao
            </Button>
          </Group>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Đóng
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
