// Small inputs of the review form: a date as precise as printed, a list of lines, a number or nothing.
import { useEffect, useState } from 'react';
import { ActionIcon, Button, Group, Stack, Text, TextInput, Textarea, type TextInputProps } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { formatPartialDate, parsePartialDate } from './dates';

/** dd/mm/yyyy, mm/yyyy or yyyy; the value is ISO as precise as typed. */
export function PartialDateInput({
  value,
  onChange,
  ...rest
}: { value: string | null; onChange: (v: string | null) => void } & Omit<TextInputProps, 'value' | 'onChange'>) {
  const [text, setText] = useState(formatPartialDate(value));
  useEffect(() => {
    if (parsePartialDate(text) !== value) setText(formatPartialDate(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const parsed = parsePartialDate(text);
  return (
    <TextInput
      placeholder="dd/mm/yyyy"
      {...rest}
      value={text}
      error={parsed === undefined ? 'Ngày dạng dd/mm/yyyy, mm/yyyy hoặc yyyy' : rest.error}
      onChange={(e) => {
        const t = e.currentTarget.value;
        setText(t);
        const p = parsePartialDate(t);
        if (p !== undefined) onChange(p);
      }}
    />
  );
}

/** A whole number or empty (null). */
export function SerialInput({
  value,
  onChange,
  ...rest
}: { value: number | null; onChange: (v: number | null) => void } & Omit<TextInputProps, 'value' | 'onChange'>) {
  return (
    <TextInput
      inputMode="numeric"
      {...rest}
      value={value === null ? '' : String(value)}
      onChange={(e) => {
        const digits = e.currentTarget.value.replace(/\D/g, '').slice(0, 9);
        onChange(digits ? Number(digits) : null);
      }}
    />
  );
}

/** Editable list of one-line (or multi-line) texts. */
export function TextLines({
  values,
  onChange,
  label,
  addLabel,
  multiline = false,
  placeholder,
}: {
  values: string[];
  onChange: (v: string[]) => void;
  label: string;
  addLabel: string;
  multiline?: boolean;
  placeholder?: string;
}) {
  const set = (i: number, v: string) => onChange(values.map((x, n) => (n === i ? v : x)));
  return (
    <Stack gap={6}>
      {values.length === 0 && (
        <Text size="sm" c="dimmed">
          Không có.
        </Text>
      )}
      {values.map((v, i) => (
        <Group key={i} gap={6} wrap="nowrap" align="flex-start">
          {multiline ? (
            <Textarea
              aria-label={`${label} ${i + 1}`}
              autosize
              minRows={1}
              style={{ flex: 1 }}
              value={v}
              placeholder={placeholder}
              onChange={(e) => set(i, e.currentTarget.value)}
            />
          ) : (
            <TextInput
              aria-label={`${label} ${i + 1}`}
              style={{ flex: 1 }}
              value={v}
              placeholder={placeholder}
              onChange={(e) => set(i, e.currentTarget.value)}
            />
          )}
          <RemoveButton label={`Xóa ${label.toLowerCase()} ${i + 1}`} onClick={() => onChange(values.filter((_, n) => n !== i))} />
        </Group>
      ))}
      <AddButton label={addLabel} onClick={() => onChange([...values, ''])} />
    </Stack>
  );
}

export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="gray" aria-label={label} onClick={onClick} mt={4}>
      <IconTrash size={16} />
    </ActionIcon>
  );
}

export function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={onClick} style={{ alignSelf: 'flex-start' }}>
      {label}
    </Button>
  );
}
