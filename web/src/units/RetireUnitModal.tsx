import { useEffect } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useRetireUnit } from '../api/units';
import type { UnitDetail } from '../api/types';
import { notifySuccess } from '../lib/notify';
import { ErrorAlert } from '../components/ErrorAlert';

/** Confirm retiring (giải thể) the unit and its whole subtree, or restoring it. */
export function RetireUnitModal({
  opened,
  onClose,
  unit,
  action,
}: {
  opened: boolean;
  onClose: () => void;
  unit: UnitDetail;
  action: 'retire' | 'restore';
}) {
  const m = useRetireUnit(unit.id);
  // Fixed by the caller, so the text does not flip while the dialog fades out after success.
  const restoring = action === 'restore';

  useEffect(() => {
    if (opened) m.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  const submit = () =>
    m.mutate(restoring ? 'restore' : 'retire', {
      onSuccess: () => {
        notifySuccess(restoring ? `Đã khôi phục “${unit.name}”.` : `Đã giải thể “${unit.name}”.`);
        onClose();
      },
    });

  return (
    <Modal opened={opened} onClose={onClose} title={restoring ? 'Khôi phục đơn vị' : 'Giải thể đơn vị'} size="md">
      <Stack gap="sm">
        {restoring ? (
          <Text size="sm">
            Khôi phục <b>{unit.name}</b> để đơn vị hoạt động trở lại?
          </Text>
        ) : (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />}>
            <Text size="sm">
              Giải thể <b>{unit.name}</b>
              {unit.childCount > 0 ? (
                <>
                  {' '}
                  <b>cùng toàn bộ {unit.childCount} đơn vị trực thuộc và các đơn vị cấp dưới của chúng</b>
                </>
              ) : null}
              . Toàn bộ cây đơn vị bên dưới sẽ bị giải thể; dữ liệu được giữ lại và có thể khôi phục.
            </Text>
          </Alert>
        )}
        <ErrorAlert error={m.error} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            Hủy
          </Button>
          <Button color={restoring ? 'teal' : 'orange'} onClick={submit} loading={m.isPending}>
            {restoring ? 'Khôi phục' : 'Giải thể'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
