import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { formatDate } from '../../lib/format';
import type { ExpectedReport, Timeliness } from '../api/types';
import { TIMELINESS } from '../api/types';
import { StatusBadge, TimelinessBadge } from '../common/Badges';
import { TIMELINESS_LABELS } from '../common/labels';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
const PAGE = 50;

type Filter = 'all' | 'awaiting' | Timeliness;

/** Reports expected from the units below: who sent what, who is late; open sent ones to accept or return. */
export function SubReportsTable({ items }: { items: ExpectedReport[] }) {
  const awaiting = items.filter((i) => i.status === 'submitted').length;
  const [filter, setFilter] = useState<Filter>(awaiting > 0 ? 'awaiting' : 'all');
  const [q, setQ] = useState('');
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(() => {
    const key = fold(q.trim());
    return items
      .filter((i) => (filter === 'all' ? true : filter === 'awaiting' ? i.status === 'submitted' : i.timeliness === filter))
      .filter((i) => !key || fold(i.unitName).includes(key))
      .sort((a, b) => b.dueOn.localeCompare(a.dueOn) || a.unitName.localeCompare(b.unitName, 'vi'));
  }, [items, filter, q]);

  const options = [
    { value: 'all', label: `Tất cả (${items.length})` },
    { value: 'awaiting', label: `Chờ tiếp nhận (${awaiting})` },
    ...TIMELINESS.map((t) => ({ value: t, label: `${TIMELINESS_LABELS[t]} (${items.filter((i) => i.timeliness === t).length})` })),
  ];

  return (
    <>
      <Group gap="sm" mb="sm">
        <Select
          label="Tình trạng"
          data={options}
          value={filter}
          onChange={(v) => {
            setFilter((v as Filter | null) ?? 'all');
            setShown(PAGE);
          }}
          allowDeselect={false}
          w={240}
        />
        <TextInput
          label="Đơn vị"
          placeholder="Tìm theo tên đơn vị"
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={260}
        />
      </Group>
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing={6} highlightOnHover data-testid="sub-reports">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Đơn vị</Table.Th>
              <Table.Th w={120}>Kỳ báo cáo</Table.Th>
              <Table.Th>Kế hoạch</Table.Th>
              <Table.Th w={100}>Hạn nộp</Table.Th>
              <Table.Th w={200}>Tình trạng</Table.Th>
              <Table.Th w={90} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text size="sm" c="dimmed" ta="center" py="md">
                    Không có báo cáo nào phù hợp.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {rows.slice(0, shown).map((it) => (
              <Table.Tr key={`${it.planId}|${it.unitId}|${it.periodKey}`}>
                <Table.Td>
                  <Text size="sm">{it.unitName}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{it.periodLabel}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" lineClamp={1} title={it.planTitle}>
                    {it.planTitle}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(it.dueOn)}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <TimelinessBadge value={it.timeliness} />
                    {it.status === 'submitted' && <StatusBadge value="submitted" size="xs" />}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">
                  {it.reportId && it.status !== 'draft' && (
                    <Button component={Link} to={`/bao-cao/${it.reportId}`} size="xs" variant="light" aria-label={`Xem báo cáo ${it.periodLabel} của ${it.unitName}`}>
                      Xem
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length > shown && (
        <Group justify="center" mt="sm">
          <Button variant="light" onClick={() => setShown((n) => n + PAGE)}>
            Xem thêm ({rows.length - shown})
          </Button>
        </Group>
      )}
    </>
  );
}
