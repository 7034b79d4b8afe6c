import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { DateField } from '../../components/DateField';
import { ItemTools, TextList } from '../../components/TextList';
import { move, patchAt, removeAt } from '../../components/list';
import type { Assignment } from '../../types';
import { UnitNameField } from './UnitNameField';

export function AssignmentsSection({ items, onChange }: { items: Assignment[]; onChange: (items: Assignment[]) => void }) {
  return (
    <Stack gap="sm">
      {items.length === 0 && (
        <Text size="sm" c="dimmed" fs="italic">
          Chưa phân công đơn vị nào.
        </Text>
      )}
      {items.map((a, i) => (
        <Paper key={i} withBorder p="sm" role="group" aria-label={`Phân công ${i + 1}`}>
          <Group gap="xs" align="flex-end" wrap="nowrap" mb="xs">
            <UnitNameField
              label="Đơn vị"
              index={i}
              unitId={a.unitId}
              name={a.unitName}
              onChange={({ unitId, name }) => onChange(patchAt(items, i, { unitId, unitName: name }))}
            />
            <DateField label="Thời hạn" value={a.due} onChange={(due) => onChange(patchAt(items, i, { due }))} w={150} />
            <ItemTools
              index={i}
              count={items.length}
              name={`phân công ${i + 1}`}
              onMove={(to) => onChange(move(items, i, to))}
              onRemove={() => onChange(removeAt(items, i))}
            />
          </Group>
          <TextList
            label="Nhiệm vụ"
            items={a.duties}
            onChange={(duties) => onChange(patchAt(items, i, { duties }))}
            addLabel="Thêm nhiệm vụ"
          />
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...items, { unitId: null, unitName: '', duties: [''], due: null }])}
        >
          Thêm đơn vị thực hiện
        </Button>
      </Group>
    </Stack>
  );
}
