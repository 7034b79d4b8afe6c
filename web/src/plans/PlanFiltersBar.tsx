import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { UnitPicker } from '../components/UnitPicker';
import { DateField } from './components/DateField';
import { STATUS_LABELS } from './labels';
import type { PlanFilters, PlanKind, PlanStatus } from './types';

export const emptyPlanFilters: PlanFilters = { unit: null, status: null, kind: null, from: null, to: null, q: '' };

const STATUS_OPTIONS = (Object.keys(STATUS_LABELS) as PlanStatus[]).map((s) => ({ value: s, label: STATUS_LABELS[s] }));

export function PlanFiltersBar({ value, onChange }: { value: PlanFilters; onChange: (f: PlanFilters) => void }) {
  const set = (patch: Partial<PlanFilters>) => onChange({ ...value, ...patch });
  const dirty = JSON.stringify(value) !== JSON.stringify(emptyPlanFilters);
  return (
    <Group gap="sm" align="flex-end" role="search" aria-label="Lọc kế hoạch">
      <TextInput
        label="Tìm kiếm"
        placeholder="Gõ có dấu hoặc không dấu"
        leftSection={<IconSearch size={16} />}
        value={value.q}
        onChange={(e) => set({ q: e.currentTarget.value })}
        w={225}
      />
      <UnitPicker
        label="Đơn vị"
        placeholder="Tất cả đơn vị"
        value={value.unit}
        onChange={(u) => set({ unit: u ? { id: u.id, name: u.name } : null })}
        w={220}
      />
      <Select
        label="Trạng thái"
        placeholder="Tất cả"
        data={STATUS_OPTIONS}
        clearable
        value={value.status}
        onChange={(v) => set({ status: (v as PlanStatus | null) ?? null })}
        w={145}
      />
      <Select
        label="Loại văn bản"
        placeholder="Tất cả"
        data={[
          { value: 'KH', label: 'Kế hoạch' },
          { value: 'HD', label: 'Hướng dẫn' },
        ]}
        clearable
        value={value.kind}
        onChange={(v) => set({ kind: (v as PlanKind | null) ?? null })}
        w={130}
      />
      <DateField label="Từ ngày" value={value.from} onChange={(from) => set({ from })} w={130} />
      <DateField label="Đến ngày" value={value.to} onChange={(to) => set({ to })} w={130} />
      {dirty && (
        <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} />} onClick={() => onChange(emptyPlanFilters)}>
          Bỏ lọc
        </Button>
      )}
    </Group>
  );
}
