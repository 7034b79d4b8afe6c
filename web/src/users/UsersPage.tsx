import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { Alert, Button, Group, Paper, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useUnit } from '../api/units';
import { useResetPassword, useUnitUsers, useUpdateUser } from '../api/users';
import type { CreateUserResponse, User } from '../api/types';
import { useCurrentUnit } from '../layout/currentUnit';
import { notifySuccess } from '../lib/notify';
import { parseId } from '../units/UnitsPage';
import { UnitScopeHeader } from '../components/UnitScopeHeader';
import { SecretModal, type Secret } from '../components/SecretModal';
import { ConfirmModal } from '../components/ConfirmModal';
import { UsersTable, type UserAction } from './UsersTable';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { RolesModal } from './RolesModal';
import { usePageTitle } from '../lib/title';

/** /nguoi-dung/:unitId — accounts whose home unit is in the unit's subtree (administrators). */
export function UsersPage() {
  const unitId = parseId(useParams().unitId) ?? 0;
  const unit = useUnit(unitId);
  const { setUnitId } = useCurrentUnit();
  usePageTitle(unit.data ? `Người dùng · ${unit.data.name}` : 'Người dùng');
  useEffect(() => {
    if (unit.isSuccess) setUnitId(unitId);
  }, [unit.isSuccess, unitId, setUnitId]);

  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const allowed = unit.data?.canAdminister === true;

  return (
    <Stack gap="md">
      <UnitScopeHeader title="Người dùng" unit={unit.data} section="nguoi-dung" />
      {unit.data && !allowed && (
        <Alert color="yellow" title="Không có quyền">
          Chỉ quản trị của đơn vị mới xem và quản lý được người dùng.
        </Alert>
      )}
      {unit.data && allowed && <UsersSection unit={unit.data} q={q} setQ={setQ} debounced={debounced} />}
    </Stack>
  );
}

function UsersSection({
  unit,
  q,
  setQ,
  debounced,
}: {
  unit: { id: number; name: string };
  q: string;
  setQ: (v: string) => void;
  debounced: string;
}) {
  const list = useUnitUsers(unit.id, debounced);
  const users = list.data?.pages.flatMap((p) => p.items) ?? [];
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [roles, setRoles] = useState<User | null>(null);
  const [confirm, setConfirm] = useState<{ action: 'reset' | 'deactivate' | 'activate'; user: User } | null>(null);
  const [secret, setSecret] = useState<Secret | null>(null);
  const reset = useResetPassword();
  const update = useUpdateUser();

  const onAction = (action: UserAction, user: User) => {
    if (action === 'edit') setEditing(user);
    else if (action === 'roles') setRoles(user);
    else {
      reset.reset();
      update.reset();
      setConfirm({ action, user });
    }
  };

  const onCreated = (res: CreateUserResponse) => {
    setCreating(false);
    notifySuccess(`Đã tạo tài khoản “${res.user.username}”.`);
    if (res.inviteToken) {
      setSecret({
        title: 'Đường dẫn mời',
        intro: `Gửi đường dẫn này cho ${res.user.fullName} để tự đặt mật khẩu và kích hoạt tài khoản.`,
        label: 'Đường dẫn mời',
        value: `${window.location.origin}/moi/${res.inviteToken}`,
      });
    } else if (res.temporaryPassword) {
      setSecret({
        title: 'Mật khẩu tạm thời',
        intro: `Tài khoản “${res.user.username}” đã sẵn sàng. Người dùng phải đổi mật khẩu ở lần đăng nhập đầu.`,
        label: 'Mật khẩu tạm thời',
        value: res.temporaryPassword,
      });
    }
  };

  const doConfirm = () => {
    if (!confirm) return;
    const { user, action } = confirm;
    if (action === 'reset') {
      reset.mutate(user.id, {
        onSuccess: (r) => {
          setConfirm(null);
          setSecret({
            title: 'Mật khẩu tạm thời',
            intro: `Mật khẩu của “${user.username}” đã được đặt lại. Người dùng phải đổi mật khẩu ở lần đăng nhập tới.`,
            label: 'Mật khẩu tạm thời',
            value: r.temporaryPassword,
          });
        },
      });
    } else {
      update.mutate(
        { id: user.id, active: action === 'activate' },
        {
          onSuccess: () => {
            setConfirm(null);
            notifySuccess(action === 'activate' ? 'Đã mở khóa tài khoản.' : 'Đã khóa tài khoản.');
          },
        },
      );
    }
  };

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="md">
        <TextInput
          placeholder="Tìm theo tên, tên đăng nhập, thư điện tử"
          aria-label="Tìm người dùng"
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={360}
        />
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => setCreating(true)}>
          Thêm người dùng
        </Button>
      </Group>
      <UsersTable users={users} loading={list.isPending} onAction={onAction} />
      {list.hasNextPage && (
        <Group justify="center" mt="md">
          <Button variant="light" loading={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
            Tải thêm
          </Button>
        </Group>
      )}

      <CreateUserModal opened={creating} onClose={() => setCreating(false)} unit={unit} onCreated={onCreated} />
      <EditUserModal user={editing} onClose={() => setEditing(null)} />
      <RolesModal user={roles} onClose={() => setRoles(null)} scope={unit} />
      <SecretModal secret={secret} onClose={() => setSecret(null)} />
      <ConfirmModal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={
          confirm?.action === 'reset' ? 'Đặt lại mật khẩu' : confirm?.action === 'activate' ? 'Mở khóa tài khoản' : 'Khóa tài khoản'
        }
        confirmLabel={confirm?.action === 'reset' ? 'Đặt lại' : confirm?.action === 'activate' ? 'Mở khóa' : 'Khóa'}
        color={confirm?.action === 'activate' ? 'teal' : 'red'}
        loading={reset.isPending || update.isPending}
        error={reset.error ?? update.error}
        onConfirm={doConfirm}
      >
        {confirm?.action === 'reset' && (
          <>
            Tạo mật khẩu tạm thời mới cho <b>{confirm.user.fullName}</b> ({confirm.user.username})? Mật khẩu cũ sẽ không dùng
            được nữa.
          </>
        )}
        {confirm?.action === 'deactivate' && (
          <>
            Khóa tài khoản <b>{confirm.user.fullName}</b> ({confirm.user.username})? Người dùng sẽ không đăng nhập được cho tới
            khi được mở khóa.
          </>
        )}
        {confirm?.action === 'activate' && (
          <>
            Mở khóa tài khoản <b>{confirm.user.fullName}</b> ({confirm.user.username})?
          </>
        )}
      </ConfirmModal>
    </Paper>
  );
}
