import { useSearchParams } from 'react-router';
import { ActionIcon, Button, Group, Loader, Paper, Stack, Switch, Text, Title, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useUnit } from '../../api/units';
import { UnitPicker } from '../../components/UnitPicker';
import { useCurrentUnit } from '../../layout/currentUnit';
import { usePageTitle } from '../../lib/title';
import { useCalendar } from '../api';
import { EventList } from './EventList';
import { FeedLink } from './FeedLink';
import { EVENT_COLORS, EVENT_TYPE_LABELS, monthRange } from './layout';
import { MonthGrid } from './MonthGrid';
import { isOwnPlan, usePlanIndex } from './usePlanIndex';

/** /lich?thang=YYYY-MM&donVi=ID — phases, anniversaries and deadlines of the plans in force. */
export function CalendarPage() {
  usePageTitle('Lịch');
  const [params, setParams] = useSearchParams();
  const { unitId: current } = useCurrentUnit();
  const raw = params.get('thang');
  const month = raw && /^\d{4}-\d{2}$/.test(raw) ? dayjs(`${raw}-01`) : dayjs().startOf('month');
  const unitParam = Number(params.get('donVi'));
  const unitId = Number.isInteger(unitParam) && unitParam > 0 ? unitParam : current;
  const unit = useUnit(unitId);
  const { first, last } = monthRange(month);
  const q = useCalendar(first.format('YYYY-MM-DD'), last.format('YYYY-MM-DD'), unitId);
  const all = q.data?.events ?? [];
  const withBelow = params.get('capDuoi') === '1';
  const index = usePlanIndex(all);
  const events = withBelow ? all : all.filter((e) => isOwnPlan(index.get(e.planId), unitId));
  const inMonth = events.filter((e) => e.start <= month.endOf('month').format('YYYY-MM-DD') && (e.end || e.start) >= month.format('YYYY-MM-DD'));
  const go = (m: dayjs.Dayjs | null, u = unitId, below = withBelow) => {
    const next: Record<string, string> = {};
    if (m && !m.isSame(dayjs(), 'month')) next.thang = m.format('YYYY-MM');
    if (u !== null && u !== current) next.donVi = String(u);
    if (below) next.capDuoi = '1';
    setParams(next);
  };
  const unitValue = unit.data ? { id: unit.data.id, name: unit.data.name } : null;

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-end">
          <Stack gap={2}>
            <Title order={2} size="h3">
              Lịch tuyên truyền
            </Title>
            <Text size="sm" c="dimmed">
              Các đợt, ngày kỷ niệm và thời hạn của kế hoạch đã ban hành
            </Text>
          </Stack>
          <Group gap="md" align="flex-end">
            <Switch
              label="Gồm kế hoạch của đơn vị cấp dưới"
              checked={withBelow}
              onChange={(e) => go(month, unitId, e.currentTarget.checked)}
              mb={8}
            />
            <UnitPicker label="Đơn vị" value={unitValue} onChange={(u) => u && go(month, u.id)} clearable={false} w={320} />
          </Group>
        </Group>
      </Paper>
      <div className="tt-cal-layout">
        <Paper withBorder p="md" style={{ minWidth: 0 }}>
          <Group justify="space-between" mb="sm">
            <Group gap="xs">
              <Tooltip label="Tháng trước">
                <ActionIcon variant="default" size="lg" onClick={() => go(month.subtract(1, 'month'))} aria-label="Tháng trước">
                  <IconChevronLeft size={18} />
                </ActionIcon>
              </Tooltip>
              <Title order={3} size="h4" miw={170} ta="center" data-testid="calendar-month">
                Tháng {month.format('M/YYYY')}
              </Title>
              <Tooltip label="Tháng sau">
                <ActionIcon variant="default" size="lg" onClick={() => go(month.add(1, 'month'))} aria-label="Tháng sau">
                  <IconChevronRight size={18} />
                </ActionIcon>
              </Tooltip>
              <Button variant="subtle" size="xs" onClick={() => go(null)}>
                Hôm nay
              </Button>
              {q.isFetching && <Loader size="xs" />}
            </Group>
            <Group gap="md">
              {(Object.keys(EVENT_COLORS) as (keyof typeof EVENT_COLORS)[]).map((t) => (
                <Group key={t} gap={4}>
                  <span className="tt-cal-swatch" style={{ background: `var(--mantine-color-${EVENT_COLORS[t]}-6)` }} />
                  <Text size="xs">{EVENT_TYPE_LABELS[t]}</Text>
                </Group>
              ))}
            </Group>
          </Group>
          <MonthGrid month={month} events={events} index={index} />
        </Paper>
        <Stack gap="md">
          <FeedLink unit={unitValue} />
          <EventList events={inMonth} index={index} />
        </Stack>
      </div>
    </Stack>
  );
}
