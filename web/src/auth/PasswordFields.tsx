import { PasswordInput, Stack } from '@mantine/core';

export const MIN_PASSWORD_LENGTH = 8;

export interface NewPassword {
  password: string;
  confirm: string;
}

export function newPasswordError(v: NewPassword): string | null {
  if (v.password.length > 0 && v.password.length < MIN_PASSWORD_LENGTH)
    return `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`;
  return null;
}

export function confirmError(v: NewPassword): string | null {
  if (v.confirm.length > 0 && v.confirm !== v.password) return 'Mật khẩu nhập lại không khớp.';
  return null;
}

export function isNewPasswordValid(v: NewPassword): boolean {
  return v.password.length >= MIN_PASSWORD_LENGTH && v.password === v.confirm;
}

/** "New password" + "repeat it", with inline checks. */
export function PasswordFields({
  value,
  onChange,
  autoFocus,
}: {
  value: NewPassword;
  onChange: (v: NewPassword) => void;
  autoFocus?: boolean;
}) {
  return (
    <Stack gap="sm">
      <PasswordInput
        label="Mật khẩu mới"
        description={`Ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`}
        autoComplete="new-password"
        required
        autoFocus={autoFocus}
        value={value.password}
        error={newPasswordError(value)}
        onChange={(e) => onChange({ ...value, password: e.currentTarget.value })}
      />
      <PasswordInput
        label="Nhập lại mật khẩu mới"
        autoComplete="new-password"
        required
        value={value.confirm}
        error={confirmError(value)}
        onChange={(e) => onChange({ ...value, confirm: e.currentTarget.value })}
      />
    </Stack>
  );
}
