import { useEffect, useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useUpdateUser } from '../api/users';
import type { User } from '../api/types';
import { notifySuccess } from '../lib/notify';
import { ErrorAlert } from '../components/ErrorAlert';

export function EditUserModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const update = useUpdateUser();
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [active, setActive] = useState(true);

  useEffect(() => {
    if (user) {
      setFullName(user.fullName);
      setEmail(user.email ?? '');
      setActive(user.active);
      update.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!user || !fullName.trim()) return;
    update.mutate(
      { id: user.id, fullName: fullName.trim(), email: email.trim() || null, active },
      {
        onSuccess: () => {
          notifySuccess('Đã lưu thông tin người dùng.');
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened={user !== null} onClose={onClose} title="Sửa người dùng" size="md">
      {user && (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              Tên đăng nhập: <b>{user.username}</b> · Đơn vị: {user.unitName}
            </Text>
            <ErrorAlert error={update.error} />
            <TextInput
              label="Họ và tên"
              required
              data-autofocus
              value={fullName}
              onChange={(e) => setFullName(e.currentTarget.value)}
            />
            <TextInput label="Thư điện tử" type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <Switch
              label="Tài khoản đang hoạt động"
              description="Tắt để khóa tài khoản: người dùng không đăng nhập được nữa."
              checked={active}
              onChange={(e) => setActive(e.currentTarget.checked)}
            />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={onClose}>
                Hủy
              </Button>
              <Button type="submit" loading={update.isPending} disabled={!fullName.trim()}>
                Lưu
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
