import { Button, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconChecks } from '@tabler/icons-react';
import type { ReportForm } from '../api/types';
import { formatNumber } from '../common/indicators';
import { NARRATIVE_LABELS } from '../common/labels';
import { sameValue, type Draft } from './draft';

interface Diff {
  id: string;
  label: string;
  mine: string;
  theirs: string;
  apply: (d: Draft) => Draft;
}

const num = (v: number | '' | undefined) => (v === '' || v === undefined ? '(trống)' : formatNumber(v));
const strip = (items: Draft['items']) => items.map(({ key: _k, ...rest }) => rest);

/** What this user changed (against the version they had loaded) that the latest version does not already say. */
export function diffs(form: ReportForm, mine: Draft, base: Draft, current: Draft): Diff[] {
  const out: Diff[] = [];
  const changed = (a: unknown, b: unknown, c: unknown) => !sameValue(a, b) && !sameValue(a, c);
  for (const i of form.indicators) {
    if (!changed(mine.figures[i.key], base.figures[i.key], current.figures[i.key])) continue;
    out.push({
      id: `fig:${i.key}`,
      label: `${i.label} (${i.measure})`,
      mine: num(mine.figures[i.key]),
      theirs: num(current.figures[i.key]),
      apply: (d) => ({ ...d, figures: { ...d.figures, [i.key]: mine.figures[i.key] ?? '' } }),
    });
  }
  if (form.listsItems && changed(strip(mine.items), strip(base.items), strip(current.items))) {
    out.push({
      id: 'items',
      label: 'Danh sách tin, bài',
      mine: `${mine.items.length} mục`,
      theirs: `${current.items.length} mục`,
      apply: (d) => ({ ...d, items: mine.items }),
    });
  }
  for (const f of form.narrative) {
    if (!changed(mine.narrative[f], base.narrative[f], current.narrative[f])) continue;
    out.push({
      id: `narrative:${f}`,
      label: NARRATIVE_LABELS[f],
      mine: mine.narrative[f] || '(trống)',
      theirs: current.narrative[f] || '(trống)',
      apply: (d) => ({ ...d, narrative: { ...d.narrative, [f]: mine.narrative[f] ?? '' } }),
    });
  }
  return out;
}

/** After a conflicting save: what this user typed, kept aside, to re-apply onto the latest version. */
export function ConflictPanel({
  form,
  mine,
  base,
  current,
  onApply,
  onClose,
}: {
  form: ReportForm;
  mine: Draft;
  base: Draft;
  current: Draft;
  onApply: (next: Draft) => void;
  onClose: () => void;
}) {
  const list = diffs(form, mine, base, current);
  return (
    <Paper withBorder p="md" bg="yellow.0" style={{ position: 'sticky', top: 72 }} data-testid="conflict-panel" aria-label="Nội dung bạn đã nhập">
      <Stack gap="sm">
        <Text fw={700}>Nội dung bạn đã nhập</Text>
        <Text size="xs" c="dimmed">
          Biểu mẫu đang hiện bản mới nhất. Những mục bạn đã sửa được giữ ở đây: bấm “Áp dụng” để đưa lại vào báo cáo rồi bấm
          Lưu.
        </Text>
        {list.length === 0 ? (
          <Text size="sm" c="teal.8">
            Không còn khác biệt nào.
          </Text>
        ) : (
          <ScrollArea.Autosize mah={460}>
            <Stack gap="xs">
              {list.map((d) => (
                <Paper key={d.id} withBorder p="xs" data-diff={d.id}>
                  <Text size="sm" fw={600}>
                    {d.label}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={4}>
                    Của bạn: <b>{d.mine}</b>
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    Bản mới nhất: {d.theirs}
                  </Text>
                  <Group justify="flex-end" mt={4}>
                    <Button size="compact-xs" variant="light" leftSection={<IconArrowBackUp size={12} />} onClick={() => onApply(d.apply(current))}>
                      Áp dụng
                    </Button>
                  </Group>
                </Paper>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
        <Group justify="space-between">
          <Button size="xs" variant="subtle" color="gray" onClick={onClose}>
            Đóng
          </Button>
          {list.length > 0 && (
            <Button size="xs" leftSection={<IconChecks size={14} />} onClick={() => onApply(list.reduce((d, x) => x.apply(d), current))}>
              Áp dụng tất cả
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
