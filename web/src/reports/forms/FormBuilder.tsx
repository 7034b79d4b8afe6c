import { useState } from 'react';
import { ActionIcon, Alert, Autocomplete, Button, Checkbox, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { errorMessage } from '../../lib/notify';
import { notifySuccess } from '../../lib/notify';
import { CHANNELS, CHANNEL_LABELS, MEASURE_SUGGESTIONS } from '../../plans/labels';
import type { Channel } from '../../plans/types';
import type { NarrativeField } from '../api/types';
import { useCreateReportForm } from './api';
import { uniqueKeys } from './keys';

const CHANNEL_OPTIONS = CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }));
export const NARRATIVE_LABELS: Record<NarrativeField, string> = {
  results: 'Kết quả nổi bật',
  difficulties: 'Khó khăn vướng mắc',
  recommendations: 'Kiến nghị đề xuất',
};
const NARRATIVES = Object.keys(NARRATIVE_LABELS) as NarrativeField[];

interface Row {
  id: number;
  label: string;
  measure: string;
  channel: Channel;
}

let nextId = 1;
const newRow = (channel: Channel = 'meeting'): Row => ({ id: nextId++, label: '', measure: '', channel });

/** "Tạo mẫu báo cáo": code, title, indicator rows (key folded from the label), items list and narrative fields. */
export function FormBuilder({ unitId, opened, onClose }: { unitId: number; opened: boolean; onClose: () => void }) {
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [rows, setRows] = useState<Row[]>(() => [newRow()]);
  const [listsItems, setListsItems] = useState(true);
  const [narrative, setNarrative] = useState<string[]>(['results', 'difficulties', 'recommendations']);
  const [localError, setLocalError] = useState<string | null>(null);
  const create = useCreateReportForm(unitId);
  const keys = uniqueKeys(rows.map((r) => r.label));

  const update = (id: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.id === id ? { ...r, ...patch } : r)));

  const reset = () => {
    setCode('');
    setTitle('');
    setRows([newRow()]);
    setListsItems(true);
    setNarrative(['results', 'difficulties', 'recommendations']);
    setLocalError(null);
    create.reset();
  };

  const save = () => {
    setLocalError(null);
    if (!code.trim() || !title.trim()) return setLocalError('Nhập mã và tên mẫu báo cáo.');
    if (rows.length === 0) return setLocalError('Mẫu báo cáo cần ít nhất một chỉ tiêu.');
    const bad = rows.findIndex((r) => !r.label.trim() || !r.measure.trim());
    if (bad >= 0) return setLocalError(`Chỉ tiêu dòng ${bad + 1}: nhập tên và đơn vị tính.`);
    create.mutate(
      {
        code: code.trim(),
        title: title.trim(),
        indicators: rows.map((r, i) => ({ key: keys[i]!, label: r.label.trim(), measure: r.measure.trim(), channel: r.channel })),
        listsItems,
        narrative: NARRATIVES.filter((n) => narrative.includes(n)),
      },
      {
        onSuccess: (f) => {
          notifySuccess(`Đã tạo mẫu báo cáo ${f.code}.`);
          reset();
          onClose();
        },
      },
    );
  };

  const error = localError ?? (create.error ? errorMessage(create.error) : null);

  return (
    <Modal opened={opened} onClose={onClose} title="Tạo mẫu báo cáo" size="80rem">
      <Stack gap="sm">
        <Group gap="sm" align="flex-start">
          <TextInput label="Mã mẫu" placeholder="Mẫu số 03" value={code} onChange={(e) => setCode(e.currentTarget.value)} w={200} required />
          <TextInput
            label="Tên mẫu"
            placeholder="Báo cáo kết quả tuyên truyền …"
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            style={{ flex: 1 }}
            required
          />
        </Group>
        <Text fw={600} size="sm">
          Chỉ tiêu
        </Text>
        <Table withTableBorder verticalSpacing={4} aria-label="Chỉ tiêu của mẫu">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>#</Table.Th>
              <Table.Th>Tên chỉ tiêu</Table.Th>
              <Table.Th w={170}>Đơn vị tính</Table.Th>
              <Table.Th w={260}>Hình thức</Table.Th>
              <Table.Th w={220}>Mã (tự sinh)</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={r.id}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Dòng ${i + 1}: Tên chỉ tiêu`}
                    placeholder="Số buổi tuyên truyền"
                    value={r.label}
                    onChange={(e) => update(r.id, { label: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <Autocomplete
                    aria-label={`Dòng ${i + 1}: Đơn vị tính`}
                    placeholder="buổi"
                    data={MEASURE_SUGGESTIONS}
                    value={r.measure}
                    onChange={(measure) => update(r.id, { measure })}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`Dòng ${i + 1}: Hình thức`}
                    data={CHANNEL_OPTIONS}
                    allowDeselect={false}
                    value={r.channel}
                    onChange={(v) => v && update(r.id, { channel: v as Channel })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput aria-label={`Dòng ${i + 1}: Mã`} value={keys[i]} readOnly variant="filled" ff="monospace" />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Xóa dòng ${i + 1}`}
                    onClick={() => setRows((rs) => rs.filter((x) => x.id !== r.id))}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setRows((rs) => [...rs, newRow(rs[rs.length - 1]?.channel)])}
          >
            Thêm chỉ tiêu
          </Button>
        </Group>
        <Checkbox label="Liệt kê tin, bài" checked={listsItems} onChange={(e) => setListsItems(e.currentTarget.checked)} />
        <Checkbox.Group label="Phần viết" value={narrative} onChange={setNarrative}>
          <Group mt={4}>
            {NARRATIVES.map((n) => (
              <Checkbox key={n} value={n} label={NARRATIVE_LABELS[n]} />
            ))}
          </Group>
        </Checkbox.Group>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <Button onClick={save} loading={create.isPending}>
            Lưu mẫu
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
