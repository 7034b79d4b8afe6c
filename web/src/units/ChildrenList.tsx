import { Link } from 'react-router';
import { Anchor, Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useUnitChildren } from '../api/units';
import type { UnitDetail } from '../api/types';
import { kindLabel } from '../lib/format';
import { KindIcon } from './KindIcon';

/** The open unit's direct children, for browsing down. */
export function ChildrenList({ unit, showRetired }: { unit: UnitDetail; showRetired: boolean }) {
  const q = useUnitChildren(unit.id, showRetired, true);
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="children-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5" id="children-title">
          Đơn vị trực thuộc
        </Title>
        <Text size="sm" c="dimmed">
          {unit.childCount} đơn vị
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={680}>
        <Table highlightOnHover verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th miw={240}>Tên đơn vị</Table.Th>
              <Table.Th w={190}>Loại</Table.Th>
              <Table.Th w={120}>Mã</Table.Th>
              <Table.Th w={110} ta="right">
                Trực thuộc
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <KindIcon kind={c.kind} />
                    <Anchor component={Link} to={`/don-vi/${c.id}`} size="sm" c={c.retiredAt ? 'dimmed' : undefined}>
                      {c.name}
                    </Anchor>
                    {c.retiredAt && (
                      <Badge size="xs" color="gray" variant="light">
                        Giải thể
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{kindLabel(c.kind)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {c.code ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{c.childCount}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
            {q.isSuccess && items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text size="sm" c="dimmed">
                    Không có đơn vị trực thuộc đang hoạt động.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {q.hasNextPage && (
        <Button variant="subtle" size="xs" mt="xs" loading={q.isFetchingNextPage} onClick={() => q.fetchNextPage()}>
          Tải thêm
        </Button>
      )}
    </Paper>
  );
}
