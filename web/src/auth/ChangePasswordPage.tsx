import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Group, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useChangePassword, useLogout } from '../api/auth';
import { errorMessage, notifySuccess } from '../lib/notify';
import { AuthFrame } from './AuthFrame';
import { PasswordFields, isNewPasswordValid, type NewPassword } from './PasswordFields';

/** Change one's own password; `forced` when the account must change it before anything else. */
export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const change = useChangePassword();
  const logout = useLogout();
  const navigate = useNavigate();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPassword>({ password: '', confirm: '' });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!current || !isNewPasswordValid(next)) return;
    change.mutate(
      { currentPassword: current, newPassword: next.password },
      {
        onSuccess: () => {
          notifySuccess('Đã đổi mật khẩu.');
          if (!forced) navigate('/');
        },
      },
    );
  };

  const form = (
    <form onSubmit={submit} noValidate>
      <Stack>
        {change.isError && (
          <Alert color="red" role="alert">
            {errorMessage(change.error)}
          </Alert>
        )}
        <PasswordInput
          label={forced ? 'Mật khẩu hiện tại (mật khẩu tạm)' : 'Mật khẩu hiện tại'}
          autoComplete="current-password"
          required
          autoFocus
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
        />
        <PasswordFields value={next} onChange={setNext} />
        <Group justify={forced ? 'space-between' : 'flex-end'} mt="xs">
          {forced && (
            <Button variant="subtle" color="gray" onClick={() => logout.mutate()}>
              Đăng xuất
            </Button>
          )}
          <Button type="submit" loading={change.isPending} disabled={!current || !isNewPasswordValid(next)}>
            Đổi mật khẩu
          </Button>
        </Group>
      </Stack>
    </form>
  );

  if (forced) {
    return (
      <AuthFrame title="Đổi mật khẩu" subtitle="Tài khoản của bạn cần đặt mật khẩu mới trước khi tiếp tục.">
        {form}
      </AuthFrame>
    );
  }
  return (
    <Paper withBorder p="lg" maw={480}>
      <Title order={2} size="h3" mb="md">
        Đổi mật khẩu
      </Title>
      {form}
    </Paper>
  );
}
