import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/client';

export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error && err.message) return err.message;
  return 'Đã có lỗi xảy ra.';
}

export function notifyError(err: unknown, title = 'Không thực hiện được'): void {
  const message = errorMessage(err);
  notifications.show({
    id: `err-${message}`,
    title,
    message,
    color: 'red',
    autoClose: 8000,
  });
}

export function notifySuccess(message: string): void {
  notifications.show({ message, color: 'teal', autoClose: 4000 });
}
