import { Group, NumberInput, Select, Stack, Switch, Text } from '@mantine/core';
import { useReportForms } from '../../api';
import { CADENCE_LABELS } from '../../labels';
import type { Cadence, Reporting } from '../../types';

const CADENCES = (Object.keys(CADENCE_LABELS) as Cadence[]).map((c) => ({ value: c, label: CADENCE_LABELS[c] }));

export function ReportingSection({
  value,
  onChange,
  unitId = null,
}: {
  value: Reporting | null;
  onChange: (r: Reporting | null) => void;
  unitId?: number | null;
}) {
  const forms = useReportForms(unitId);
  const formOptions = (forms.data?.items ?? []).map((f) => ({ value: f.code, label: `${f.code} — ${f.title}` }));
  if (value?.formCode && !formOptions.some((o) => o.value === value.formCode)) formOptions.push({ value: value.formCode, label: value.formCode });
  return (
    <Stack gap="sm">
      <Switch
        label="Các đơn vị báo cáo kết quả định kỳ"
        checked={value !== null}
        onChange={(e) =>
          onChange(e.currentTarget.checked ? { cadence: 'monthly', deadlineDay: 20, formCode: null, periodStartDay: 15 } : null)
        }
      />
      {value && (
        <>
          <Group gap="sm" align="flex-start">
            <Select
              label="Kỳ báo cáo"
              data={CADENCES}
              allowDeselect={false}
              value={value.cadence}
              onChange={(v) => onChange({ ...value, cadence: (v as Cadence) ?? 'monthly' })}
              w={200}
            />
            <NumberInput
              label={value.cadence === 'phase' || value.cadence === 'final' ? 'Hạn gửi (số ngày sau khi kết thúc)' : 'Hạn gửi: ngày trong tháng'}
              min={1}
              max={31}
              allowDecimal={false}
              value={value.deadlineDay}
              onChange={(v) => onChange({ ...value, deadlineDay: typeof v === 'number' ? v : 1 })}
              w={230}
            />
            {(value.cadence === 'monthly' || value.cadence === 'quarterly') && (
              <NumberInput
                label="Kỳ bắt đầu từ ngày"
                description="Nghị định 09/2019: ngày 15 tháng trước"
                min={1}
                max={28}
                allowDecimal={false}
                value={value.periodStartDay}
                onChange={(v) => onChange({ ...value, periodStartDay: typeof v === 'number' ? v : 15 })}
                w={200}
              />
            )}
          </Group>
          <Select
            label="Mẫu báo cáo"
            placeholder={forms.isPending ? 'Đang tải…' : 'Chọn mẫu'}
            data={formOptions}
            clearable
            value={value.formCode}
            onChange={(formCode) => onChange({ ...value, formCode })}
            maw={560}
          />
          <Text size="xs" c="dimmed">
            Các đơn vị nhận sẽ lập báo cáo theo mẫu này trong phần Báo cáo.
          </Text>
        </>
      )}
    </Stack>
  );
}
