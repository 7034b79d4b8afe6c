// Where the reviewed plan goes: a draft of the chosen unit, or the unit's register of higher-level documents.
import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconDeviceFloppy, IconFileImport } from '@tabler/icons-react';
import { RegisterExternalModal } from './ExternalDocs';
import { useImportSave } from './save';
import type { PlanDocument, SaveAs } from './types';
import { UnitChoice, type UnitRef } from './UnitChoice';

export function SaveBar({
  plan,
  unit,
  onUnit,
  onSaved,
  registered,
}: {
  plan: PlanDocument;
  unit: UnitRef | null;
  onUnit: (u: UnitRef) => void;
  onSaved: (as: SaveAs, id: number, unit: UnitRef) => void;
  registered: boolean;
}) {
  const { save, pending } = useImportSave();
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState(false);
  const [modalError, setModalError] = useState<string | null>(null);

  const run = async (as: SaveAs) => {
    if (!unit) return;
    setError(null);
    setModalError(null);
    const out = await save(unit, as, plan);
    if (!out.ok) {
      if (as === 'external') setModalError(out.message);
      else setError(out.message);
      return;
    }
    setConfirm(false);
    const id = as === 'draft' ? out.result.planId : out.result.externalDocumentId;
    if (id !== null) onSaved(as, id, unit);
  };

  return (
    <Paper withBorder p="sm" className="tt-import-savebar" data-testid="import-savebar">
      <Stack gap="xs">
        <UnitChoice value={unit} onChange={onUnit} />
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} />}
            disabled={!unit || pending !== null || registered}
            onClick={() => {
              setModalError(null);
              setConfirm(true);
            }}
          >
            Đăng ký văn bản cấp trên
          </Button>
          <Button leftSection={<IconDeviceFloppy size={16} />} disabled={!unit} loading={pending === 'draft'} onClick={() => void run('draft')}>
            Lưu thành dự thảo
          </Button>
        </Group>
        {!unit && (
          <Text size="sm" c="red">
            Bạn không có quyền soạn kế hoạch ở đơn vị nào.
          </Text>
        )}
        {error && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
            {error}
          </Alert>
        )}
      </Stack>
      <RegisterExternalModal
        opened={confirm}
        plan={plan}
        unit={unit}
        loading={pending === 'external'}
        error={modalError}
        onConfirm={() => void run('external')}
        onClose={() => setConfirm(false)}
      />
    </Paper>
  );
}
