import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useLogin, useMe } from '../api/auth';
import { errorMessage } from '../lib/notify';
import { AuthFrame } from './AuthFrame';
import { usePageTitle } from '../lib/title';

function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const me = useMe();
  const login = useLogin();
  const [params] = useSearchParams();
  usePageTitle('Đăng nhập');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  if (me.data) return <Navigate to={safeNext(params.get('next'))} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ username: username.trim(), password });
  };

  return (
    <AuthFrame title="Đăng nhập" subtitle="Dùng tài khoản do quản trị đơn vị cấp.">
      <form onSubmit={submit} noValidate>
        <Stack>
          {login.isError && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
              {errorMessage(login.error)}
            </Alert>
          )}
          <TextInput
            label="Tên đăng nhập"
            autoComplete="username"
            autoFocus
            required
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
          />
          <PasswordInput
            label="Mật khẩu"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={login.isPending} disabled={!username.trim() || !password} fullWidth mt="xs">
            Đăng nhập
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
