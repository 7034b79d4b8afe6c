import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Badge, Button, Group, Paper, Stack, Tabs } from '@mantine/core';
import { IconBuildingCommunity, IconFileText, IconTemplate } from '@tabler/icons-react';
import type { UnitDetail } from '../../api/types';
import { usePageTitle } from '../../lib/title';
import { useUnitPlans } from '../api/forms';
import { useCompleteness, useOpenReport } from '../api/reports';
import type { ExpectedReport } from '../api/types';
import { RangeInput, rangeFromParams } from '../common/RangeInput';
import { ScopeHeader } from '../common/ScopeHeader';
import { UnitError } from '../common/UnitError';
import { useUnitParam } from '../common/useUnitParam';
import { OwnReportsTable } from './OwnReportsTable';
import { SubReportsTable } from './SubReportsTable';

/** /bao-cao?unit=ID&from&to — the reports a unit owes, and those expected from the units below it. */
export function ReportsPage() {
  const { unitId, unit, setUnit, params, setParams } = useUnitParam();
  usePageTitle(unit.data ? `Báo cáo · ${unit.data.name}` : 'Báo cáo');
  const { from, to } = rangeFromParams(params);

  if (unitId === null) return <Alert color="yellow">Tài khoản chưa được giao vai trò ở đơn vị nào.</Alert>;

  const setRange = (f: string, t: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set('from', f);
      next.set('to', t);
      return next;
    });

  return (
    <Stack gap="md">
      <ScopeHeader title="Báo cáo định kỳ" unit={unit.data} failed={unit.isError} onUnit={setUnit}>
        <RangeInput from={from} to={to} onChange={setRange} label="Kỳ báo cáo trong khoảng" />
        <Button component={Link} to={`/mau-bao-cao?unit=${unitId}`} variant="default" leftSection={<IconTemplate size={16} />}>
          Mẫu báo cáo
        </Button>
      </ScopeHeader>
      {unit.error && <UnitError error={unit.error} onUnit={setUnit} />}
      {unit.data && <ReportsBody key={`${unit.data.id}|${from}|${to}`} unit={unit.data} from={from} to={to} />}
    </Stack>
  );
}

function ReportsBody({ unit, from, to }: { unit: UnitDetail; from: string; to: string }) {
  const completeness = useCompleteness(unit.id, from, to);
  const plans = useUnitPlans(unit.id);
  const open = useOpenReport();
  const navigate = useNavigate();
  const [opening, setOpening] = useState<string | null>(null);
  const [tab, setTab] = useState<string | null>(null);

  const items = completeness.data?.items ?? [];
  const own = items.filter((i) => i.unitId === unit.id).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const below = items.filter((i) => i.unitId !== unit.id);
  const awaiting = below.filter((i) => i.status === 'submitted').length;
  const overdue = own.filter((i) => i.timeliness === 'missing' || i.timeliness === 'returned').length;
  const current = tab ?? (own.length === 0 && below.length > 0 ? 'duoi' : 'rieng');

  const onOpen = (it: ExpectedReport) => {
    const key = `${it.planId}|${it.periodKey}`;
    setOpening(key);
    open.mutate(
      { planId: it.planId, unitId: unit.id, periodKey: it.periodKey },
      { onSuccess: (r) => navigate(`/bao-cao/${r.id}`), onSettled: () => setOpening(null) },
    );
  };

  return (
    <>
      {completeness.error && <Alert color="red">{completeness.error.message}</Alert>}
      <Paper withBorder p="md">
        <Tabs value={current} onChange={setTab}>
          <Tabs.List mb="md">
            <Tabs.Tab value="rieng" leftSection={<IconFileText size={16} />}>
              <Group gap={6} wrap="nowrap">
                Báo cáo của đơn vị
                {overdue > 0 && (
                  <Badge size="sm" color="red" variant="filled">
                    {overdue}
                  </Badge>
                )}
              </Group>
            </Tabs.Tab>
            <Tabs.Tab value="duoi" leftSection={<IconBuildingCommunity size={16} />}>
              <Group gap={6} wrap="nowrap">
                Đơn vị trực thuộc gửi lên
                {awaiting > 0 && (
                  <Badge size="sm" color="indigo" variant="filled">
                    {awaiting}
                  </Badge>
                )}
              </Group>
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="rieng">
            <OwnReportsTable items={own} plans={plans.data ?? []} opening={opening} onOpen={onOpen} />
          </Tabs.Panel>
          <Tabs.Panel value="duoi">
            <SubReportsTable key={String(completeness.isSuccess)} items={below} />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </>
  );
}
