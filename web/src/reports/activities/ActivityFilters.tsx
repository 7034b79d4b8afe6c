import { Button, Group, Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconX } from '@tabler/icons-react';
import dayjs from 'dayjs';
import type { ActivityFilters } from '../api/activities';
import type { Channel, PlanSummary } from '../api/types';
import { CHANNEL_OPTIONS, planLabel } from '../common/labels';

export const emptyActivityFilters: ActivityFilters = { from: null, to: null, planId: null, channel: null };

export function ActivityFiltersBar({
  value,
  onChange,
  plans,
}: {
  value: ActivityFilters;
  onChange: (f: ActivityFilters) => void;
  plans: PlanSummary[];
}) {
  const range: [string | null, string | null] = [value.from, value.to];
  const dirty = value.from || value.to || value.planId || value.channel;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <DatePickerInput
        type="range"
        label="Thời gian"
        placeholder="Từ ngày – đến ngày"
        valueFormat="DD/MM/YYYY"
        leftSection={<IconCalendar size={16} />}
        value={range}
        onChange={([from, to]) => onChange({ ...value, from: from ? dayjs(from).format('YYYY-MM-DD') : null, to: to ? dayjs(to).format('YYYY-MM-DD') : null })}
        clearable
        allowSingleDateInRange
        w={250}
      />
      <Select
        label="Kế hoạch"
        placeholder="Tất cả"
        data={plans.map((p) => ({ value: String(p.id), label: planLabel(p, 70) }))}
        value={value.planId ? String(value.planId) : null}
        onChange={(v) => onChange({ ...value, planId: v ? Number(v) : null })}
        clearable
        w={300}
        comboboxProps={{ width: 460, position: 'bottom-start' }}
      />
      <Select
        label="Hình thức"
        placeholder="Tất cả"
        data={CHANNEL_OPTIONS}
        value={value.channel}
        onChange={(v) => onChange({ ...value, channel: (v as Channel | null) ?? null })}
        clearable
        w={240}
      />
      {dirty && (
        <Button variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={() => onChange(emptyActivityFilters)}>
          Bỏ lọc
        </Button>
      )}
    </Group>
  );
}
