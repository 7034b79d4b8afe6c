import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDeleteUnit } from '../api/units';
import type { UnitDetail } from '../api/types';
import { notifySuccess } from '../lib/notify';
import { ErrorAlert } from '../components/ErrorAlert';

/** Delete a unit that nothing refers to; the server answers 409 otherwise. */
export function DeleteUnitModal({ opened, onClose, unit }: { opened: boolean; onClose: () => void; unit: UnitDetail }) {
  const m = useDeleteUnit(unit.id);
  const navigate = useNavigate();

  useEffect(() => {
    if (opened) m.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  const submit = () =>
    m.mutate(undefined, {
      onSuccess: () => {
        notifySuccess(`Đã xóa “${unit.name}”.`);
        onClose();
        navigate(unit.parentId !== null ? `/don-vi/${unit.parentId}` : '/don-vi', { replace: true });
      },
    });

  return (
    <Modal opened={opened} onClose={onClose} title="Xóa đơn vị" size="md">
      <Stack gap="sm">
        <Text size="sm">
          Xóa hẳn <b>{unit.name}</b>? Chỉ xóa được đơn vị chưa có dữ liệu liên quan (người dùng, kế hoạch, báo cáo…).
          Nếu đơn vị đã có dữ liệu, hãy dùng “Giải thể”.
        </Text>
        <ErrorAlert error={m.error} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            Hủy
          </Button>
          <Button color="red" onClick={submit} loading={m.isPending}>
            Xóa
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
