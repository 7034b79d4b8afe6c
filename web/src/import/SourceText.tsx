// The source text with the parsed values marked where they were found; follows the field in focus.
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Group, Paper, Text } from '@mantine/core';
import { useHighlight } from './highlight';
import { SPAN_FIELDS, spanColor, spanLabel } from './labels';
import type { FieldSpan } from './types';

function segments(text: string, spans: FieldSpan[], active: string | null): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const s of sorted) {
    if (s.start < at || s.end <= s.start || s.end > text.length) continue; // overlapping or out of range
    if (s.start > at) out.push(text.slice(at, s.start));
    out.push(
      <mark
        key={`${s.field}-${s.start}`}
        className="tt-import-mark"
        data-field={s.field}
        data-active-match={s.field === active || undefined}
        title={spanLabel(s.field)}
        style={{
          ['--mark-bg' as string]: `var(--mantine-color-${spanColor(s.field)}-1)`,
          ['--mark-line' as string]: `var(--mantine-color-${spanColor(s.field)}-6)`,
        }}
      >
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

export function SourceText({ text, spans, fileName }: { text: string; spans: FieldSpan[]; fileName: string }) {
  const { active, setActive } = useHighlight();
  const box = useRef<HTMLDivElement>(null);
  const parts = useMemo(() => segments(text, spans, active), [text, spans, active]);
  const present = useMemo(() => new Set(spans.map((s) => s.field)), [spans]);

  useEffect(() => {
    const el = box.current;
    if (!el || !active) return;
    const mark = el.querySelector<HTMLElement>(`mark[data-field="${active}"]`);
    if (!mark) return;
    const top = mark.offsetTop - el.clientHeight / 3;
    el.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
  }, [active]);

  return (
    <Paper withBorder className="tt-import-source-paper">
      <Group justify="space-between" px="md" py={8} className="tt-import-source-head">
        <Text size="sm" fw={600}>
          Văn bản gốc
        </Text>
        <Text size="xs" c="dimmed" truncate maw="60%">
          {fileName}
        </Text>
      </Group>
      <Group gap={6} px="md" py={6} className="tt-import-legend" aria-label="Chú giải màu">
        {SPAN_FIELDS.filter((f) => present.has(f.field)).map((f) => (
          <span
            key={f.field}
            className="tt-import-legend-item"
            data-on={active === f.field || undefined}
            onMouseEnter={() => setActive(f.field)}
            onMouseLeave={() => setActive(null)}
          >
            <span className="tt-import-dot" style={{ background: `var(--mantine-color-${f.color}-5)` }} />
            {f.label}
          </span>
        ))}
      </Group>
      <div ref={box} className="tt-import-source" data-testid="source-text" data-active={active ?? undefined}>
        {parts}
      </div>
    </Paper>
  );
}
