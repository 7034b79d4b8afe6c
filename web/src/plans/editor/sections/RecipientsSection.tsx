import { useState } from 'react';
import { Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus, IconSitemap } from '@tabler/icons-react';
import { get } from '../../../api/client';
import type { Page, UnitSummary } from '../../../api/types';
import { notifyError } from '../../../lib/notify';
import { DateField } from '../../components/DateField';
import { ItemTools } from '../../components/TextList';
import { move, patchAt, removeAt } from '../../components/list';
import type { Recipient } from '../../types';
import { UnitNameField } from './UnitNameField';

/** Nơi nhận: units (or free text), each possibly bound to issue its own implementing plan. */
export function RecipientsSection({
  items,
  onChange,
  implementBy,
  onImplementBy,
  issuerId,
}: {
  items: Recipient[];
  onChange: (items: Recipient[]) => void;
  implementBy: string | null;
  onImplementBy: (d: string | null) => void;
  issuerId: number | null;
}) {
  const [loading, setLoading] = useState(false);
  const addChildren = async () => {
    if (issuerId === null) return;
    setLoading(true);
    try {
      const children: UnitSummary[] = [];
      let cursor: string | undefined;
      do {
        const page = await get<Page<UnitSummary>>(`/units/${issuerId}/children`, { limit: 100, cursor });
        children.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const have = new Set(items.map((r) => r.unitId));
      onChange([
        ...items,
        ...children.filter((c) => !have.has(c.id)).map((c) => ({ unitId: c.id, label: c.name, mustImplement: c.kind === 'committee' || c.kind === 'cell' })),
      ]);
    } catch (err) {
      notifyError(err, 'Không tải được đơn vị trực thuộc');
    } finally {
      setLoading(false);
    }
  };

  return (
    <Stack gap="sm">
      <DateField
        label="Thời hạn các đơn vị ban hành kế hoạch thực hiện"
        description="Đơn vị nhận có đánh dấu “phải xây dựng kế hoạch” mà quá hạn này chưa ban hành sẽ bị tính là chậm"
        value={implementBy}
        onChange={onImplementBy}
        w={420}
      />
      {items.length === 0 && (
        <Text size="sm" c="dimmed" fs="italic">
          Chưa có nơi nhận. Kế hoạch phải có nơi nhận mới ban hành được.
        </Text>
      )}
      {items.map((r, i) => (
        <Paper key={i} withBorder p="sm" role="group" aria-label={`Nơi nhận ${i + 1}`}>
          <Group gap="sm" align="flex-end" wrap="nowrap">
            <UnitNameField
              label="Nơi nhận"
              index={i}
              unitId={r.unitId}
              name={r.label}
              onChange={({ unitId, name }) => onChange(patchAt(items, i, { unitId, label: name }))}
            />
            <Checkbox
              label="Phải xây dựng kế hoạch thực hiện"
              aria-label={`Nơi nhận ${i + 1} phải xây dựng kế hoạch thực hiện`}
              checked={r.mustImplement}
              disabled={r.unitId === null}
              onChange={(e) => onChange(patchAt(items, i, { mustImplement: e.currentTarget.checked }))}
              mb={8}
              w={170}
            />
            <ItemTools
              index={i}
              count={items.length}
              name={`nơi nhận ${i + 1}`}
              onMove={(to) => onChange(move(items, i, to))}
              onRemove={() => onChange(removeAt(items, i))}
            />
          </Group>
        </Paper>
      ))}
      <Group gap="xs">
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...items, { unitId: null, label: '', mustImplement: false }])}
        >
          Thêm nơi nhận
        </Button>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconSitemap size={14} />}
          onClick={() => void addChildren()}
          loading={loading}
          disabled={issuerId === null}
        >
          Thêm tất cả đơn vị trực thuộc
        </Button>
        <Button
          variant="subtle"
          size="xs"
          color="gray"
          onClick={() => onChange([...items, { unitId: null, label: 'Lưu Văn phòng', mustImplement: false }])}
          disabled={items.some((r) => r.label === 'Lưu Văn phòng')}
        >
          + Lưu Văn phòng
        </Button>
      </Group>
    </Stack>
  );
}
