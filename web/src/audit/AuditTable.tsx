import { Fragment, useState } from 'react';
import { ActionIcon, Code, Skeleton, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { AuditEntry } from '../api/types';
import { formatDateTime } from '../lib/format';
import { actionLabel, entityLabel } from './labels';

export function AuditTable({ entries, loading }: { entries: AuditEntry[]; loading: boolean }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing={6} highlightOnHover data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36} />
            <Table.Th w={140}>Thời gian</Table.Th>
            <Table.Th w={170}>Người thực hiện</Table.Th>
            <Table.Th w={200}>Đơn vị</Table.Th>
            <Table.Th w={150}>Hành động</Table.Th>
            <Table.Th>Nội dung</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading &&
            [0, 1, 2, 3].map((i) => (
              <Table.Tr key={i}>
                <Table.Td colSpan={6}>
                  <Skeleton h={18} />
                </Table.Td>
              </Table.Tr>
            ))}
          {!loading && entries.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Text size="sm" c="dimmed" ta="center" py="md">
                  Không có mục nhật ký nào phù hợp.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {entries.map((e) => {
            const id = String(e.id);
            const isOpen = open.has(id);
            const hasDetails = e.details !== null && e.details !== undefined;
            return (
              <Fragment key={id}>
                <Table.Tr>
                  <Table.Td>
                    {hasDetails && (
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        size="sm"
                        aria-expanded={isOpen}
                        aria-label={isOpen ? 'Ẩn chi tiết' : 'Xem chi tiết'}
                        onClick={() => toggle(id)}
                      >
                        {isOpen ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
                      </ActionIcon>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(e.at)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{e.actorName ?? 'Hệ thống'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{e.unitName ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{actionLabel(e.action)}</Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {e.action}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{e.summary}</Text>
                    <Text size="xs" c="dimmed">
                      {entityLabel(e.entity)}
                      {e.entityId ? ` #${e.entityId}` : ''}
                    </Text>
                  </Table.Td>
                </Table.Tr>
                {isOpen && (
                  <Table.Tr>
                    <Table.Td />
                    <Table.Td colSpan={5}>
                      <Code block fz="xs">
                        {JSON.stringify(e.details, null, 2)}
                      </Code>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
