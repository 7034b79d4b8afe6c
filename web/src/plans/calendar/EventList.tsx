import { Link } from 'react-router';
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { formatSpan } from '../dates';
import type { CalendarEvent, PlanDetail } from '../types';
import { EVENT_COLORS, EVENT_SHORT_LABELS } from './layout';

/** The month's events as a list: readable with a screen reader and on a phone. */
export function EventList({ events, index }: { events: CalendarEvent[]; index: Map<number, PlanDetail> }) {
  return (
    <Paper withBorder p="md" component="section" aria-label="Sự kiện trong tháng">
      <Text fw={600} size="sm" mb="xs">
        Trong tháng ({events.length})
      </Text>
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          Không có đợt, ngày kỷ niệm hay thời hạn nào.
        </Text>
      ) : (
        <Stack gap={8} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="calendar-list">
          {events.map((e, i) => (
            <li key={i}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Badge size="xs" color={EVENT_COLORS[e.type]} variant="light" w={70} style={{ flex: 'none' }} mt={3}>
                  {EVENT_SHORT_LABELS[e.type]}
                </Badge>
                <div style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={`/ke-hoach/${e.planId}`} size="sm" fw={500}>
                    {e.title}
                  </Anchor>
                  <Text size="xs" c="dimmed" lineClamp={2} title={e.planTitle}>
                    {formatSpan(e.start, e.end)}
                    {index.get(e.planId)?.number ? ` · KH số ${index.get(e.planId)!.number}` : ''} · {e.planTitle}
                  </Text>
                </div>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
