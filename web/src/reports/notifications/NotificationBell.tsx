import { useNavigate } from 'react-router';
import { ActionIcon, Button, Divider, Indicator, Popover, ScrollArea, Stack, Text, ThemeIcon, UnstyledButton, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowBack, IconBell, IconClock, IconClockExclamation, IconInfoCircle } from '@tabler/icons-react';
import { useSession } from '../../api/auth';
import { formatDateTime } from '../../lib/format';
import { useMarkNoticesRead, useNotifications } from '../api/reports';

const KIND: Record<string, { icon: typeof IconBell; color: string; label: string }> = {
  'report-due-soon': { icon: IconClock, color: 'orange', label: 'Sắp đến hạn báo cáo' },
  'report-overdue': { icon: IconClockExclamation, color: 'red', label: 'Báo cáo quá hạn' },
  'report-missing': { icon: IconAlertTriangle, color: 'red', label: 'Đơn vị trực thuộc chưa nộp báo cáo' },
  'report-returned': { icon: IconArrowBack, color: 'grape', label: 'Báo cáo bị trả lại' },
};

/** Unread notices of the user's units: report reminders and returned reports, each with its link. */
export function NotificationBell() {
  const { roots } = useSession();
  const ids = roots.map((r) => r.id);
  const q = useNotifications(ids);
  const markRead = useMarkNoticesRead();
  const [opened, { toggle, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const items = q.data ?? [];
  const many = roots.length > 1;

  return (
    <Popover opened={opened} onChange={(o) => !o && close()} position="bottom-end" width={420} shadow="md" withinPortal>
      <Popover.Target>
        <Indicator label={items.length > 99 ? '99+' : items.length} size={16} color="red" disabled={items.length === 0} offset={4}>
          <ActionIcon variant="subtle" color="gray" size="lg" onClick={toggle} aria-label={`Thông báo (${items.length} chưa đọc)`} data-testid="notification-bell">
            <IconBell size={20} stroke={1.6} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="md" py="sm">
          <Text fw={700} size="sm">
            Thông báo
          </Text>
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {items.length} chưa đọc
            </Text>
            {items.length > 0 && (
              <Button size="compact-xs" variant="subtle" onClick={() => markRead.mutate(ids.map((unitId) => ({ unitId })))} loading={markRead.isPending}>
                Đánh dấu tất cả đã đọc
              </Button>
            )}
          </Group>
        </Group>
        <Divider />
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" py="lg">
            Không có thông báo mới.
          </Text>
        ) : (
          <ScrollArea.Autosize mah={420}>
            <Stack gap={0} role="list" aria-label="Danh sách thông báo">
              {items.map((n) => {
                const k = KIND[n.kind] ?? { icon: IconInfoCircle, color: 'blue', label: 'Thông báo' };
                const unit = roots.find((r) => r.id === n.unitId);
                return (
                  <UnstyledButton
                    key={`${n.unitId}-${n.id}`}
                    role="listitem"
                    className="tt-search-result"
                    px="md"
                    py="xs"
                    style={{ borderBottom: '1px solid var(--mantine-color-gray-2)', borderRadius: 0 }}
                    onClick={() => {
                      close();
                      markRead.mutate([{ unitId: n.unitId, ids: [n.id] }]);
                      if (n.link) navigate(n.link);
                    }}
                  >
                    <Group gap="sm" wrap="nowrap" align="flex-start">
                      <ThemeIcon variant="light" color={k.color} size="md" mt={2}>
                        <k.icon size={16} />
                      </ThemeIcon>
                      <Stack gap={2} style={{ minWidth: 0 }}>
                        <Text size="xs" fw={600} c={`${k.color}.8`}>
                          {k.label}
                          {many && unit ? ` · ${unit.name}` : ''}
                        </Text>
                        <Text size="sm" lineClamp={3}>
                          {n.message}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {formatDateTime(n.createdAt)}
                        </Text>
                      </Stack>
                    </Group>
                  </UnstyledButton>
                );
              })}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
