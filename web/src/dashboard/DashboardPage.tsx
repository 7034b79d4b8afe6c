import '@mantine/charts/styles.css';
import { Alert, Grid, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import type { UnitDetail } from '../api/types';
import { UnitPicker } from '../components/UnitPicker';
import { usePageTitle } from '../lib/title';
import { useReportForms, useUnitPlans } from '../reports/api/forms';
import { useCompleteness, useRollups } from '../reports/api/reports';
import type { PlanSummary } from '../reports/api/types';
import { vnRange } from '../reports/common/dates';
import { indicatorCatalog } from '../reports/common/indicators';
import { planLabel } from '../reports/common/labels';
import { RangeInput, rangeFromParams } from '../reports/common/RangeInput';
import { UnitError } from '../reports/common/UnitError';
import { useUnitParam } from '../reports/common/useUnitParam';
import { ChildCompletenessTable, childCompletenessCsv } from './ChildCompletenessTable';
import { ChildFigures } from './ChildFigures';
import { CompletenessCards } from './CompletenessCards';
import { ConsolidatedButtons } from './ConsolidatedButtons';
import { CsvButton } from './CsvButton';
import { csvName } from './csv';
import { indicatorsIn } from './figures';
import { PeriodChart } from './PeriodChart';
import { PlansInForce } from './PlansInForce';
import { Section } from './Section';
import { TotalsTable } from './TotalsTable';

/** /tong-quan?unit=ID&from&to&planId — the unit's subtree at a glance. */
export function DashboardPage() {
  const { unitId, unit, setUnit, params, setParams } = useUnitParam();
  usePageTitle(unit.data ? `Tổng quan · ${unit.data.name}` : 'Tổng quan');
  const { from, to } = rangeFromParams(params);
  const planId = Number(params.get('planId')) || null;
  const plans = useUnitPlans(unit.data ? unitId : null);

  if (unitId === null) return <Alert color="yellow">Tài khoản chưa được giao vai trò ở đơn vị nào.</Alert>;

  const set = (patch: Record<string, string | null>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) {
        if (v === null) next.delete(k);
        else next.set(k, v);
      }
      return next;
    });

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-end" gap="md">
          <Stack gap={2}>
            <Title order={2} size="h3">
              Tổng quan
            </Title>
            <Text size="sm" c="dimmed">
              {unit.data ? (
                <>
                  <b>{unit.data.name}</b> và các đơn vị trực thuộc · {vnRange(from, to)}
                </>
              ) : unit.error ? (
                '—'
              ) : (
                'Đang tải…'
              )}
            </Text>
          </Stack>
          {unit.data && <ConsolidatedButtons unitId={unitId} from={from} to={to} planId={planId} />}
        </Group>
        <Group gap="sm" align="flex-end" mt="md">
          <UnitPicker
            key={unit.data?.id ?? 0}
            label="Đơn vị"
            value={unit.data ? { id: unit.data.id, name: unit.data.name } : null}
            onChange={(u) => u && setUnit(u.id)}
            clearable={false}
            w={300}
          />
          <RangeInput from={from} to={to} onChange={(f, t) => set({ from: f, to: t })} />
          <PlanFilter plans={plans.data ?? []} value={planId} onChange={(v) => set({ planId: v === null ? null : String(v) })} />
        </Group>
      </Paper>
      {unit.error && <UnitError error={unit.error} onUnit={setUnit} />}
      {unit.data && <DashboardBody unit={unit.data} from={from} to={to} planId={planId} onDrill={setUnit} />}
    </Stack>
  );
}

function PlanFilter({ plans, value, onChange }: { plans: PlanSummary[]; value: number | null; onChange: (id: number | null) => void }) {
  return (
    <Select
      label="Kế hoạch"
      placeholder="Tất cả kế hoạch"
      data={plans.map((p) => ({ value: String(p.id), label: planLabel(p, 70) }))}
      value={value ? String(value) : null}
      onChange={(v) => onChange(v ? Number(v) : null)}
      clearable
      w={340}
      comboboxProps={{ width: 480, position: 'bottom-start' }}
    />
  );
}

function DashboardBody({
  unit,
  from,
  to,
  planId,
  onDrill,
}: {
  unit: UnitDetail;
  from: string;
  to: string;
  planId: number | null;
  onDrill: (id: number) => void;
}) {
  const completeness = useCompleteness(unit.id, from, to, planId);
  const rollups = useRollups(unit.id, from, to, planId);
  const forms = useReportForms(unit.id, { below: true });
  const indicators = indicatorsIn(rollups.data, indicatorCatalog(forms.data ?? []));
  const file = (what: string) => csvName(what, unit.name, from, to);
  const error = completeness.error ?? rollups.error;

  return (
    <>
      {error && <Alert color="red">{error.message}</Alert>}
      <CompletenessCards summary={completeness.data?.summary} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Section
            title="Tình hình nộp báo cáo theo đơn vị trực thuộc"
            testId="completeness-by-child"
            controls={
              <CsvButton
                filename={file('tinh-hinh-nop-bao-cao')}
                build={() => childCompletenessCsv(completeness.data)}
                disabled={!completeness.data?.byChild.length}
              />
            }
          >
            <ChildCompletenessTable data={completeness.data} onDrill={onDrill} />
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <PlansInForce unitId={unit.id} from={from} to={to} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <PeriodChart rollups={rollups.data} indicators={indicators} filename={file('so-lieu-theo-ky')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <TotalsTable rollups={rollups.data} indicators={indicators} filename={file('tong-hop-theo-chi-tieu')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <ChildFigures selfId={unit.id} rollups={rollups.data} indicators={indicators} filename={file('so-lieu-theo-don-vi')} onDrill={onDrill} />
        </Grid.Col>
      </Grid>
    </>
  );
}
