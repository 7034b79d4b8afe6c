import { Autocomplete, Checkbox, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { CHANNEL_LABELS, CHANNELS, MEASURE_SUGGESTIONS, PER_LABELS } from '../../labels';
import type { Channel, PlanChannel, TargetPer } from '../../types';

const PER_OPTIONS = (Object.keys(PER_LABELS) as TargetPer[]).map((p) => ({ value: p, label: PER_LABELS[p] }));

/** Channels from the fixed vocabulary, each with an optional target and a note. */
export function ChannelsSection({ items, onChange }: { items: PlanChannel[]; onChange: (items: PlanChannel[]) => void }) {
  const chosen = new Set(items.map((c) => c.code));
  const toggle = (code: Channel, on: boolean) => {
    if (on) {
      const next = [...items, { code, note: '', target: null }];
      next.sort((a, b) => CHANNELS.indexOf(a.code) - CHANNELS.indexOf(b.code));
      onChange(next);
    } else onChange(items.filter((c) => c.code !== code));
  };
  const patch = (code: Channel, p: Partial<PlanChannel>) => onChange(items.map((c) => (c.code === code ? { ...c, ...p } : c)));

  return (
    <Stack gap="md">
      <div role="group" aria-label="Chọn hình thức tuyên truyền">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing={6} verticalSpacing={6}>
          {CHANNELS.map((code) => (
            <Checkbox
              key={code}
              label={CHANNEL_LABELS[code]}
              checked={chosen.has(code)}
              onChange={(e) => toggle(code, e.currentTarget.checked)}
            />
          ))}
        </SimpleGrid>
      </div>
      {items.map((c) => (
        <Paper key={c.code} withBorder p="sm" role="group" aria-label={CHANNEL_LABELS[c.code]} data-channel={c.code}>
          <Text fw={600} size="sm" mb={6}>
            {CHANNEL_LABELS[c.code]}
          </Text>
          <TextInput
            label="Ghi chú, cách làm"
            placeholder="Ví dụ: sinh hoạt chi bộ, hội nghị báo cáo viên"
            value={c.note}
            onChange={(e) => patch(c.code, { note: e.currentTarget.value })}
            mb="xs"
          />
          <Group gap="sm" align="flex-end">
            <Switch
              label="Đặt chỉ tiêu"
              checked={c.target !== null}
              onChange={(e) =>
                patch(c.code, { target: e.currentTarget.checked ? { quantity: 1, measure: '', per: 'plan' } : null })
              }
              mb={8}
            />
            {c.target && (
              <>
                <NumberInput
                  label="Số lượng"
                  min={1}
                  max={1_000_000}
                  allowDecimal={false}
                  thousandSeparator="."
                  decimalSeparator=","
                  value={c.target.quantity}
                  onChange={(v) => patch(c.code, { target: { ...c.target!, quantity: typeof v === 'number' ? v : 0 } })}
                  w={120}
                />
                <Autocomplete
                  label="Đơn vị tính"
                  placeholder="băng rôn, buổi, tin bài…"
                  data={MEASURE_SUGGESTIONS}
                  value={c.target.measure}
                  onChange={(measure) => patch(c.code, { target: { ...c.target!, measure } })}
                  w={180}
                />
                <Select
                  label="Tính theo"
                  data={PER_OPTIONS}
                  allowDeselect={false}
                  value={c.target.per}
                  onChange={(v) => patch(c.code, { target: { ...c.target!, per: (v as TargetPer) ?? 'plan' } })}
                  w={150}
                />
              </>
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
