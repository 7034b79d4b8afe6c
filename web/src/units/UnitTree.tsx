import { createContext, useContext, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { ActionIcon, Anchor, Badge, Loader, Text, Tooltip } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useUnitChildren } from '../api/units';
import type { UnitSummary } from '../api/types';
import { kindLabel } from '../lib/format';
import { KindIcon } from './KindIcon';

interface TreeCtx {
  activeId: number | null;
  expanded: ReadonlySet<number>;
  includeRetired: boolean;
  setExpanded: (id: number, open: boolean) => void;
}

const Ctx = createContext<TreeCtx | null>(null);

function useTree(): TreeCtx {
  const c = useContext(Ctx);
  if (!c) throw new Error('tree context missing');
  return c;
}

/** The unit hierarchy from the user's root units down; children load when a node opens. */
export function UnitTree({ roots, ...ctx }: TreeCtx & { roots: UnitSummary[] }) {
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => handleTreeKeys(e, ctx.setExpanded);
  return (
    <Ctx.Provider value={ctx}>
      <ul role="tree" aria-label="Cây đơn vị" className="tt-tree" style={{ listStyle: 'none', margin: 0, padding: 0 }} onKeyDown={onKeyDown}>
        {roots.map((u) => (
          <TreeNode key={u.id} unit={u} level={1} parentId={null} />
        ))}
      </ul>
    </Ctx.Provider>
  );
}

function TreeNode({ unit, level, parentId }: { unit: UnitSummary; level: number; parentId: number | null }) {
  const { activeId, expanded, includeRetired, setExpanded } = useTree();
  const hasChildren = unit.childCount > 0;
  const open = hasChildren && expanded.has(unit.id);
  const active = unit.id === activeId;
  const retired = unit.retiredAt !== null;
  const label = unit.name;

  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-expanded={hasChildren ? open : undefined}
      aria-selected={active}
      aria-label={label}
      data-testid={`tree-node-${unit.id}`}
    >
      <div
        className="tt-tree-row"
        data-active={active}
        data-retired={retired}
        style={{ paddingLeft: `calc(${level - 1} * var(--tt-tree-indent))` }}
      >
        {hasChildren ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            tabIndex={-1}
            aria-label={open ? `Thu gọn ${label}` : `Mở rộng ${label}`}
            onClick={() => setExpanded(unit.id, !open)}
          >
            {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          </ActionIcon>
        ) : (
          <span className="tt-tree-spacer" />
        )}
        <Tooltip label={`${kindLabel(unit.kind)}${retired ? ' · đã giải thể' : ''}`} position="right" withinPortal>
          <Link
            className="tt-tree-link"
            to={`/don-vi/${unit.id}`}
            data-tree-link=""
            data-id={unit.id}
            data-parent-id={parentId ?? ''}
            data-has-children={hasChildren}
            data-expanded={open}
            tabIndex={active || level === 1 ? 0 : -1}
            aria-current={active ? 'page' : undefined}
          >
            <KindIcon kind={unit.kind} />
            <span className="tt-tree-label">{label}</span>
          </Link>
        </Tooltip>
        {retired && (
          <Badge size="xs" color="gray" variant="light">
            Giải thể
          </Badge>
        )}
      </div>
      {open && <Children unit={unit} level={level} includeRetired={includeRetired} />}
    </li>
  );
}

function Children({ unit, level, includeRetired }: { unit: UnitSummary; level: number; includeRetired: boolean }) {
  const q = useUnitChildren(unit.id, includeRetired, true);
  const indent = { paddingLeft: `calc(${level} * var(--tt-tree-indent) + 26px)` };
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <ul role="group" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((c) => (
        <TreeNode key={c.id} unit={c} level={level + 1} parentId={unit.id} />
      ))}
      {q.isPending && (
        <li role="none" style={indent}>
          <Loader size="xs" my={6} aria-label="Đang tải" />
        </li>
      )}
      {q.isSuccess && items.length === 0 && (
        <li role="none" style={indent}>
          <Text size="xs" c="dimmed" py={4}>
            Không có đơn vị trực thuộc đang hoạt động
          </Text>
        </li>
      )}
      {q.hasNextPage && (
        <li role="none" style={indent}>
          <Anchor component="button" size="xs" py={4} onClick={() => q.fetchNextPage()} disabled={q.isFetchingNextPage}>
            {q.isFetchingNextPage ? 'Đang tải…' : 'Tải thêm'}
          </Anchor>
        </li>
      )}
    </ul>
  );
}

/** Arrow keys move between visible nodes; right/left open and close them (WAI-ARIA tree pattern). */
function handleTreeKeys(e: KeyboardEvent<HTMLUListElement>, setExpanded: (id: number, open: boolean) => void) {
  const target = e.target as HTMLElement;
  if (!target.matches('[data-tree-link]')) return;
  const links = Array.from(e.currentTarget.querySelectorAll<HTMLElement>('[data-tree-link]'));
  const i = links.indexOf(target);
  const id = Number(target.dataset.id);
  const focus = (el: HTMLElement | undefined) => {
    if (!el) return;
    for (const l of links) l.tabIndex = -1;
    el.tabIndex = 0;
    el.focus();
  };
  switch (e.key) {
    case 'ArrowDown':
      focus(links[i + 1]);
      break;
    case 'ArrowUp':
      focus(links[i - 1]);
      break;
    case 'Home':
      focus(links[0]);
      break;
    case 'End':
      focus(links[links.length - 1]);
      break;
    case 'ArrowRight':
      if (target.dataset.hasChildren !== 'true') return;
      if (target.dataset.expanded === 'true') focus(links[i + 1]);
      else setExpanded(id, true);
      break;
    case 'ArrowLeft':
      if (target.dataset.expanded === 'true') setExpanded(id, false);
      else focus(links.find((l) => l.dataset.id === target.dataset.parentId));
      break;
    default:
      return;
  }
  e.preventDefault();
}
