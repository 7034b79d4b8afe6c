// List fields of the review form: bases, phases, anniversaries, assignments; report forms read-only.
import { Group, Paper, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { AddButton, PartialDateInput, RemoveButton, SerialInput } from './inputs';
import type { Anniversary, Assignment, BaseRef, Phase, ReportTemplate } from './types';

function replace<T>(list: T[], i: number, v: T): T[] {
  return list.map((x, n) => (n === i ? v : x));
}

function Empty() {
  return (
    <Text size="sm" c="dimmed">
      Không có.
    </Text>
  );
}

export function BasesField({ values, onChange }: { values: BaseRef[]; onChange: (v: BaseRef[]) => void }) {
  return (
    <Stack gap={6}>
      {values.length === 0 && <Empty />}
      {values.map((b, i) => (
        <Group key={i} gap={6} wrap="nowrap" align="flex-start">
          <SerialInput aria-label={`Số văn bản căn cứ ${i + 1}`} placeholder="Số" w={80} value={b.serial} onChange={(serial) => onChange(replace(values, i, { ...b, serial }))} />
          <TextInput
            aria-label={`Ký hiệu văn bản căn cứ ${i + 1}`}
            placeholder="Ký hiệu"
            style={{ flex: 1 }}
            value={b.symbol ?? ''}
            onChange={(e) => onChange(replace(values, i, { ...b, symbol: e.currentTarget.value.trim() || null }))}
          />
          <PartialDateInput aria-label={`Ngày văn bản căn cứ ${i + 1}`} w={130} value={b.date} onChange={(date) => onChange(replace(values, i, { ...b, date }))} />
          <RemoveButton label={`Xóa căn cứ ${i + 1}`} onClick={() => onChange(values.filter((_, n) => n !== i))} />
        </Group>
      ))}
      <AddButton label="Thêm căn cứ" onClick={() => onChange([...values, { serial: null, symbol: null, date: null }])} />
    </Stack>
  );
}

export function PhasesField({ values, onChange }: { values: Phase[]; onChange: (v: Phase[]) => void }) {
  return (
    <Stack gap={6}>
      {values.length === 0 && <Empty />}
      {values.map((p, i) => (
        <Group key={i} gap={6} wrap="nowrap" align="flex-start">
          <TextInput
            aria-label={`Tên đợt ${i + 1}`}
            placeholder={`Đợt ${i + 1}`}
            style={{ flex: 1 }}
            value={p.label ?? ''}
            onChange={(e) => onChange(replace(values, i, { ...p, label: e.currentTarget.value || null }))}
          />
          <PartialDateInput aria-label={`Đợt ${i + 1} từ ngày`} placeholder="từ" w={120} value={p.start} onChange={(start) => onChange(replace(values, i, { ...p, start }))} />
          <PartialDateInput aria-label={`Đợt ${i + 1} đến ngày`} placeholder="đến" w={120} value={p.end} onChange={(end) => onChange(replace(values, i, { ...p, end }))} />
          <RemoveButton label={`Xóa đợt ${i + 1}`} onClick={() => onChange(values.filter((_, n) => n !== i))} />
        </Group>
      ))}
      <AddButton label="Thêm đợt" onClick={() => onChange([...values, { label: null, start: null, end: null }])} />
    </Stack>
  );
}

export function AnniversariesField({ values, onChange }: { values: Anniversary[]; onChange: (v: Anniversary[]) => void }) {
  return (
    <Stack gap={8}>
      {values.length === 0 && <Empty />}
      {values.map((a, i) => (
        <Paper key={i} withBorder p={8} radius="sm">
          <Group gap={6} wrap="nowrap" align="flex-start">
            <Stack gap={6} style={{ flex: 1 }}>
              <TextInput aria-label={`Tên ngày kỷ niệm ${i + 1}`} value={a.title} onChange={(e) => onChange(replace(values, i, { ...a, title: e.currentTarget.value }))} />
              <Group gap={6} grow>
                <PartialDateInput size="xs" label="Ngày sự kiện" value={a.eventDate} onChange={(eventDate) => onChange(replace(values, i, { ...a, eventDate }))} />
                <PartialDateInput size="xs" label="Ngày kỷ niệm" value={a.anniversaryDate} onChange={(anniversaryDate) => onChange(replace(values, i, { ...a, anniversaryDate }))} />
                <SerialInput size="xs" label="Số năm" value={a.years} onChange={(years) => onChange(replace(values, i, { ...a, years }))} />
              </Group>
            </Stack>
            <RemoveButton label={`Xóa ngày kỷ niệm ${i + 1}`} onClick={() => onChange(values.filter((_, n) => n !== i))} />
          </Group>
        </Paper>
      ))}
      <AddButton label="Thêm ngày kỷ niệm" onClick={() => onChange([...values, { title: '', eventDate: null, anniversaryDate: null, years: null }])} />
    </Stack>
  );
}

export function AssignmentsField({ values, onChange }: { values: Assignment[]; onChange: (v: Assignment[]) => void }) {
  return (
    <Stack gap={8}>
      {values.length === 0 && <Empty />}
      {values.map((a, i) => {
        const unit = typeof a === 'string' ? a : a.unit;
        const duties = typeof a === 'string' ? [] : a.duties;
        return (
          <Group key={i} gap={6} wrap="nowrap" align="flex-start">
            <Stack gap={4} style={{ flex: 1 }}>
              <TextInput
                aria-label={`Đơn vị được giao ${i + 1}`}
                value={unit}
                onChange={(e) => onChange(replace(values, i, typeof a === 'string' ? e.currentTarget.value : { ...a, unit: e.currentTarget.value }))}
              />
              {typeof a !== 'string' && (
                <Textarea
                  aria-label={`Nhiệm vụ của đơn vị ${i + 1}`}
                  description="Mỗi nhiệm vụ một dòng"
                  size="xs"
                  autosize
                  minRows={1}
                  maxRows={6}
                  value={duties.join('\n')}
                  onChange={(e) => onChange(replace(values, i, { unit, duties: e.currentTarget.value.split('\n') }))}
                />
              )}
            </Stack>
            <RemoveButton label={`Xóa đơn vị được giao ${i + 1}`} onClick={() => onChange(values.filter((_, n) => n !== i))} />
          </Group>
        );
      })}
      <AddButton label="Thêm đơn vị" onClick={() => onChange([...values, { unit: '', duties: [] }])} />
    </Stack>
  );
}

export function ReportTemplatesView({ templates }: { templates: ReportTemplate[] }) {
  return (
    <Stack gap="sm">
      {templates.map((t, i) => (
        <Paper key={i} withBorder p="xs">
          <Text size="sm" fw={500} mb={4}>
            {t.title}
          </Text>
          <Table withTableBorder withColumnBorders fz="xs">
            <Table.Thead>
              <Table.Tr>
                {t.columns.map((c, n) => (
                  <Table.Th key={n}>{c}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {t.rows.map((r, n) => (
                <Table.Tr key={n}>
                  <Table.Td>{r}</Table.Td>
                  {t.columns.slice(1).map((_, k) => (
                    <Table.Td key={k} />
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ))}
    </Stack>
  );
}
