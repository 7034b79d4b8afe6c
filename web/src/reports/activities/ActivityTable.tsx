import { ActionIcon, Anchor, Badge, Group, Menu, Skeleton, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconDots, IconExternalLink, IconPaperclip, IconPencil, IconTrash } from '@tabler/icons-react';
import { formatDate, webHref } from '../../lib/format';
import type { Activity, Indicator, PlanSummary } from '../api/types';
import { formatNumber } from '../common/indicators';
import { channelLabel } from '../common/labels';

export type ActivityAction = 'edit' | 'delete' | 'evidence';

export function ActivityTable({
  items,
  loading,
  plans,
  catalog,
  canEdit,
  onAction,
}: {
  items: Activity[];
  loading: boolean;
  plans: PlanSummary[];
  catalog: Map<string, Indicator>;
  canEdit: boolean;
  onAction: (a: ActivityAction, activity: Activity) => void;
}) {
  const planNumber = (id: number | null) => {
    if (id === null) return null;
    const p = plans.find((x) => x.id === id);
    return p ? (p.number ?? p.title) : `#${id}`;
  };
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing={6} highlightOnHover data-testid="activity-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={100}>Ngày</Table.Th>
            <Table.Th w={190}>Hình thức</Table.Th>
            <Table.Th w={140}>Kế hoạch, đợt</Table.Th>
            <Table.Th>Nội dung</Table.Th>
            <Table.Th w={220}>Số liệu</Table.Th>
            <Table.Th w={110}>Minh chứng</Table.Th>
            <Table.Th w={48} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading &&
            [0, 1, 2].map((i) => (
              <Table.Tr key={i}>
                <Table.Td colSpan={7}>
                  <Skeleton h={18} />
                </Table.Td>
              </Table.Tr>
            ))}
          {!loading && items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Text size="sm" c="dimmed" ta="center" py="md">
                  Chưa có kết quả nào phù hợp. Dùng thẻ “Nhập nhanh” để ghi nhiều kết quả cùng lúc.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {items.map((a) => (
            <Table.Tr key={a.id} data-activity-id={a.id}>
              <Table.Td>
                <Text size="sm">{formatDate(a.occurredOn)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{channelLabel(a.channel)}</Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{planNumber(a.planId) ?? <Text span c="dimmed">—</Text>}</Text>
                  {a.phaseLabel && (
                    <Text size="xs" c="dimmed">
                      {a.phaseLabel}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {a.title && (
                    <Group gap={4} wrap="nowrap">
                      {webHref(a.link) ? (
                        <Anchor href={webHref(a.link)} target="_blank" rel="noreferrer" size="sm">
                          {a.title} <IconExternalLink size={12} />
                        </Anchor>
                      ) : (
                        <Text size="sm">{a.title}</Text>
                      )}
                      {a.publishedOn && (
                        <Text size="xs" c="dimmed">
                          ({formatDate(a.publishedOn)})
                        </Text>
                      )}
                    </Group>
                  )}
                  {a.theme && <Text size="sm">{a.theme}</Text>}
                  {a.note && (
                    <Text size="xs" c="dimmed">
                      {a.note}
                    </Text>
                  )}
                  {!a.title && !a.theme && !a.note && <Text size="sm" c="dimmed">—</Text>}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {Object.entries(a.figures).map(([k, v]) => (
                    <Tooltip key={k} label={catalog.get(k)?.label ?? k}>
                      <Badge variant="light" color="blue" radius="sm" tt="none" fw={500}>
                        {formatNumber(v)} {catalog.get(k)?.measure ?? k}
                      </Badge>
                    </Tooltip>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Tooltip label="Xem, đính kèm minh chứng">
                  <Badge
                    component="button"
                    type="button"
                    variant={a.evidence.length ? 'light' : 'outline'}
                    color={a.evidence.length ? 'teal' : 'gray'}
                    leftSection={<IconPaperclip size={12} />}
                    style={{ cursor: 'pointer' }}
                    onClick={() => onAction('evidence', a)}
                    aria-label={`Minh chứng: ${a.evidence.length} tệp`}
                  >
                    {a.evidence.length}
                  </Badge>
                </Tooltip>
              </Table.Td>
              <Table.Td>
                {canEdit && (
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label="Thao tác">
                        <IconDots size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onAction('edit', a)}>
                        Sửa
                      </Menu.Item>
                      <Menu.Item leftSection={<IconPaperclip size={14} />} onClick={() => onAction('evidence', a)}>
                        Minh chứng
                      </Menu.Item>
                      <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => onAction('delete', a)}>
                        Xóa
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
