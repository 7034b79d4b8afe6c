import { Button, Stack, Table, Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { formatDate } from '../../lib/format';
import type { ExpectedReport, PlanSummary } from '../api/types';
import { StatusBadge, TimelinessBadge } from '../common/Badges';

/** The reports a unit owes: period, plan, due date, where it stands; open any of them. */
export function OwnReportsTable({
  items,
  plans,
  opening,
  onOpen,
}: {
  items: ExpectedReport[];
  plans: PlanSummary[];
  opening: string | null;
  onOpen: (item: ExpectedReport) => void;
}) {
  const number = (id: number) => plans.find((p) => p.id === id)?.number ?? null;
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing={8} highlightOnHover data-testid="own-reports">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>Kỳ báo cáo</Table.Th>
            <Table.Th>Kế hoạch</Table.Th>
            <Table.Th w={110}>Hạn nộp</Table.Th>
            <Table.Th w={230}>Tình trạng</Table.Th>
            <Table.Th w={150} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text size="sm" c="dimmed" ta="center" py="md">
                  Đơn vị không phải nộp báo cáo nào trong khoảng thời gian này.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {items.map((it) => {
            const key = `${it.planId}|${it.periodKey}`;
            return (
              <Table.Tr key={key} data-period={it.periodKey} data-plan={it.planId}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {it.periodLabel}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    {number(it.planId) && (
                      <Text size="sm" fw={500}>
                        Kế hoạch số {number(it.planId)}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed" lineClamp={1} title={it.planTitle}>
                      {it.planTitle}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(it.dueOn)}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <TimelinessBadge value={it.timeliness} />
                    {it.status && it.status !== 'draft' && it.status !== 'returned' && <StatusBadge value={it.status} size="xs" />}
                  </Stack>
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconFileText size={14} />}
                    loading={opening === key}
                    onClick={() => onOpen(it)}
                  >
                    Mở báo cáo
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
