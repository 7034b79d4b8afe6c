import { ActionIcon, Button, Group, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { move, removeAt, replaceAt } from './list';

/**
 * An ordered list of paragraphs (purposes, points, tasks, slogans…), each in its own growing box.
 * Enter in a one-line list adds the next item; Alt+↑/↓ moves an item.
 */
export function TextList({
  label,
  items,
  onChange,
  addLabel,
  placeholder,
  rows = 1,
  numbered = false,
}: {
  label: string;
  items: string[];
  onChange: (items: string[]) => void;
  addLabel: string;
  placeholder?: string;
  rows?: number;
  numbered?: boolean;
}) {
  const focusItem = (el: HTMLElement, index: number) =>
    requestAnimationFrame(() =>
      el.closest('[data-text-list]')?.querySelectorAll<HTMLTextAreaElement>('textarea')[index]?.focus(),
    );
  return (
    <Stack gap={6} data-text-list>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {items.length === 0 && (
        <Text size="sm" c="dimmed" fs="italic">
          Chưa có mục nào.
        </Text>
      )}
      {items.map((item, i) => (
        <Group key={i} gap={6} wrap="nowrap" align="flex-start">
          {numbered && (
            <Text size="sm" c="dimmed" w={22} ta="right" pt={7}>
              {i + 1}.
            </Text>
          )}
          <Textarea
            style={{ flex: 1 }}
            autosize
            minRows={rows}
            maxRows={10}
            value={item}
            placeholder={placeholder}
            aria-label={`${label} ${i + 1}`}
            onChange={(e) => onChange(replaceAt(items, i, e.currentTarget.value))}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && rows === 1 && !e.shiftKey) {
                e.preventDefault();
                const next = [...items.slice(0, i + 1), '', ...items.slice(i + 1)];
                onChange(next);
                focusItem(e.currentTarget, i + 1);
              } else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
                e.preventDefault();
                const to = e.key === 'ArrowUp' ? i - 1 : i + 1;
                if (to < 0 || to >= items.length) return;
                onChange(move(items, i, to));
                focusItem(e.currentTarget, to);
              }
            }}
          />
          <ItemTools
            index={i}
            count={items.length}
            name={`${label.toLowerCase()} ${i + 1}`}
            onMove={(to) => onChange(move(items, i, to))}
            onRemove={() => onChange(removeAt(items, i))}
          />
        </Group>
      ))}
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} />}
          onClick={(e) => {
            onChange([...items, '']);
            focusItem(e.currentTarget, items.length);
          }}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}

/** Up, down and remove buttons of a list item. */
export function ItemTools({
  index,
  count,
  name,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  name: string;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  return (
    <Group gap={2} wrap="nowrap" pt={4}>
      <Tooltip label="Lên trên">
        <ActionIcon variant="subtle" color="gray" size="sm" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`Chuyển ${name} lên`}>
          <IconArrowUp size={14} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label="Xuống dưới">
        <ActionIcon variant="subtle" color="gray" size="sm" disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={`Chuyển ${name} xuống`}>
          <IconArrowDown size={14} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label="Xóa">
        <ActionIcon variant="subtle" color="red" size="sm" onClick={onRemove} aria-label={`Xóa ${name}`}>
          <IconTrash size={14} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
