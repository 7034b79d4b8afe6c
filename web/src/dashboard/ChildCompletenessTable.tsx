import { Anchor, Table, Text } from '@mantine/core';
import type { Completeness } from '../reports/api/types';
import { TIMELINESS } from '../reports/api/types';
import { TIMELINESS_COLORS, TIMELINESS_LABELS } from '../reports/common/labels';

const SHORT: Record<string, string> = {
  on_time: 'Đúng hạn',
  late: 'Muộn',
  missing: 'Quá hạn',
  returned: 'Trả lại',
  in_progress: 'Đang soạn',
  not_due: 'Chưa đến hạn',
};

/** Counts per child unit; a unit's name drills down into its own subtree. */
export function ChildCompletenessTable({ data, onDrill }: { data: Completeness | undefined; onDrill: (unitId: number) => void }) {
  const rows = data?.byChild ?? [];
  return (
    <Table.ScrollContainer minWidth={700} mah={440}>
      <Table verticalSpacing={5} highlightOnHover stickyHeader data-testid="child-completeness">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Đơn vị</Table.Th>
            <Table.Th ta="right" w={70}>
              Phải nộp
            </Table.Th>
            {TIMELINESS.map((t) => (
              <Table.Th key={t} ta="right" w={t === 'not_due' ? 90 : 70} title={TIMELINESS_LABELS[t]}>
                <Text span size="xs" fw={700} c={`${TIMELINESS_COLORS[t]}.8`}>
                  {SHORT[t]}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={8}>
                <Text size="sm" c="dimmed" ta="center" py="md">
                  Không có đơn vị trực thuộc nào phải báo cáo trong khoảng thời gian này.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {rows.map((r) => {
            const total = TIMELINESS.reduce((s, t) => s + r.counts[t], 0);
            return (
              <Table.Tr key={r.unitId} data-unit={r.unitId}>
                <Table.Td>
                  <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onDrill(r.unitId)} title="Xem tổng quan của đơn vị này">
                    {r.name}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" fw={600}>
                    {total}
                  </Text>
                </Table.Td>
                {TIMELINESS.map((t) => (
                  <Table.Td key={t} ta="right">
                    <Text size="sm" c={r.counts[t] === 0 ? 'gray.4' : t === 'missing' ? 'red.7' : undefined} fw={t === 'missing' && r.counts[t] ? 700 : 400}>
                      {r.counts[t]}
                    </Text>
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function childCompletenessCsv(data: Completeness | undefined) {
  return {
    headers: ['Đơn vị', 'Phải nộp', ...TIMELINESS.map((t) => TIMELINESS_LABELS[t])],
    rows: (data?.byChild ?? []).map((r) => [r.name, TIMELINESS.reduce((s, t) => s + r.counts[t], 0), ...TIMELINESS.map((t) => r.counts[t])]),
  };
}
