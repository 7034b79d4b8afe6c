import { Navigate, Outlet, useLocation } from 'react-router';
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { useMe } from '../api/auth';
import { errorMessage } from '../lib/notify';
import { ChangePasswordPage } from './ChangePasswordPage';

/** Signed-in part of the app: loads the session, sends strangers to sign in, forces a password change. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Đang tải" />
      </Center>
    );
  }
  if (me.isError) {
    return (
      <Center h="100vh">
        <Stack align="center">
          <Alert color="red" title="Không kết nối được tới máy chủ">
            {errorMessage(me.error)}
          </Alert>
          <Button onClick={() => me.refetch()}>Thử lại</Button>
        </Stack>
      </Center>
    );
  }
  if (!me.data) {
    const next = location.pathname + location.search;
    const target = next && next !== '/' ? `/dang-nhap?next=${encodeURIComponent(next)}` : '/dang-nhap';
    return <Navigate to={target} replace />;
  }
  if (me.data.user.mustChangePassword) return <ChangePasswordPage forced />;
  return <Outlet />;
}
