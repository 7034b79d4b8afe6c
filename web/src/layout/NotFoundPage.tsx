import { Link } from 'react-router';
import { Button, Stack, Text, Title } from '@mantine/core';

export function NotFoundPage() {
  return (
    <Stack align="flex-start" gap="sm">
      <Title order={2}>Không tìm thấy trang</Title>
      <Text c="dimmed">Địa chỉ này không tồn tại hoặc đã được thay đổi.</Text>
      <Button component={Link} to="/" variant="light">
        Về trang chính
      </Button>
    </Stack>
  );
}
