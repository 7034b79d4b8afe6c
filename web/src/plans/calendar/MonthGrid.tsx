import { useNavigate } from 'react-router';
import { Tooltip, UnstyledButton } from '@mantine/core';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { formatSpan } from '../dates';
import type { CalendarEvent, PlanDetail } from '../types';
import { EVENT_COLORS, EVENT_TYPE_LABELS, layoutWeeks } from './layout';

const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
const LANE_H = 24;

export function MonthGrid({ month, events, index }: { month: Dayjs; events: CalendarEvent[]; index: Map<number, PlanDetail> }) {
  const navigate = useNavigate();
  const weeks = layoutWeeks(month, events);
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <div className="tt-cal" role="grid" aria-label={`Lịch tháng ${month.format('MM/YYYY')}`}>
      <div className="tt-cal-head" role="row">
        {WEEKDAYS.map((d) => (
          <div key={d} role="columnheader" className="tt-cal-weekday">
            {d}
          </div>
        ))}
      </div>
      {weeks.map((w) => (
        <div key={w.days[0]!.format('YYYY-MM-DD')} className="tt-cal-week" role="row">
          <div className="tt-cal-days">
            {w.days.map((d) => {
              const iso = d.format('YYYY-MM-DD');
              return (
                <div
                  key={iso}
                  role="gridcell"
                  className="tt-cal-day"
                  data-outside={d.month() !== month.month() || undefined}
                  data-today={iso === today || undefined}
                  data-weekend={d.day() === 0 || d.day() === 6 || undefined}
                >
                  <span className="tt-cal-daynum">{d.date()}</span>
                </div>
              );
            })}
          </div>
          <div className="tt-cal-events" style={{ gridTemplateRows: `repeat(${Math.max(w.lanes, 1)}, ${LANE_H}px)`, minHeight: Math.max(w.lanes, 2) * LANE_H + 8 }}>
            {w.segments.map((s, i) => {
              const e = s.event;
              const color = EVENT_COLORS[e.type];
              const plan = index.get(e.planId);
              const label = e.type === 'phase' && plan?.number ? `${e.title} · ${plan.number}` : e.title;
              return (
                <Tooltip
                  key={i}
                  multiline
                  w={320}
                  withArrow
                  label={
                    <>
                      <b>{EVENT_TYPE_LABELS[e.type]}:</b> {e.title}
                      <br />
                      {formatSpan(e.start, e.end)}
                      <br />
                      {plan?.number ? `Kế hoạch số ${plan.number} của ${plan.issuerName}: ` : 'Kế hoạch: '}
                      {e.planTitle}
                    </>
                  }
                >
                  <UnstyledButton
                    className="tt-cal-event"
                    data-type={e.type}
                    data-before={s.continuesBefore || undefined}
                    data-after={s.continuesAfter || undefined}
                    style={{
                      gridColumn: `${s.startCol} / ${s.endCol + 1}`,
                      gridRow: s.lane + 1,
                      background: e.type === 'phase' ? `var(--mantine-color-${color}-1)` : `var(--mantine-color-${color}-0)`,
                      borderLeftColor: `var(--mantine-color-${color}-6)`,
                      color: `var(--mantine-color-${color}-9)`,
                    }}
                    onClick={() => navigate(`/ke-hoach/${e.planId}`)}
                    aria-label={`${EVENT_TYPE_LABELS[e.type]}: ${label}. Mở kế hoạch`}
                  >
                    {label}
                  </UnstyledButton>
                </Tooltip>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}
