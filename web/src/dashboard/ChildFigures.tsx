import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import { Select, Table, Text } from '@mantine/core';
import type { Rollups } from '../reports/api/types';
import { formatNumber } from '../reports/common/indicators';
import { CsvButton } from './CsvButton';
import { byChildTable, withMeasure, type IndicatorMeta } from './figures';
import { Section } from './Section';

/** Accepted figures by child unit: a bar chart of one indicator, and the table of all. */
export function ChildFigures({
  rollups,
  indicators,
  filename,
  onDrill,
  selfId,
}: {
  selfId: number;
  rollups: Rollups | undefined;
  indicators: IndicatorMeta[];
  filename: string;
  onDrill: (id: number) => void;
}) {
  const [picked, setPicked] = useState<string | null>(null);
  const key = picked && indicators.some((i) => i.key === picked) ? picked : (indicators[0]?.key ?? null);
  const meta = indicators.find((i) => i.key === key);
  const rows = byChildTable(rollups, indicators, selfId);
  const chartRows = key ? rows.filter((r) => (r[key] ?? 0) > 0) : [];
  return (
    <Section
      title="Số liệu theo đơn vị trực thuộc"
      testId="chart-by-child"
      controls={
        <CsvButton
          filename={filename}
          disabled={rows.length === 0}
          build={() => ({ headers: ['Đơn vị', ...indicators.map(withMeasure)], rows: rows.map((r) => [r.name, ...indicators.map((i) => r[i.key] ?? 0)]) })}
        />
      }
    >
      <Select
        size="xs"
        mb="sm"
        label="Chỉ tiêu"
        data={indicators.map((i) => ({ value: i.key, label: withMeasure(i) }))}
        value={key}
        onChange={setPicked}
        allowDeselect={false}
        maw={420}
        disabled={indicators.length === 0}
      />
      {rows.length === 0 || !meta ? (
        <Text size="sm" c="dimmed" ta="center" py={60}>
          Chưa có số liệu của đơn vị trực thuộc.
        </Text>
      ) : (
        <>
          <BarChart
            h={Math.max(120, chartRows.length * 34 + 40)}
            data={chartRows}
            dataKey="name"
            orientation="vertical"
            series={[{ name: meta.key, label: meta.label, color: 'blue.7' }]}
            valueFormatter={(v) => formatNumber(v)}
            yAxisProps={{ width: 220 }}
            xAxisProps={{ allowDecimals: false }}
            barChartProps={{ margin: { right: 48 } }}
            gridAxis="x"
            maxBarWidth={22}
            withBarValueLabel
          />
          <Table.ScrollContainer minWidth={500} mt="md" mah={300}>
            <Table verticalSpacing={4} striped stickyHeader data-testid="child-figures-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Đơn vị</Table.Th>
                  {indicators.map((i) => (
                    <Table.Th key={i.key} ta="right" title={i.label}>
                      <Text size="xs" fw={700} lineClamp={2}>
                        {i.label}
                      </Text>
                      <Text size="xs" c="dimmed">
                        ({i.measure})
                      </Text>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Text size="sm" component="button" type="button" onClick={() => onDrill(r.id)} c="blue.8" style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer', textAlign: 'left' }}>
                        {r.name}
                      </Text>
                    </Table.Td>
                    {indicators.map((i) => (
                      <Table.Td key={i.key} ta="right">
                        <Text size="sm">{formatNumber(r[i.key] ?? 0)}</Text>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Section>
  );
}
