// Several files: reading progress, a row per file with its outcome and what can be done with it.
import { useState } from 'react';
import { Link } from 'react-router';
import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck, IconDeviceFloppy, IconEye, IconFileImport } from '@tabler/icons-react';
import { RegisterExternalModal } from './ExternalDocs';
import { kindName, numberLine } from './labels';
import { useImportSave } from './save';
import type { ImportEntry, SaveAs } from './types';
import { UnitChoice, type UnitRef } from './UnitChoice';

interface Props {
  entries: ImportEntry[];
  done: number;
  reading: boolean;
  unit: UnitRef | null;
  onUnit: (u: UnitRef) => void;
  update: (key: string, patch: Partial<ImportEntry>) => void;
  onOpen: (key: string) => void;
}

export function BatchView({ entries, done, reading, unit, onUnit, update, onOpen }: Props) {
  const { save } = useImportSave();
  const [external, setExternal] = useState<ImportEntry | null>(null);
  const [externalError, setExternalError] = useState<string | null>(null);
  const [externalBusy, setExternalBusy] = useState(false);
  const [savingAll, setSavingAll] = useState(false);
  const total = entries.length;
  const parsed = entries.filter((e) => e.status === 'parsed');
  const refused = entries.filter((e) => e.status === 'refused').length;
  const unsaved = parsed.filter((e) => !e.saved);

  const saveOne = async (e: ImportEntry, as: SaveAs): Promise<string | null> => {
    if (!unit || !e.plan) return 'Chưa chọn đơn vị.';
    update(e.key, { saving: true, saveError: null });
    const out = await save(unit, as, e.plan);
    if (out.ok) {
      const id = as === 'draft' ? out.result.planId : out.result.externalDocumentId;
      update(e.key, { saving: false, saved: id === null ? null : { as, id, unitName: unit.name } });
      return null;
    }
    update(e.key, { saving: false, saveError: out.message });
    return out.message;
  };

  const saveAll = async () => {
    setSavingAll(true);
    for (const e of unsaved) await saveOne(e, 'draft');
    setSavingAll(false);
  };

  const current = Math.min(done + 1, total);
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Group justify="space-between" mb={6}>
          <Text size="sm" fw={500} data-testid="batch-progress-label">
            {reading ? `Đang đọc ${current}/${total}…` : `Đã đọc ${total}/${total} tệp`}
          </Text>
          {!reading && (
            <Group gap="xs">
              <Badge color="teal" variant="light">
                {parsed.length} đọc được
              </Badge>
              {refused > 0 && (
                <Badge color="red" variant="light">
                  {refused} bị từ chối
                </Badge>
              )}
            </Group>
          )}
        </Group>
        <Progress value={total ? (done / total) * 100 : 0} animated={reading} color={reading ? 'blue' : 'teal'} aria-label="Tiến độ đọc tệp" />
        <Group justify="space-between" align="flex-end" mt="md">
          <div style={{ minWidth: 320 }}>
            <UnitChoice value={unit} onChange={onUnit} label="Đơn vị lưu các văn bản" />
          </div>
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            disabled={reading || unsaved.length === 0 || !unit}
            loading={savingAll}
            onClick={() => void saveAll()}
          >
            Lưu tất cả thành dự thảo{unsaved.length > 0 ? ` (${unsaved.length})` : ''}
          </Button>
        </Group>
      </Paper>

      <Paper withBorder>
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="sm" data-testid="batch-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                <Table.Th w={220}>Tệp</Table.Th>
                <Table.Th>Kết quả đọc</Table.Th>
                <Table.Th w={330}>Thao tác</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e, i) => (
                <Table.Tr key={e.key} data-status={e.status} className={e.status === 'refused' ? 'tt-import-row-refused' : undefined}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
                      {e.file.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatSize(e.file.size)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Outcome entry={e} />
                  </Table.Td>
                  <Table.Td>
                    <Actions
                      entry={e}
                      disabled={!unit || savingAll}
                      onOpen={() => onOpen(e.key)}
                      onDraft={() => void saveOne(e, 'draft')}
                      onExternal={() => {
                        setExternalError(null);
                        setExternal(e);
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>

      <RegisterExternalModal
        opened={external !== null}
        plan={external?.plan ?? null}
        unit={unit}
        loading={externalBusy}
        error={externalError}
        onClose={() => setExternal(null)}
        onConfirm={() => {
          if (!external) return;
          setExternalBusy(true);
          void saveOne(external, 'external').then((err) => {
            setExternalBusy(false);
            if (err) setExternalError(err);
            else setExternal(null);
          });
        }}
      />
    </Stack>
  );
}

function Outcome({ entry: e }: { entry: ImportEntry }) {
  if (e.status === 'waiting') return <Text size="sm" c="dimmed">Đang chờ</Text>;
  if (e.status === 'reading') return <Text size="sm" c="blue">Đang đọc…</Text>;
  if (e.status === 'refused')
    return (
      <Text size="sm" c="red.8" data-testid="row-refusal">
        {e.error}
      </Text>
    );
  const p = e.plan!;
  const flagged = e.result?.uncertain.length ?? 0;
  return (
    <Stack gap={2}>
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {kindName(p.kind)} {numberLine(p.serial, p.symbol, true)}
        </Text>
        {flagged > 0 && (
          <Badge size="xs" color="yellow" variant="light">
            {flagged} mục cần kiểm tra
          </Badge>
        )}
      </Group>
      <Text size="sm" lineClamp={2}>
        {p.title}
      </Text>
      {e.saveError && (
        <Text size="xs" c="red.8">
          {e.saveError}
        </Text>
      )}
    </Stack>
  );
}

function Actions({
  entry: e,
  disabled,
  onOpen,
  onDraft,
  onExternal,
}: {
  entry: ImportEntry;
  disabled: boolean;
  onOpen: () => void;
  onDraft: () => void;
  onExternal: () => void;
}) {
  if (e.status !== 'parsed') return null;
  if (e.saved)
    return (
      <Group gap={6} data-testid="row-saved">
        <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" />
        {e.saved.as === 'draft' ? (
          <Anchor component={Link} to={`/ke-hoach/${e.saved.id}/sua`} size="sm">
            Đã lưu dự thảo — mở
          </Anchor>
        ) : (
          <Text size="sm">Đã đăng ký văn bản cấp trên</Text>
        )}
      </Group>
    );
  return (
    <Group gap={6}>
      <Button size="compact-sm" variant="light" leftSection={<IconEye size={14} />} onClick={onOpen}>
        Xem và sửa
      </Button>
      <Button size="compact-sm" variant="default" leftSection={<IconDeviceFloppy size={14} />} loading={e.saving} disabled={disabled} onClick={onDraft}>
        Lưu thành dự thảo
      </Button>
      <Button size="compact-sm" variant="subtle" leftSection={<IconFileImport size={14} />} disabled={disabled || e.saving} onClick={onExternal} title="Đăng ký văn bản cấp trên">
        Đăng ký VB cấp trên
      </Button>
    </Group>
  );
}

function formatSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
