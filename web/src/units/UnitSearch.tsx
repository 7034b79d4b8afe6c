import { useRef, type KeyboardEvent } from 'react';
import { Badge, CloseButton, Group, Loader, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useUnitSearch } from '../api/units';
import type { UnitSearchItem } from '../api/types';
import { KindIcon } from './KindIcon';

/** Search box over the units the user may see; results show their trail. */
export function UnitSearch({
  value,
  onChange,
  onPick,
}: {
  value: string;
  onChange: (v: string) => void;
  onPick: (unit: UnitSearchItem) => void;
}) {
  const [debounced] = useDebouncedValue(value, 250);
  const q = useUnitSearch(debounced);
  const listRef = useRef<HTMLDivElement>(null);
  const active = value.trim().length > 0;
  const items = active ? (q.data?.items ?? []) : [];

  const focusResult = (index: number) => {
    const buttons = listRef.current?.querySelectorAll<HTMLElement>('[data-search-result]');
    buttons?.[index]?.focus();
  };

  const onInputKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      focusResult(0);
    } else if (e.key === 'Enter' && items[0]) {
      e.preventDefault();
      onPick(items[0]);
    } else if (e.key === 'Escape') {
      onChange('');
    }
  };

  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = Array.from(listRef.current?.querySelectorAll<HTMLElement>('[data-search-result]') ?? []);
    const i = buttons.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      buttons[i + 1]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (i <= 0) listRef.current?.parentElement?.querySelector<HTMLInputElement>('input')?.focus();
      else buttons[i - 1]?.focus();
    }
  };

  return (
    <Stack gap={6}>
      <TextInput
        placeholder="Tìm đơn vị (có dấu hoặc không dấu)"
        aria-label="Tìm đơn vị"
        leftSection={<IconSearch size={16} />}
        rightSection={
          active ? (
            q.isFetching ? (
              <Loader size={14} />
            ) : (
              <CloseButton size="sm" aria-label="Xóa tìm kiếm" onClick={() => onChange('')} />
            )
          ) : null
        }
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        onKeyDown={onInputKey}
      />
      {active && (
        <div ref={listRef} role="list" aria-label="Kết quả tìm kiếm" onKeyDown={onListKey}>
          {q.isSuccess && debounced.trim() && items.length === 0 && !q.isFetching && (
            <Text size="sm" c="dimmed" px={8} py={6}>
              Không tìm thấy đơn vị phù hợp.
            </Text>
          )}
          {items.map((u) => (
            <div role="listitem" key={u.id}>
              <UnstyledButton className="tt-search-result" data-search-result="" onClick={() => onPick(u)}>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <span style={{ paddingTop: 2 }}>
                    <KindIcon kind={u.kind} />
                  </span>
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={500} c={u.retiredAt ? 'dimmed' : undefined}>
                      <span data-testid="search-result-name">{u.name}</span>
                      {u.retiredAt && (
                        <Badge size="xs" color="gray" variant="light" ml={6}>
                          Giải thể
                        </Badge>
                      )}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {u.trail}
                    </Text>
                  </Stack>
                </Group>
              </UnstyledButton>
            </div>
          ))}
        </div>
      )}
    </Stack>
  );
}
