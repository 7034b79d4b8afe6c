import { useEffect, useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMoveUnit } from '../api/units';
import type { UnitDetail } from '../api/types';
import { notifySuccess } from '../lib/notify';
import { ErrorAlert } from '../components/ErrorAlert';
import { UnitPicker } from '../components/UnitPicker';

/** Move the unit (with its subtree) under another parent. */
export function MoveUnitModal({ opened, onClose, unit }: { opened: boolean; onClose: () => void; unit: UnitDetail }) {
  const move = useMoveUnit(unit.id);
  const [target, setTarget] = useState<{ id: number; name: string } | null>(null);

  useEffect(() => {
    if (opened) {
      setTarget(null);
      move.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  const parent = unit.ancestors[unit.ancestors.length - 1];
  const submit = () => {
    if (!target) return;
    move.mutate(target.id, {
      onSuccess: () => {
        notifySuccess(`Đã chuyển “${unit.name}” về trực thuộc “${target.name}”.`);
        onClose();
      },
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Chuyển đơn vị" size="md">
      <Stack gap="sm">
        <Text size="sm">
          Chuyển <b>{unit.name}</b> cùng toàn bộ đơn vị trực thuộc sang đơn vị cấp trên mới.
          {parent && (
            <>
              {' '}
              Cấp trên hiện tại: <b>{parent.name}</b>.
            </>
          )}
        </Text>
        <ErrorAlert error={move.error} />
        <UnitPicker
          label="Đơn vị cấp trên mới"
          required
          data-autofocus
          value={target}
          onChange={(u) => setTarget(u ? { id: u.id, name: u.name } : null)}
          exclude={[unit.id, ...(unit.parentId !== null ? [unit.parentId] : [])]}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <Button onClick={submit} loading={move.isPending} disabled={!target}>
            Chuyển
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
