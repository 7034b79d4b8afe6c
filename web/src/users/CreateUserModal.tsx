import { useEffect, useState, type FormEvent } from 'react';
import { Button, Group, Modal, PasswordInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useCreateUser } from '../api/users';
import type { CreateUserResponse, Role } from '../api/types';
import { ROLE_OPTIONS } from '../lib/format';
import { ErrorAlert } from '../components/ErrorAlert';
import { UnitPicker } from '../components/UnitPicker';
import { MIN_PASSWORD_LENGTH } from '../auth/PasswordFields';

interface Values {
  username: string;
  fullName: string;
  email: string;
  unit: { id: number; name: string } | null;
  role: Role;
  mode: 'invite' | 'password';
  password: string;
}

export function CreateUserModal({
  opened,
  onClose,
  unit,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  unit: { id: number; name: string };
  onCreated: (res: CreateUserResponse) => void;
}) {
  const create = useCreateUser();
  const blank = (): Values => ({ username: '', fullName: '', email: '', unit, role: 'viewer', mode: 'invite', password: '' });
  const [v, setV] = useState<Values>(blank);

  useEffect(() => {
    if (opened) {
      setV(blank());
      create.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  const usernameOk = /^[a-zA-Z0-9._-]{3,}$/.test(v.username.trim());
  const passwordOk = v.mode === 'invite' || v.password.length >= MIN_PASSWORD_LENGTH;
  const valid = usernameOk && v.fullName.trim() !== '' && v.unit !== null && passwordOk;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!valid || !v.unit) return;
    create.mutate(
      {
        username: v.username.trim(),
        fullName: v.fullName.trim(),
        email: v.email.trim() || null,
        unitId: v.unit.id,
        role: v.role,
        ...(v.mode === 'password' ? { password: v.password } : {}),
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Thêm người dùng" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={create.error} />
          <Group grow align="flex-start">
            <TextInput
              label="Tên đăng nhập"
              description="Chữ không dấu, số, dấu chấm"
              required
              data-autofocus
              value={v.username}
              error={v.username && !usernameOk ? 'Ít nhất 3 ký tự: chữ không dấu, số, . _ -' : null}
              onChange={(e) => setV({ ...v, username: e.currentTarget.value })}
            />
            <TextInput
              label="Họ và tên"
              description=" "
              required
              value={v.fullName}
              onChange={(e) => setV({ ...v, fullName: e.currentTarget.value })}
            />
          </Group>
          <TextInput
            label="Thư điện tử"
            type="email"
            value={v.email}
            onChange={(e) => setV({ ...v, email: e.currentTarget.value })}
          />
          <UnitPicker
            label="Đơn vị"
            required
            value={v.unit}
            onChange={(u) => setV({ ...v, unit: u ? { id: u.id, name: u.name } : null })}
            under={unit.id}
          />
          <Select
            label="Vai trò tại đơn vị"
            required
            data={ROLE_OPTIONS}
            value={v.role}
            allowDeselect={false}
            onChange={(r) => r && setV({ ...v, role: r as Role })}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Cách kích hoạt tài khoản
            </Text>
            <SegmentedControl
              aria-label="Cách kích hoạt tài khoản"
              value={v.mode}
              onChange={(m) => setV({ ...v, mode: m as Values['mode'] })}
              data={[
                { value: 'invite', label: 'Gửi đường dẫn mời' },
                { value: 'password', label: 'Đặt mật khẩu ngay' },
              ]}
            />
          </Stack>
          {v.mode === 'password' ? (
            <PasswordInput
              label="Mật khẩu"
              description={`Ít nhất ${MIN_PASSWORD_LENGTH} ký tự`}
              autoComplete="new-password"
              required
              value={v.password}
              error={v.password && !passwordOk ? `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.` : null}
              onChange={(e) => setV({ ...v, password: e.currentTarget.value })}
            />
          ) : (
            <Text size="sm" c="dimmed">
              Sau khi tạo, hệ thống hiển thị đường dẫn mời để người dùng tự đặt mật khẩu.
            </Text>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!valid}>
              Tạo tài khoản
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
