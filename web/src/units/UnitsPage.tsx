import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Box, Divider, Group, Paper, ScrollArea, Switch, Text } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { useSession } from '../api/auth';
import { useUnit } from '../api/units';
import { useCurrentUnit } from '../layout/currentUnit';
import { UnitTree } from './UnitTree';
import { UnitSearch } from './UnitSearch';
import { UnitDetailPanel } from './UnitDetailPanel';
import { usePageTitle } from '../lib/title';

export function parseId(raw: string | undefined): number | null {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** /don-vi/:unitId — the tree and search on the left, the open unit on the right. */
export function UnitsPage() {
  const { roots } = useSession();
  const unitId = parseId(useParams().unitId);
  const navigate = useNavigate();
  const { setUnitId } = useCurrentUnit();
  const detail = useUnit(unitId);
  usePageTitle(detail.data?.name ?? 'Đơn vị');
  const [search, setSearch] = useState('');
  const [showRetired, setShowRetired] = useLocalStorage({ key: 'tt.showRetired', defaultValue: false });
  const [expanded, setExpandedSet] = useState<ReadonlySet<number>>(() => new Set(roots.map((r) => r.id)));

  const setExpanded = useCallback((id: number, open: boolean) => {
    setExpandedSet((prev) => {
      const next = new Set(prev);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  // Remember the unit and open the tree down to it.
  const path = detail.data?.path;
  useEffect(() => {
    if (unitId !== null && detail.isSuccess) setUnitId(unitId);
  }, [unitId, detail.isSuccess, setUnitId]);
  useEffect(() => {
    if (!path) return;
    setExpandedSet((prev) => {
      const ancestors = path.slice(0, -1);
      if (ancestors.every((id) => prev.has(id))) return prev;
      return new Set([...prev, ...ancestors]);
    });
  }, [path]);

  return (
    <Box className="tt-split">
      <Paper withBorder p="sm" component="section" aria-label="Danh sách đơn vị">
        <UnitSearch
          value={search}
          onChange={setSearch}
          onPick={(u) => {
            setSearch('');
            navigate(`/don-vi/${u.id}`);
          }}
        />
        {!search.trim() && (
          <>
            <Group justify="space-between" mt="sm" mb={4} px={4}>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                Cây đơn vị
              </Text>
              <Switch
                size="xs"
                label="Hiện đơn vị đã giải thể"
                checked={showRetired}
                onChange={(e) => setShowRetired(e.currentTarget.checked)}
              />
            </Group>
            <Divider mb={4} />
            <ScrollArea.Autosize mah="calc(100vh - 200px)" type="auto" scrollbars="y" offsetScrollbars="y">
              <UnitTree
                roots={roots}
                activeId={unitId}
                expanded={expanded}
                includeRetired={showRetired}
                setExpanded={setExpanded}
              />
            </ScrollArea.Autosize>
          </>
        )}
      </Paper>
      <UnitDetailPanel query={detail} showRetired={showRetired} />
    </Box>
  );
}
