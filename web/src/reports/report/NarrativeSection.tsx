import { Stack, Text, Textarea } from '@mantine/core';
import type { NarrativeField } from '../api/types';
import { NARRATIVE_LABELS } from '../common/labels';

export function NarrativeSection({
  fields,
  value,
  readOnly,
  onChange,
}: {
  fields: NarrativeField[];
  value: Partial<Record<NarrativeField, string>>;
  readOnly: boolean;
  onChange: (f: NarrativeField, v: string) => void;
}) {
  return (
    <Stack gap="md">
      {fields.map((f) =>
        readOnly ? (
          <div key={f}>
            <Text size="sm" fw={600} mb={2}>
              {NARRATIVE_LABELS[f]}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={value[f] ? undefined : 'dimmed'}>
              {value[f] || 'Không có.'}
            </Text>
          </div>
        ) : (
          <Textarea
            key={f}
            label={NARRATIVE_LABELS[f]}
            autosize
            minRows={3}
            maxRows={14}
            value={value[f] ?? ''}
            onChange={(e) => onChange(f, e.currentTarget.value)}
          />
        ),
      )}
    </Stack>
  );
}
