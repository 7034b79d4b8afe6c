// Which parsed field the user is pointing at: the form sets it, the source text shows its spans.
import { createContext, useContext, useState, type ReactNode } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { spanColor } from './labels';

interface Highlight {
  active: string | null;
  setActive: (field: string | null) => void;
  uncertain: string[];
}

const Ctx = createContext<Highlight>({ active: null, setActive: () => {}, uncertain: [] });

export function HighlightProvider({ uncertain, children }: { uncertain: string[]; children: ReactNode }) {
  const [active, setActive] = useState<string | null>(null);
  return <Ctx.Provider value={{ active, setActive, uncertain }}>{children}</Ctx.Provider>;
}

export function useHighlight(): Highlight {
  return useContext(Ctx);
}

export function UncertainBadge() {
  return (
    <Badge color="yellow" variant="light" size="sm" tt="none" leftSection={<IconAlertTriangle size={12} />} data-testid="uncertain-badge">
      Cần kiểm tra
    </Badge>
  );
}

/**
 * A block of the form tied to a field of the source text: pointing at it (mouse or keyboard)
 * highlights where the value came from; a field the parser was unsure of wears a yellow badge.
 */
export function FieldBlock({
  label,
  span,
  check = [],
  children,
}: {
  label: string;
  /** `spans[].field` this block's values come from. */
  span?: string;
  /** `uncertain` names that concern this block. */
  check?: string[];
  children: ReactNode;
}) {
  const { active, setActive, uncertain } = useHighlight();
  const flagged = check.some((c) => uncertain.includes(c));
  const on = span !== undefined && active === span;
  return (
    <div
      className="tt-import-field"
      data-active={on || undefined}
      data-flagged={flagged || undefined}
      data-span={span}
      style={on ? { borderLeftColor: `var(--mantine-color-${spanColor(span)}-5)` } : undefined}
      onMouseEnter={span ? () => setActive(span) : undefined}
      onMouseLeave={span ? () => setActive(null) : undefined}
      onFocusCapture={span ? () => setActive(span) : undefined}
    >
      <Group gap={8} mb={6} wrap="nowrap">
        {span && <span className="tt-import-dot" style={{ background: `var(--mantine-color-${spanColor(span)}-5)` }} />}
        <Text size="sm" fw={600}>
          {label}
        </Text>
        {flagged && <UncertainBadge />}
      </Group>
      {children}
    </div>
  );
}
