import { Group, TextInput } from '@mantine/core';
import { UnitPicker } from '../../../components/UnitPicker';

/**
 * A unit chosen from the tree (id and name) or written freely ("Các chi bộ trực thuộc"):
 * picking fills the name; the name can then be adjusted as it should read on the document.
 */
export function UnitNameField({
  unitId,
  name,
  onChange,
  label,
  index,
}: {
  unitId: number | null;
  name: string;
  onChange: (v: { unitId: number | null; name: string }) => void;
  label: string;
  index: number;
}) {
  return (
    <Group gap="xs" align="flex-end" wrap="wrap" style={{ flex: 1 }}>
      <UnitPicker
        label={`Chọn ${label.toLowerCase()} từ cây đơn vị`}
        aria-label={`Chọn ${label.toLowerCase()} ${index + 1} từ cây đơn vị`}
        value={unitId ? { id: unitId, name } : null}
        onChange={(u) => onChange(u ? { unitId: u.id, name: u.name } : { unitId: null, name })}
        w={300}
      />
      <TextInput
        label={`${label} (ghi trên văn bản)`}
        aria-label={`Tên ${label.toLowerCase()} ${index + 1}`}
        placeholder="hoặc nhập tự do, ví dụ: Các chi bộ trực thuộc"
        value={name}
        onChange={(e) => onChange({ unitId, name: e.currentTarget.value })}
        style={{ flex: 1 }}
        miw={240}
      />
    </Group>
  );
}
