import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useCreateUnit, useUpdateUnit } from '../api/units';
import type { UnitDetail, UnitKind } from '../api/types';
import { KIND_OPTIONS } from '../lib/format';
import { notifySuccess } from '../lib/notify';
import { ErrorAlert } from '../components/ErrorAlert';

type Mode = { type: 'create'; parent: UnitDetail } | { type: 'edit'; unit: UnitDetail };

interface Values {
  name: string;
  kind: UnitKind | null;
  code: string;
  shortName: string;
}

function initial(mode: Mode): Values {
  if (mode.type === 'edit') {
    const u = mode.unit;
    return { name: u.name, kind: u.kind, code: u.code ?? '', shortName: u.shortName ?? '' };
  }
  return { name: '', kind: null, code: '', shortName: '' };
}

/** Add a child unit, or edit (rename) the open one. */
export function UnitFormModal({ opened, onClose, mode }: { opened: boolean; onClose: () => void; mode: Mode }) {
  const unitId = mode.type === 'edit' ? mode.unit.id : mode.parent.id;
  const create = useCreateUnit();
  const update = useUpdateUnit(unitId);
  const mutation = mode.type === 'create' ? create : update;
  const navigate = useNavigate();
  const [v, setV] = useState<Values>(() => initial(mode));

  useEffect(() => {
    if (opened) {
      setV(initial(mode));
      create.reset();
      update.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  const valid = v.name.trim().length > 0 && v.kind !== null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!valid || !v.kind) return;
    const body = {
      name: v.name.trim(),
      kind: v.kind,
      code: v.code.trim() || null,
      shortName: v.shortName.trim() || null,
    };
    if (mode.type === 'create') {
      create.mutate(
        { parentId: mode.parent.id, ...body },
        {
          onSuccess: (u) => {
            notifySuccess(`Đã thêm đơn vị “${u.name}”.`);
            onClose();
            navigate(`/don-vi/${u.id}`);
          },
        },
      );
    } else {
      update.mutate(body, {
        onSuccess: () => {
          notifySuccess('Đã lưu thay đổi.');
          onClose();
        },
      });
    }
  };

  const title = mode.type === 'create' ? 'Thêm đơn vị trực thuộc' : 'Sửa thông tin đơn vị';

  return (
    <Modal opened={opened} onClose={onClose} title={title} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {mode.type === 'create' && (
            <Text size="sm" c="dimmed">
              Trực thuộc: <b>{mode.parent.name}</b>
            </Text>
          )}
          <ErrorAlert error={mutation.error} />
          <TextInput
            label="Tên đơn vị"
            required
            data-autofocus
            value={v.name}
            onChange={(e) => setV({ ...v, name: e.currentTarget.value })}
          />
          <Select
            label="Loại đơn vị"
            required
            data={KIND_OPTIONS}
            value={v.kind}
            onChange={(k) => setV({ ...v, kind: (k as UnitKind | null) ?? null })}
            allowDeselect={false}
            placeholder="Chọn loại"
          />
          <Group grow align="flex-start">
            <TextInput
              label="Mã đơn vị"
              description="Không bắt buộc, duy nhất"
              value={v.code}
              onChange={(e) => setV({ ...v, code: e.currentTarget.value })}
            />
            <TextInput
              label="Tên viết tắt"
              description="Không bắt buộc"
              value={v.shortName}
              onChange={(e) => setV({ ...v, shortName: e.currentTarget.value })}
            />
          </Group>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={!valid}>
              {mode.type === 'create' ? 'Thêm' : 'Lưu'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
