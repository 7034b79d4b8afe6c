import { Table, Text } from '@mantine/core';
import type { Rollups } from '../reports/api/types';
import { formatNumber } from '../reports/common/indicators';
import { CsvButton } from './CsvButton';
import { withMeasure, type IndicatorMeta } from './figures';
import { Section } from './Section';

/** Totals of the subtree by indicator, from accepted reports. */
export function TotalsTable({ rollups, indicators, filename }: { rollups: Rollups | undefined; indicators: IndicatorMeta[]; filename: string }) {
  const totals = new Map((rollups?.totals ?? []).map((t) => [t.indicator, t]));
  const rows = indicators.filter((i) => totals.has(i.key));
  return (
    <Section
      title="Tổng hợp theo chỉ tiêu"
      testId="totals"
      controls={
        <CsvButton
          filename={filename}
          disabled={rows.length === 0}
          build={() => ({
            headers: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Tổng số', 'Số báo cáo'],
            rows: rows.map((i, n) => [n + 1, i.label, i.measure, totals.get(i.key)?.value ?? 0, totals.get(i.key)?.reports ?? 0]),
          })}
        />
      }
    >
      <Table verticalSpacing={5} withTableBorder withColumnBorders data-testid="totals-table">
        <Table.Thead>
          <Table.Tr bg="gray.1">
            <Table.Th w={50} ta="center">
              STT
            </Table.Th>
            <Table.Th>Chỉ tiêu</Table.Th>
            <Table.Th w={110}>Đơn vị tính</Table.Th>
            <Table.Th w={110} ta="right">
              Tổng số
            </Table.Th>
            <Table.Th w={100} ta="right">
              Số báo cáo
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text size="sm" c="dimmed" ta="center" py="md">
                  Chưa có báo cáo nào được tiếp nhận trong khoảng thời gian này.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {rows.map((i, n) => (
            <Table.Tr key={i.key} data-indicator={i.key}>
              <Table.Td ta="center">
                <Text size="sm" c="dimmed">
                  {n + 1}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" title={withMeasure(i)}>
                  {i.label}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {i.measure}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" fw={700} data-value>
                  {formatNumber(totals.get(i.key)?.value ?? 0)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{totals.get(i.key)?.reports ?? 0}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}
