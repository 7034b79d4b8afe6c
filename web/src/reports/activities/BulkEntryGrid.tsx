import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { Alert, Button, Group, Kbd, Paper, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconDeviceFloppy, IconPlus } from '@tabler/icons-react';
import { ApiError } from '../../api/client';
import { errorMessage, notifySuccess } from '../../lib/notify';
import { useCreateActivities } from '../api/activities';
import type { ActivityInput } from '../api/types';
import { emptyRow, gridRowOfError, isBlank, toInput, type CellErrors, type GridRow } from './gridModel';
import { GridRowView } from './GridRowView';
import { PlanDatalists } from './PlanDatalists';
import type { ReportingContext } from './useReportingContext';
import '../reports.css';

const COLUMNS: [string, number][] = [
  ['#', 36],
  ['Ngày', 108],
  ['Hình thức', 200],
  ['Kế hoạch', 180],
  ['Đợt', 80],
  ['Chủ đề', 160],
  ['Số liệu', 300],
  ['Tiêu đề tin, bài', 230],
  ['Đường dẫn', 190],
  ['Ngày đăng', 108],
  ['Ghi chú', 200],
  ['', 40],
];

/** Enter many activities at once, spreadsheet-style; Ctrl+Enter saves every row in one request (all or none). */
export function BulkEntryGrid({ unitId, ctx, canEdit }: { unitId: number; ctx: ReportingContext; canEdit: boolean }) {
  const [rows, setRows] = useState<GridRow[]>(() => [emptyRow()]);
  const [errors, setErrors] = useState<Record<string, CellErrors>>({});
  const [failure, setFailure] = useState<{ rowKey: string | null; text: string } | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ index: number; col: string } | null>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const create = useCreateActivities(unitId);

  useEffect(() => {
    if (!focusRequest) return;
    const el = wrap.current?.querySelector<HTMLElement>(`[data-cell="${focusRequest.index}:${focusRequest.col}"]`);
    el?.focus();
    setFocusRequest(null);
  }, [focusRequest, rows]);

  const patchRow = (key: string, patch: Partial<GridRow>) => {
    setRows((prev) => prev.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    if (errors[key]) {
      setErrors((prev) => {
        const next = { ...prev };
        const cols = Object.keys(patch).flatMap((k) => (k === 'figures' ? Object.keys(next[key] ?? {}).filter((c) => c.startsWith('fig:')) : [k]));
        const mine = { ...next[key] };
        for (const c of [...cols, ...(patch.date !== undefined ? ['date'] : []), ...(patch.planId !== undefined ? ['plan'] : [])]) delete mine[c];
        next[key] = mine;
        return next;
      });
    }
  };

  /** Adds a row (copying date, plan, phase and theme of the last one) and puts the cursor in its first cell. */
  const addRow = () => {
    const index = rows.length;
    // Synchronously, so that keys typed right after Enter land in the new row.
    flushSync(() => setRows((prev) => [...prev, emptyRow(prev[prev.length - 1])]));
    wrap.current?.querySelector<HTMLElement>(`[data-cell="${index}:date"]`)?.focus();
  };

  const removeRow = (key: string) => {
    setRows((prev) => {
      const next = prev.filter((r) => r.key !== key);
      return next.length ? next : [emptyRow()];
    });
    if (failure?.rowKey === key) setFailure(null);
  };

  const save = () => {
    if (create.isPending) return;
    setFailure(null);
    const items: ActivityInput[] = [];
    const sentRows: number[] = [];
    const sentKeys: string[] = [];
    const found: Record<string, CellErrors> = {};
    const messages: string[] = [];
    rows.forEach((r, i) => {
      if (isBlank(r)) return;
      const res = toInput(r, ctx.indicatorsOf(r.channel, r.planId));
      if (res.errors) {
        found[r.key] = res.errors;
        messages.push(`Dòng ${i + 1}: ${Object.values(res.errors).join(' ')}`);
      } else {
        items.push(res.input);
        sentRows.push(i + 1);
        sentKeys.push(r.key);
      }
    });
    setErrors(found);
    if (messages.length) {
      setFailure({ rowKey: null, text: messages.join('\n') });
      return;
    }
    if (items.length === 0) {
      setFailure({ rowKey: null, text: 'Chưa có dòng nào để ghi.' });
      return;
    }
    create.mutate(items, {
      onSuccess: (res) => {
        notifySuccess(`Đã ghi ${res.ids.length} kết quả.`);
        setRows([emptyRow(rows[rows.length - 1])]);
        setErrors({});
        setFocusRequest({ index: 0, col: 'date' });
      },
      onError: (err) => {
        const issues = err instanceof ApiError ? err.issues : [];
        const { row, text } = gridRowOfError(errorMessage(err), issues, sentRows);
        setFailure({ rowKey: row ? (rows[row - 1]?.key ?? null) : null, text });
      },
    });
  };

  const cells = () => Array.from(wrap.current?.querySelectorAll<HTMLElement>('[data-cell]') ?? []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (!target.dataset.cell) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
      return;
    }
    const list = cells();
    const at = list.indexOf(target);
    if (e.key === 'Enter') {
      e.preventDefault();
      if (e.altKey) return;
      const next = list[at + (e.shiftKey ? -1 : 1)];
      if (next) next.focus();
      else if (!e.shiftKey) addRow();
      return;
    }
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && target.tagName === 'INPUT' && !target.getAttribute('list')) {
      const row = Number(target.dataset.row) + (e.key === 'ArrowDown' ? 1 : -1);
      const el = wrap.current?.querySelector<HTMLElement>(`[data-cell="${row}:${target.dataset.col}"]`);
      if (el) {
        e.preventDefault();
        el.focus();
      }
    }
  };

  const filled = rows.filter((r) => !isBlank(r)).length;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Text size="xs" c="dimmed" className="tt-kbd-help">
          <Kbd>Tab</Kbd> / <Kbd>Enter</Kbd> sang ô kế tiếp · <Kbd>Shift</Kbd>+<Kbd>Enter</Kbd> ô trước · <Kbd>↑</Kbd>
          <Kbd>↓</Kbd> lên, xuống dòng · <Kbd>Enter</Kbd> ở ô cuối thêm dòng · <Kbd>Ctrl</Kbd>+<Kbd>Enter</Kbd> ghi tất cả. Ngày
          gõ dạng dd/mm/yyyy; dòng trống được bỏ qua.
        </Text>
      </Group>
      {failure && (
        <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" data-testid="grid-error" title="Chưa ghi được — không dòng nào được lưu">
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {failure.text}
          </Text>
        </Alert>
      )}
      <div className="tt-grid-wrap" ref={wrap} onKeyDown={onKeyDown} data-testid="activity-grid">
        <PlanDatalists ctx={ctx} />
        <table className="tt-grid" aria-label="Bảng nhập kết quả">
          <colgroup>
            {COLUMNS.map(([, w], i) => (
              <col key={i} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {COLUMNS.map(([c], i) => (
                <th key={i} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <GridRowView
                key={r.key}
                row={r}
                index={i}
                ctx={ctx}
                errors={errors[r.key]}
                flagged={failure?.rowKey === r.key}
                onChange={(patch) => patchRow(r.key, patch)}
                onRemove={() => removeRow(r.key)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <Paper p={0} bg="transparent">
        <Group justify="space-between">
          <Button variant="default" size="xs" leftSection={<IconPlus size={14} />} onClick={() => addRow()} disabled={!canEdit}>
            Thêm dòng
          </Button>
          <Group gap="sm">
            <Text size="sm" c="dimmed">
              {filled} dòng có dữ liệu
            </Text>
            <Button leftSection={<IconDeviceFloppy size={16} />} onClick={save} loading={create.isPending} disabled={!canEdit}>
              Ghi tất cả (Ctrl+Enter)
            </Button>
          </Group>
        </Group>
      </Paper>
    </Stack>
  );
}
