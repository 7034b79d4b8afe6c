import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import {
  IconArchive,
  IconArrowsMove,
  IconFileImport,
  IconPencil,
  IconPlus,
  IconRestore,
  IconTrash,
} from '@tabler/icons-react';
import type { UnitDetail } from '../api/types';
import { UnitFormModal } from './UnitFormModal';
import { MoveUnitModal } from './MoveUnitModal';
import { RetireUnitModal } from './RetireUnitModal';
import { DeleteUnitModal } from './DeleteUnitModal';
import { ImportModal } from './ImportModal';

type Dialog = 'add' | 'edit' | 'move' | 'retire' | 'restore' | 'delete' | 'import';

/** Administrative actions on the open unit; rendered only for administrators. */
export function UnitActions({ unit }: { unit: UnitDetail }) {
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const retired = unit.retiredAt !== null;
  const isRoot = unit.parentId === null;

  return (
    <>
      <Group gap="xs" role="toolbar" aria-label="Thao tác quản trị" justify="space-between">
        <Group gap="xs">
          <Button size="sm" leftSection={<IconPlus size={16} />} onClick={() => setDialog('add')} disabled={retired}>
            Thêm đơn vị trực thuộc
          </Button>
          <Button size="sm" variant="light" leftSection={<IconFileImport size={16} />} onClick={() => setDialog('import')} disabled={retired}>
            Nhập từ tệp
          </Button>
          <Button size="sm" variant="default" leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
            Đổi tên
          </Button>
          {!isRoot && (
            <Button size="sm" variant="default" leftSection={<IconArrowsMove size={16} />} onClick={() => setDialog('move')}>
              Chuyển đơn vị
            </Button>
          )}
        </Group>
        {!isRoot && (
          <Group gap="xs">
            {retired ? (
              <Button size="sm" variant="outline" color="teal" leftSection={<IconRestore size={16} />} onClick={() => setDialog('restore')}>
                Khôi phục
              </Button>
            ) : (
              <Button size="sm" variant="outline" color="orange" leftSection={<IconArchive size={16} />} onClick={() => setDialog('retire')}>
                Giải thể
              </Button>
            )}
            {unit.childCount === 0 && (
              <Button size="sm" variant="outline" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('delete')}>
                Xóa
              </Button>
            )}
          </Group>
        )}
      </Group>

      <UnitFormModal opened={dialog === 'add'} onClose={close} mode={{ type: 'create', parent: unit }} />
      <UnitFormModal opened={dialog === 'edit'} onClose={close} mode={{ type: 'edit', unit }} />
      <MoveUnitModal opened={dialog === 'move'} onClose={close} unit={unit} />
      <RetireUnitModal opened={dialog === 'retire'} onClose={close} unit={unit} action="retire" />
      <RetireUnitModal opened={dialog === 'restore'} onClose={close} unit={unit} action="restore" />
      <DeleteUnitModal opened={dialog === 'delete'} onClose={close} unit={unit} />
      <ImportModal opened={dialog === 'import'} onClose={close} unit={unit} />
    </>
  );
}
