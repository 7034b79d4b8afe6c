import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';

/** A from–to range of days (YYYY-MM-DD), shown dd/mm/yyyy; both ends are required by the reporting API. */
export function RangeInput({
  from,
  to,
  onChange,
  label = 'Thời gian',
  w = 250,
}: {
  from: string;
  to: string;
  onChange: (from: string, to: string) => void;
  label?: string;
  w?: number;
}) {
  return (
    <DatePickerInput
      type="range"
      label={label}
      valueFormat="DD/MM/YYYY"
      leftSection={<IconCalendar size={16} />}
      value={[from, to]}
      onChange={([f, t]) => {
        if (f && t) onChange(String(f).slice(0, 10), String(t).slice(0, 10));
      }}
      allowSingleDateInRange
      w={w}
    />
  );
}

/** ?from&to of a page, defaulting to the current year. */
export function rangeFromParams(params: URLSearchParams): { from: string; to: string } {
  const y = new Date().getFullYear();
  const ok = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null);
  const from = ok(params.get('from')) ?? `${y}-01-01`;
  const to = ok(params.get('to')) ?? `${y}-12-31`;
  return from <= to ? { from, to } : { from: to, to: from };
}
