import { ActionIcon, Button, Code, CopyButton, Group, Paper, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { IconCalendarShare, IconCheck, IconCopy } from '@tabler/icons-react';
import { useCalendarFeed, useRotateCalendarFeed } from '../api';
import { errorMessage } from '../../lib/notify';

/** The unit's iCalendar link, to subscribe from Google Calendar, Outlook or a phone. */
export function FeedLink({ unit }: { unit: { id: number; name: string } | null }) {
  const q = useCalendarFeed(unit?.id ?? null);
  const rotate = useRotateCalendarFeed(unit?.id ?? null);
  const url = q.data ? `${window.location.origin}${q.data.url}` : '';
  return (
    <Paper withBorder p="md">
      <Group gap="xs" mb={6}>
        <IconCalendarShare size={18} color="var(--mantine-color-blue-7)" />
        <Text fw={600} size="sm">
          Đưa lịch vào Google Calendar, Outlook, điện thoại
        </Text>
      </Group>
      {!unit ? (
        <Text size="sm" c="dimmed">
          Chọn một đơn vị để lấy đường dẫn lịch.
        </Text>
      ) : q.isPending ? (
        <Skeleton h={36} />
      ) : q.isError ? (
        <Text size="sm" c="red">
          {errorMessage(q.error)}
        </Text>
      ) : (
        <Stack gap={6}>
          <Group gap="xs" wrap="nowrap">
            <Code block className="tt-secret" style={{ flex: 1, fontSize: 12, whiteSpace: 'pre-wrap' }} data-testid="feed-url">
              {url}
            </Code>
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? 'Đã sao chép' : 'Sao chép đường dẫn'} withArrow>
                  <ActionIcon variant="light" color={copied ? 'teal' : 'blue'} size="lg" onClick={copy} aria-label="Sao chép đường dẫn lịch">
                    {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
          <Text size="xs" c="dimmed">
            Lịch các đợt, ngày kỷ niệm và thời hạn của <b>{unit.name}</b>, tự cập nhật. Google Calendar: “Lịch khác” → “Từ
            URL”, dán đường dẫn. Outlook: “Thêm lịch” → “Đăng ký từ web”. Đường dẫn có mã truy cập riêng: chỉ chia sẻ trong
            đơn vị.
          </Text>
          <Group gap="xs">
            <Button
              size="compact-xs"
              variant="subtle"
              loading={rotate.isPending}
              onClick={() => {
                if (window.confirm('Tạo đường dẫn mới? Đường dẫn cũ sẽ không dùng được nữa ở mọi nơi đã đăng ký.')) rotate.mutate();
              }}
            >
              Đổi đường dẫn
            </Button>
            {rotate.isError && (
              <Text size="xs" c="red">
                {errorMessage(rotate.error)}
              </Text>
            )}
            {rotate.isSuccess && (
              <Text size="xs" c="teal">
                Đã tạo đường dẫn mới; đường dẫn cũ không còn dùng được.
              </Text>
            )}
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
