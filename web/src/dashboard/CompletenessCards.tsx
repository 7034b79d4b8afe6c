import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { TimelinessCounts } from '../reports/api/types';
import { TIMELINESS } from '../reports/api/types';
import { TIMELINESS_COLORS, TIMELINESS_LABELS } from '../reports/common/labels';
import '../reports/reports.css';

/** Completeness at a glance: how many expected reports are in each state. */
export function CompletenessCards({ summary }: { summary: TimelinessCounts | undefined }) {
  const total = summary ? TIMELINESS.reduce((s, t) => s + summary[t], 0) : 0;
  const due = summary ? total - summary.not_due : 0;
  const sent = summary ? summary.on_time + summary.late : 0;
  const rate = due > 0 ? Math.round((sent / due) * 100) : null;
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm" data-testid="completeness-cards">
      <Paper withBorder p="sm" className="tt-stat" style={{ ['--tt-stat-color' as string]: 'var(--mantine-color-dark-4)' }}>
        <Text size="xs" c="dimmed" fw={600} mih={34}>
          Báo cáo phải nộp
        </Text>
        <Text fz={26} fw={700} lh={1.2} data-testid="stat-total">
          {total}
        </Text>
        <Text size="xs" c="dimmed">
          {rate === null ? 'chưa có kỳ nào đến hạn' : `đã nộp ${rate}% số đến hạn`}
        </Text>
      </Paper>
      {TIMELINESS.map((t) => (
        <Paper
          key={t}
          withBorder
          p="sm"
          className="tt-stat"
          style={{ ['--tt-stat-color' as string]: `var(--mantine-color-${TIMELINESS_COLORS[t]}-6)` }}
          data-testid={`stat-${t}`}
        >
          <Text size="xs" c="dimmed" fw={600} mih={34}>
            {TIMELINESS_LABELS[t]}
          </Text>
          <Text fz={26} fw={700} lh={1.2} c={t === 'missing' && summary && summary[t] > 0 ? 'red.7' : undefined} data-value>
            {summary ? summary[t] : '—'}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
