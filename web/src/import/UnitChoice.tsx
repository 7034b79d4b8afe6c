// The unit a reviewed plan is saved to: one where the user may write (default: their own unit).
import { useState } from 'react';
import { Anchor, Select, Stack } from '@mantine/core';
import { useSession } from '../api/auth';
import { UnitPicker } from '../components/UnitPicker';
import { editableRoots } from '../plans/access';

export interface UnitRef {
  id: number;
  name: string;
}

/** The user's own unit when they may write there, else the first unit they may write in. */
export function useDefaultUnit(): UnitRef | null {
  const me = useSession();
  const roots = editableRoots(me);
  return roots.find((u) => u.id === me.user.unitId) ?? roots[0] ?? null;
}

export function UnitChoice({ value, onChange, label = 'Đơn vị lưu' }: { value: UnitRef | null; onChange: (u: UnitRef) => void; label?: string }) {
  const me = useSession();
  const roots = editableRoots(me);
  const [deeper, setDeeper] = useState(false);
  const data = roots.map((u) => ({ value: String(u.id), label: u.name }));
  if (value && !roots.some((u) => u.id === value.id)) data.push({ value: String(value.id), label: value.name });
  const root = roots.find((r) => r.id === value?.id) ?? roots[0] ?? null;

  if (roots.length === 0) return null;
  return (
    <Stack gap={4}>
      <Select
        label={label}
        data={data}
        value={value ? String(value.id) : null}
        allowDeselect={false}
        onChange={(v) => {
          const u = data.find((d) => d.value === v);
          if (u) onChange({ id: Number(u.value), name: u.label });
        }}
      />
      {deeper ? (
        <UnitPicker
          aria-label="Đơn vị trực thuộc"
          placeholder="Gõ tên đơn vị trực thuộc"
          size="xs"
          under={root?.id ?? null}
          value={null}
          onChange={(u) => {
            if (u) {
              onChange({ id: u.id, name: u.name });
              setDeeper(false);
            }
          }}
        />
      ) : (
        <Anchor component="button" type="button" size="xs" onClick={() => setDeeper(true)} style={{ alignSelf: 'flex-start' }}>
          Chọn đơn vị trực thuộc…
        </Anchor>
      )}
    </Stack>
  );
}
