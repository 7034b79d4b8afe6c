import { Button, Grid, Group, NumberInput, Paper, Select, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { DateField } from '../../components/DateField';
import { ItemTools } from '../../components/TextList';
import { move, patchAt, removeAt } from '../../components/list';
import type { ExternalBase } from '../../types';

const DOC_KINDS = [
  { value: 'NQ', label: 'Nghị quyết' },
  { value: 'CT', label: 'Chỉ thị' },
  { value: 'KL', label: 'Kết luận' },
  { value: 'QĐ', label: 'Quyết định' },
  { value: 'KH', label: 'Kế hoạch' },
  { value: 'HD', label: 'Hướng dẫn' },
  { value: 'CV', label: 'Công văn' },
  { value: 'TB', label: 'Thông báo' },
];

/** Documents outside the system that the plan rests on (Căn cứ …). */
export function BasesList({ items, onChange }: { items: ExternalBase[]; onChange: (items: ExternalBase[]) => void }) {
  return (
    <>
      {items.map((b, i) => (
        <Paper key={i} withBorder p="sm" bg="gray.0" aria-label={`Văn bản căn cứ ${i + 1}`} role="group">
          <Grid gap="xs" align="flex-end">
            <Grid.Col span={{ base: 6, md: 2 }}>
              <Select
                label="Loại"
                data={DOC_KINDS}
                value={b.docKind}
                onChange={(docKind) => onChange(patchAt(items, i, { docKind }))}
                clearable
                placeholder="Loại"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 1.5 }}>
              <NumberInput
                label="Số"
                min={1}
                allowDecimal={false}
                value={b.serial ?? ''}
                onChange={(v) => onChange(patchAt(items, i, { serial: typeof v === 'number' ? v : null }))}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 2 }}>
              <TextInput
                label="Ký hiệu"
                placeholder="NQ/TW"
                value={b.symbol ?? ''}
                onChange={(e) => onChange(patchAt(items, i, { symbol: e.currentTarget.value }))}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 2 }}>
              <DateField label="Ngày" value={b.date} onChange={(date) => onChange(patchAt(items, i, { date }))} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4.5 }}>
              <TextInput
                label="Cơ quan ban hành"
                placeholder="Ban Chấp hành Trung ương"
                value={b.issuer ?? ''}
                onChange={(e) => onChange(patchAt(items, i, { issuer: e.currentTarget.value }))}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 10.5 }}>
              <TextInput
                label="Trích yếu"
                value={b.title ?? ''}
                onChange={(e) => onChange(patchAt(items, i, { title: e.currentTarget.value }))}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 1.5 }}>
              <ItemTools
                index={i}
                count={items.length}
                name={`văn bản căn cứ ${i + 1}`}
                onMove={(to) => onChange(move(items, i, to))}
                onRemove={() => onChange(removeAt(items, i))}
              />
            </Grid.Col>
          </Grid>
        </Paper>
      ))}
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...items, { serial: null, symbol: null, date: null, issuer: null, title: null, docKind: 'NQ' }])}
        >
          Thêm văn bản căn cứ
        </Button>
      </Group>
    </>
  );
}
