import { Button, Group, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { emptyAuditFilters, type AuditFilters } from '../api/audit';
import { ACTION_OPTIONS, ENTITY_OPTIONS } from './labels';

export function AuditFiltersBar({ value, onChange }: { value: AuditFilters; onChange: (v: AuditFilters) => void }) {
  const set = (patch: Partial<AuditFilters>) => onChange({ ...value, ...patch });
  const dirty = JSON.stringify(value) !== JSON.stringify(emptyAuditFilters);
  return (
    <Group gap="sm" align="flex-end" mb="md" role="search" aria-label="Lọc nhật ký">
      <TextInput
        label="Nội dung"
        placeholder="Tìm trong nội dung"
        leftSection={<IconSearch size={16} />}
        value={value.q}
        onChange={(e) => set({ q: e.currentTarget.value })}
        w={220}
      />
      <Select
        label="Hành động"
        placeholder="Tất cả"
        data={ACTION_OPTIONS}
        searchable
        clearable
        value={value.action || null}
        onChange={(v) => set({ action: v ?? '' })}
        comboboxProps={{ width: 300, position: 'bottom-start' }}
        w={220}
      />
      <Select
        label="Đối tượng"
        placeholder="Tất cả"
        data={ENTITY_OPTIONS}
        clearable
        value={value.entity || null}
        onChange={(v) => set({ entity: v ?? '' })}
        w={170}
      />
      <TextInput
        label="Người thực hiện"
        placeholder="Họ tên"
        value={value.actor}
        onChange={(e) => set({ actor: e.currentTarget.value })}
        w={160}
      />
      <DatePickerInput
        type="range"
        label="Khoảng thời gian"
        placeholder="Từ ngày – đến ngày"
        valueFormat="DD/MM/YYYY"
        leftSection={<IconCalendar size={16} />}
        clearable
        allowSingleDateInRange
        value={[value.from, value.to]}
        onChange={([from, to]) => set({ from: from ? String(from) : null, to: to ? String(to) : null })}
        w={250}
      />
      {dirty && (
        <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} />} onClick={() => onChange(emptyAuditFilters)}>
          Bỏ lọc
        </Button>
      )}
    </Group>
  );
}
