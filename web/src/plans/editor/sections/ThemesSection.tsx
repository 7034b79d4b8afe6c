import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { ItemTools, TextList } from '../../components/TextList';
import { move, patchAt, removeAt } from '../../components/list';
import type { Theme } from '../../types';

export function ThemesSection({ items, onChange }: { items: Theme[]; onChange: (items: Theme[]) => void }) {
  return (
    <Stack gap="sm">
      {items.length === 0 && (
        <Text size="sm" c="dimmed" fs="italic">
          Chưa có nội dung tuyên truyền.
        </Text>
      )}
      {items.map((t, i) => (
        <Paper key={i} withBorder p="sm" role="group" aria-label={`Nội dung ${i + 1}`}>
          <Group gap="xs" wrap="nowrap" align="flex-end" mb="xs">
            <Text fw={700} w={24} pb={8}>
              {i + 1}.
            </Text>
            <TextInput
              style={{ flex: 1 }}
              label="Tên nội dung"
              placeholder="Ví dụ: Kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"
              value={t.title}
              onChange={(e) => onChange(patchAt(items, i, { title: e.currentTarget.value }))}
            />
            <ItemTools
              index={i}
              count={items.length}
              name={`nội dung ${i + 1}`}
              onMove={(to) => onChange(move(items, i, to))}
              onRemove={() => onChange(removeAt(items, i))}
            />
          </Group>
          <div style={{ paddingLeft: 32 }}>
            <TextList
              label="Các ý chính"
              items={t.points}
              onChange={(points) => onChange(patchAt(items, i, { points }))}
              addLabel="Thêm ý"
              placeholder="Một ý, Enter để thêm ý tiếp theo"
            />
          </div>
        </Paper>
      ))}
      <Group>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => onChange([...items, { title: '', points: [] }])}>
          Thêm nội dung
        </Button>
      </Group>
    </Stack>
  );
}
