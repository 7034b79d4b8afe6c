import { useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Checkbox, Group, Loader, NumberInput, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { formatDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/notify';
import { useAnniversaries } from '../../api';
import { DateField } from '../../components/DateField';
import { removeAt } from '../../components/list';
import type { AnniversaryOption, PlanAnniversary } from '../../types';

const keyOf = (a: { title: string; anniversaryDate: string | null }) => `${a.title}|${a.anniversaryDate ?? ''}`;

/**
 * The anniversaries the plan marks. When the period is known, those falling in it (the national list
 * and the unit's own events) are proposed with their year counts; the user ticks them in.
 */
export function AnniversariesSection({
  items,
  onChange,
  from,
  to,
  unitId,
}: {
  items: PlanAnniversary[];
  onChange: (items: PlanAnniversary[]) => void;
  from: string | null;
  to: string | null;
  unitId: number | null;
}) {
  const q = useAnniversaries(from, to, unitId);
  const included = new Set(items.map(keyOf));
  const options = q.data?.items ?? [];
  const optionKeys = new Set(options.map(keyOf));
  const toggle = (o: AnniversaryOption, on: boolean) => {
    if (on) {
      const next = [...items, { title: o.title, eventDate: o.eventDate, anniversaryDate: o.anniversaryDate, years: o.years }];
      next.sort((a, b) => (a.anniversaryDate ?? '').localeCompare(b.anniversaryDate ?? ''));
      onChange(next);
    } else onChange(items.filter((a) => keyOf(a) !== keyOf(o)));
  };
  const others = items.map((a, i) => ({ a, i })).filter(({ a }) => !optionKeys.has(keyOf(a)));

  return (
    <Stack gap="sm">
      {!from || !to ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
          Nhập thời gian thực hiện (mục I) để hệ thống đề xuất các ngày kỷ niệm trong khoảng thời gian đó.
        </Alert>
      ) : q.isPending ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">Đang tìm các ngày kỷ niệm…</Text>
        </Group>
      ) : q.isError ? (
        <Alert color="red">{errorMessage(q.error)}</Alert>
      ) : (
        <div role="group" aria-label="Ngày kỷ niệm đề xuất">
          <Text size="sm" fw={500} mb={6}>
            Đề xuất trong thời gian thực hiện ({formatDate(from)} – {formatDate(to)}): đánh dấu để đưa vào kế hoạch
          </Text>
          {options.length === 0 && (
            <Text size="sm" c="dimmed">
              Không có ngày kỷ niệm nào trong khoảng này.
            </Text>
          )}
          <Stack gap={4}>
            {options.map((o) => (
              <Checkbox
                key={keyOf(o)}
                checked={included.has(keyOf(o))}
                onChange={(e) => toggle(o, e.currentTarget.checked)}
                label={
                  <Group gap={6} wrap="wrap">
                    <Text size="sm" span fw={o.round || o.halfRound || o.major ? 600 : 400}>
                      {o.title}
                    </Text>
                    {o.round && <Badge size="xs" color="red">chẵn</Badge>}
                    {o.halfRound && <Badge size="xs" color="orange">lẻ 5</Badge>}
                    {o.major && <Badge size="xs" variant="light" color="red">ngày lễ lớn</Badge>}
                    {o.local && <Badge size="xs" variant="light" color="grape">của đơn vị</Badge>}
                  </Group>
                }
              />
            ))}
          </Stack>
        </div>
      )}
      {others.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Ngày kỷ niệm khác đã đưa vào kế hoạch
          </Text>
          {others.map(({ a, i }) => (
            <Group key={i} gap="xs" wrap="nowrap">
              <Text size="sm" style={{ flex: 1 }}>
                {a.title}
                {a.anniversaryDate && (
                  <Text span c="dimmed" size="sm">
                    {' '}
                    — {formatDate(a.anniversaryDate)}
                  </Text>
                )}
              </Text>
              <Tooltip label="Bỏ khỏi kế hoạch">
                <ActionIcon variant="subtle" color="red" size="sm" onClick={() => onChange(removeAt(items, i))} aria-label={`Bỏ ${a.title}`}>
                  <IconTrash size={14} />
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
        </Stack>
      )}
      <ManualAnniversary onAdd={(a) => onChange([...items, a])} />
    </Stack>
  );
}

function ManualAnniversary({ onAdd }: { onAdd: (a: PlanAnniversary) => void }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState<string | null>(null);
  const [years, setYears] = useState<number | null>(null);
  if (!open) {
    return (
      <Group>
        <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => setOpen(true)}>
          Thêm ngày kỷ niệm khác
        </Button>
      </Group>
    );
  }
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Group gap="sm" align="flex-end">
        <TextInput label="Tên ngày kỷ niệm" value={title} onChange={(e) => setTitle(e.currentTarget.value)} style={{ flex: 1 }} miw={260} data-autofocus />
        <DateField label="Ngày kỷ niệm" value={date} onChange={setDate} w={160} />
        <NumberInput label="Số năm" min={1} allowDecimal={false} value={years ?? ''} onChange={(v) => setYears(typeof v === 'number' ? v : null)} w={100} />
        <Button
          disabled={!title.trim()}
          onClick={() => {
            onAdd({ title: title.trim(), eventDate: null, anniversaryDate: date, years });
            setTitle('');
            setDate(null);
            setYears(null);
            setOpen(false);
          }}
        >
          Thêm
        </Button>
        <Button variant="default" onClick={() => setOpen(false)}>
          Hủy
        </Button>
      </Group>
    </Paper>
  );
}
