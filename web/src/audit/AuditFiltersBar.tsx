import { Button, Group, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { emptyAuditFilters, type AuditFilters } from '../api/audit';

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
      <TextInput
        label="Hành động"
        placeholder="vd. unit.create"
        value={value.action}
        onChange={(e) => set({ action: e.currentTarget.value })}
        w={160}
      />
      <TextInput
        label="Đối tượng"
        placeholder="vd. unit, user"
        value={value.entity}
        onChange={(e) => set({ entity: e.currentTarget.value })}
        w={140}
      />
      <TextInput
        label="Người thực hiện"
        placeholder="Tên đăng nhập"
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
