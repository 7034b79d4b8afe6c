import { useMemo, useState } from 'react';
import { Loader, Select, Stack, Text, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useUnitSearch } from '../api/units';
import type { UnitSearchItem } from '../api/types';

interface Props extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  value: { id: number; name: string } | null;
  onChange: (unit: UnitSearchItem | null) => void;
  /** Limit the search to this unit's subtree. */
  under?: number | null;
  /** Ids to leave out of the results (e.g. the unit being moved). */
  exclude?: number[];
}

/** Choose a unit by typing part of its name (server-side, diacritic-insensitive search). */
export function UnitPicker({ value, onChange, under = null, exclude = [], ...rest }: Props) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const typed = debounced.trim() !== '' && debounced !== value?.name ? debounced : '';
  const q = useUnitSearch(typed, under, 20);

  const byId = useMemo(() => {
    const m = new Map<string, UnitSearchItem>();
    for (const u of q.data?.items ?? []) if (!exclude.includes(u.id)) m.set(String(u.id), u);
    return m;
  }, [q.data, exclude]);

  const data = useMemo(() => {
    const opts = [...byId.values()].map((u) => ({ value: String(u.id), label: u.name }));
    if (value && !byId.has(String(value.id))) opts.unshift({ value: String(value.id), label: value.name });
    return opts;
  }, [byId, value]);

  return (
    <Select
      searchable
      clearable
      placeholder="Gõ tên đơn vị để tìm"
      nothingFoundMessage={typed ? (q.isFetching ? 'Đang tìm…' : 'Không tìm thấy đơn vị') : 'Gõ để tìm đơn vị'}
      {...rest}
      data={data}
      value={value ? String(value.id) : null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      rightSection={q.isFetching ? <Loader size={14} /> : undefined}
      onChange={(v) => onChange(v ? (byId.get(v) ?? null) : null)}
      renderOption={({ option }) => {
        const u = byId.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {u && (
              <Text size="xs" c="dimmed" lineClamp={1}>
                {u.trail}
              </Text>
            )}
          </Stack>
        );
      }}
    />
  );
}
