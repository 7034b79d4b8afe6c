import { Button, Group, NumberInput, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { DateField } from '../../components/DateField';
import { ItemTools, TextList } from '../../components/TextList';
import { move, patchAt, removeAt } from '../../components/list';
import { RELATION_LABELS } from '../../labels';
import type { Phase, Relation } from '../../types';

const RELATIONS = (Object.keys(RELATION_LABELS) as Relation[]).map((r) => ({ value: r, label: RELATION_LABELS[r] }));

export function PhasesSection({ items, onChange }: { items: Phase[]; onChange: (items: Phase[]) => void }) {
  return (
    <Stack gap="sm">
      {items.length === 0 && (
        <Text size="sm" c="dimmed" fs="italic">
          Chưa chia đợt. Một đợt có thể có ngày cụ thể, hoặc gắn với một sự kiện (trước, trong, sau Đại hội…).
        </Text>
      )}
      {items.map((p, i) => (
        <PhaseCard
          key={i}
          phase={p}
          index={i}
          count={items.length}
          onChange={(patch) => onChange(patchAt(items, i, patch))}
          onMove={(to) => onChange(move(items, i, to))}
          onRemove={() => onChange(removeAt(items, i))}
        />
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...items, { label: `Đợt ${items.length + 1}`, start: null, end: null, anchor: null, tasks: [] }])}
        >
          Thêm đợt
        </Button>
      </Group>
    </Stack>
  );
}

function PhaseCard({
  phase: p,
  index,
  count,
  onChange,
  onMove,
  onRemove,
}: {
  phase: Phase;
  index: number;
  count: number;
  onChange: (patch: Partial<Phase>) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const anchored = p.anchor !== null;
  return (
    <Paper withBorder p="sm" role="group" aria-label={`Đợt ${index + 1}`}>
      <Group gap="sm" align="flex-end" wrap="wrap" mb="xs">
        <TextInput label="Tên đợt" value={p.label} onChange={(e) => onChange({ label: e.currentTarget.value })} w={200} />
        <SegmentedControl
          size="xs"
          aria-label={`Cách xác định thời gian đợt ${index + 1}`}
          data={[
            { value: 'dates', label: 'Theo ngày' },
            { value: 'event', label: 'Theo sự kiện' },
          ]}
          value={anchored ? 'event' : 'dates'}
          onChange={(v) =>
            onChange(
              v === 'event'
                ? { anchor: { event: '', relation: 'before', offsetDays: 0 }, start: null, end: null }
                : { anchor: null },
            )
          }
          mb={4}
        />
        <div style={{ flex: 1 }} />
        <ItemTools index={index} count={count} name={`đợt ${index + 1}`} onMove={onMove} onRemove={onRemove} />
      </Group>
      {anchored && p.anchor ? (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mb="xs">
          <Select
            label="Thời điểm"
            data={RELATIONS}
            value={p.anchor.relation}
            allowDeselect={false}
            onChange={(v) => onChange({ anchor: { ...p.anchor!, relation: (v as Relation) ?? 'before' } })}
          />
          <NumberInput
            label="Số ngày (trước/sau)"
            min={0}
            max={3650}
            allowDecimal={false}
            disabled={p.anchor.relation === 'during'}
            value={p.anchor.offsetDays}
            onChange={(v) => onChange({ anchor: { ...p.anchor!, offsetDays: typeof v === 'number' ? v : 0 } })}
          />
          <TextInput
            label="Sự kiện làm mốc"
            placeholder="Đại hội Đảng bộ phường"
            value={p.anchor.event}
            onChange={(e) => onChange({ anchor: { ...p.anchor!, event: e.currentTarget.value } })}
          />
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mb="xs">
          <DateField label="Từ ngày" value={p.start} onChange={(start) => onChange({ start })} />
          <DateField label="Đến ngày" value={p.end} onChange={(end) => onChange({ end })} minDate={p.start ?? undefined} />
        </SimpleGrid>
      )}
      <TextList label="Nhiệm vụ" items={p.tasks} onChange={(tasks) => onChange({ tasks })} addLabel="Thêm nhiệm vụ" />
    </Paper>
  );
}
