import { ScrollArea, Table, Text } from '@mantine/core';
import type { ImportRow } from '../api/types';
import { kindLabel } from '../lib/format';

export function ImportPreviewTable({ rows }: { rows: ImportRow[] }) {
  return (
    <ScrollArea.Autosize mah={360} type="auto">
      <Table striped withTableBorder verticalSpacing={4} stickyHeader data-testid="import-preview">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>Dòng</Table.Th>
            <Table.Th w={100}>Mã</Table.Th>
            <Table.Th miw={180}>Tên đơn vị</Table.Th>
            <Table.Th w={130}>Loại</Table.Th>
            <Table.Th w={100}>Mã cấp trên</Table.Th>
            <Table.Th>Lỗi</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const bad = r.errors.length > 0;
            return (
              <Table.Tr key={r.line} bg={bad ? 'red.0' : undefined} data-row-status={bad ? 'error' : 'ok'}>
                <Table.Td>{r.line}</Table.Td>
                <Table.Td>{r.code}</Table.Td>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>{r.kind ? kindLabel(r.kind) : ''}</Table.Td>
                <Table.Td>{r.parentCode}</Table.Td>
                <Table.Td>
                  {r.errors.map((e, i) => (
                    <Text key={i} size="sm" c="red.8">
                      {e}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
