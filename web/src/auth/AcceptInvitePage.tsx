import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useAcceptInvite } from '../api/auth';
import { errorMessage } from '../lib/notify';
import { AuthFrame } from './AuthFrame';
import { PasswordFields, isNewPasswordValid, type NewPassword } from './PasswordFields';

/** /moi/:token — someone invited by an administrator sets their password. */
export function AcceptInvitePage() {
  const { token = '' } = useParams();
  const accept = useAcceptInvite();
  const [value, setValue] = useState<NewPassword>({ password: '', confirm: '' });

  if (accept.isSuccess) {
    return (
      <AuthFrame title="Đã kích hoạt tài khoản">
        <Stack>
          <Alert color="teal" icon={<IconCircleCheck size={18} />}>
            Mật khẩu đã được đặt. Bạn có thể đăng nhập bằng tên đăng nhập được cấp.
          </Alert>
          <Button component={Link} to="/dang-nhap">
            Đến trang đăng nhập
          </Button>
        </Stack>
      </AuthFrame>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!isNewPasswordValid(value)) return;
    accept.mutate({ token, password: value.password });
  };

  return (
    <AuthFrame title="Nhận lời mời" subtitle="Đặt mật khẩu để bắt đầu sử dụng tài khoản được cấp cho bạn.">
      <form onSubmit={submit} noValidate>
        <Stack>
          {accept.isError && (
            <Alert color="red" role="alert">
              {errorMessage(accept.error)}
            </Alert>
          )}
          <PasswordFields value={value} onChange={setValue} autoFocus />
          <Button type="submit" loading={accept.isPending} disabled={!isNewPasswordValid(value)}>
            Đặt mật khẩu
          </Button>
          <Text size="sm" c="dimmed" ta="center">
            Đã có mật khẩu?{' '}
            <Anchor component={Link} to="/dang-nhap">
              Đăng nhập
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthFrame>
  );
}
