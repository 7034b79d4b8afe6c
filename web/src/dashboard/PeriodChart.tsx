import { useState } from 'react';
import { BarChart, LineChart } from '@mantine/charts';
import { SegmentedControl, Select, Text } from '@mantine/core';
import type { Rollups } from '../reports/api/types';
import { formatNumber } from '../reports/common/indicators';
import { vnDate } from '../reports/common/dates';
import { CsvButton } from './CsvButton';
import { byPeriodTable, withMeasure, type IndicatorMeta } from './figures';
import { Section } from './Section';

/** Accepted figures over time: one indicator at a time, as bars or a line. */
export function PeriodChart({ rollups, indicators, filename }: { rollups: Rollups | undefined; indicators: IndicatorMeta[]; filename: string }) {
  const [picked, setPicked] = useState<string | null>(null);
  const [kind, setKind] = useState<'bar' | 'line'>('bar');
  const key = picked && indicators.some((i) => i.key === picked) ? picked : (indicators[0]?.key ?? null);
  const meta = indicators.find((i) => i.key === key);
  const { rows } = byPeriodTable(rollups, indicators);
  const series = meta ? [{ name: meta.key, label: meta.label, color: 'red.7' }] : [];
  const common = {
    h: 260,
    data: rows,
    dataKey: 'period',
    series,
    valueFormatter: (v: number) => formatNumber(v),
    yAxisProps: { allowDecimals: false },
    gridAxis: 'y' as const,
  };
  return (
    <Section
      title="Số liệu theo kỳ báo cáo"
      testId="chart-by-period"
      controls={
        <>
          <SegmentedControl
            size="xs"
            value={kind}
            onChange={(v) => setKind(v as 'bar' | 'line')}
            data={[
              { value: 'bar', label: 'Cột' },
              { value: 'line', label: 'Đường' },
            ]}
            aria-label="Kiểu biểu đồ"
          />
          <CsvButton
            filename={filename}
            disabled={rows.length === 0}
            build={() => ({
              headers: ['Kỳ báo cáo', 'Từ ngày', ...indicators.map(withMeasure)],
              rows: rows.map((r) => [r.period, vnDate(r.start), ...indicators.map((i) => (r as Record<string, unknown>)[i.key] as number)]),
            })}
          />
        </>
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
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py={60}>
          Chưa có báo cáo nào được tiếp nhận trong khoảng thời gian này.
        </Text>
      ) : kind === 'bar' ? (
        <BarChart {...common} maxBarWidth={48} withBarValueLabel />
      ) : (
        <LineChart {...common} curveType="linear" withPointLabels />
      )}
    </Section>
  );
}
