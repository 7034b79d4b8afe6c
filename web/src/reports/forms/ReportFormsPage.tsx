import { useState } from 'react';
import { Accordion, Alert, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { UnitDetail } from '../../api/types';
import { usePageTitle } from '../../lib/title';
import { errorMessage } from '../../lib/notify';
import { CHANNEL_LABELS } from '../../plans/labels';
import type { Channel } from '../../plans/types';
import type { Indicator } from '../api/types';
import { ScopeHeader } from '../common/ScopeHeader';
import { UnitError } from '../common/UnitError';
import { useUnitParam } from '../common/useUnitParam';
import { useUnitReportForms, type OwnedReportForm } from './api';
import { FormBuilder, NARRATIVE_LABELS } from './FormBuilder';

/** /mau-bao-cao?unit=ID — the report forms a unit's plans can require, and a builder for the unit's own. */
export function ReportFormsPage() {
  const { unitId, unit, setUnit } = useUnitParam();
  usePageTitle(unit.data ? `Mẫu báo cáo · ${unit.data.name}` : 'Mẫu báo cáo');
  const [building, setBuilding] = useState(false);

  if (unitId === null) return <Alert color="yellow">Tài khoản chưa được giao vai trò ở đơn vị nào.</Alert>;

  return (
    <Stack gap="md">
      <ScopeHeader title="Mẫu báo cáo" unit={unit.data} failed={unit.isError} onUnit={setUnit}>
        {unit.data?.canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setBuilding(true)}>
            Tạo mẫu báo cáo
          </Button>
        )}
      </ScopeHeader>
      {unit.error && <UnitError error={unit.error} onUnit={setUnit} />}
      {unit.data && <FormsList key={unit.data.id} unit={unit.data} />}
      {unit.data?.canEdit && <FormBuilder key={unit.data.id} unitId={unit.data.id} opened={building} onClose={() => setBuilding(false)} />}
    </Stack>
  );
}

function FormsList({ unit }: { unit: UnitDetail }) {
  const forms = useUnitReportForms(unit.id);
  const names = new Map<number, string>([...unit.ancestors.map((a) => [a.id, a.name] as const), [unit.id, unit.name]]);
  if (forms.error) return <Alert color="red">{errorMessage(forms.error)}</Alert>;
  if (forms.isPending) return <Text c="dimmed">Đang tải…</Text>;
  return (
    <Paper withBorder p="md">
      <Accordion multiple variant="separated" aria-label="Danh sách mẫu báo cáo">
        {forms.data.map((f) => (
          <Accordion.Item key={f.code} value={f.code}>
            <Accordion.Control>
              <Group gap="sm" wrap="nowrap">
                <Text fw={600}>{f.code}</Text>
                <Text>— {f.title}</Text>
                {f.ownerUnitId === null ? (
                  <Badge variant="light" color="gray">
                    Có sẵn
                  </Badge>
                ) : (
                  <Badge variant="light" color="indigo">
                    {names.get(f.ownerUnitId) ?? `Đơn vị #${f.ownerUnitId}`}
                  </Badge>
                )}
                <Text size="sm" c="dimmed">
                  {f.indicators.length} chỉ tiêu
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <FormDetail form={f} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Paper>
  );
}

function FormDetail({ form }: { form: OwnedReportForm }) {
  const groups = new Map<Channel, Indicator[]>();
  for (const ind of form.indicators) groups.set(ind.channel, [...(groups.get(ind.channel) ?? []), ind]);
  return (
    <Stack gap="xs">
      <Table withTableBorder aria-label={`Chỉ tiêu của ${form.code}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Chỉ tiêu</Table.Th>
            <Table.Th w={160}>Đơn vị tính</Table.Th>
            <Table.Th w={220}>Mã</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...groups].map(([channel, inds]) => [
            <Table.Tr key={`h-${channel}`} bg="var(--mantine-color-gray-0)">
              <Table.Td colSpan={3}>
                <Text fw={600} size="sm">
                  {CHANNEL_LABELS[channel] ?? channel}
                </Text>
              </Table.Td>
            </Table.Tr>,
            ...inds.map((ind) => (
              <Table.Tr key={ind.key}>
                <Table.Td pl="lg">{ind.label}</Table.Td>
                <Table.Td>{ind.measure}</Table.Td>
                <Table.Td ff="monospace">{ind.key}</Table.Td>
              </Table.Tr>
            )),
          ])}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed">
        {form.listsItems ? 'Có liệt kê tin, bài. ' : ''}
        {form.narrative.length > 0 ? `Phần viết: ${form.narrative.map((n) => NARRATIVE_LABELS[n]).join(', ')}.` : ''}
      </Text>
    </Stack>
  );
}
