import { useEffect, useState } from 'react';
import { Autocomplete, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../lib/notify';
import { useUpdateActivity } from '../api/activities';
import type { Activity, ActivityInput, Channel } from '../api/types';
import { CHANNEL_OPTIONS, planLabel } from '../common/labels';
import { VnDateInput } from '../common/VnDateInput';
import { hasLink, hasTitle } from './gridModel';
import type { ReportingContext } from './useReportingContext';

type Draft = Omit<ActivityInput, 'planId'> & { planId: string | null };

const toDraft = (a: Activity): Draft => ({
  occurredOn: a.occurredOn,
  channel: a.channel,
  planId: a.planId === null ? null : String(a.planId),
  phaseLabel: a.phaseLabel,
  theme: a.theme,
  figures: { ...a.figures },
  title: a.title,
  link: a.link,
  publishedOn: a.publishedOn,
  note: a.note,
});

/** Correct one activity (PUT /api/activities/:id). */
export function EditActivityModal({
  activity,
  unitId,
  ctx,
  onClose,
}: {
  activity: Activity | null;
  unitId: number;
  ctx: ReportingContext;
  onClose: () => void;
}) {
  const [d, setD] = useState<Draft | null>(null);
  const update = useUpdateActivity(unitId);
  useEffect(() => {
    setD(activity ? toDraft(activity) : null);
    update.reset();
  }, [activity]);

  const set = (patch: Partial<Draft>) => setD((prev) => (prev ? { ...prev, ...patch } : prev));
  const plan = d?.planId ? ctx.planById.get(Number(d.planId)) : undefined;
  const indicators = d ? ctx.indicatorsOf(d.channel, d.planId) : [];
  const extra = d ? Object.keys(d.figures).filter((k) => !indicators.some((i) => i.key === k)) : [];

  const submit = () => {
    if (!d || !activity) return;
    const keys = new Set(indicators.map((i) => i.key));
    const figures = Object.fromEntries(Object.entries(d.figures).filter(([k, v]) => keys.has(k) && Number.isFinite(v)));
    const input: ActivityInput = {
      ...d,
      planId: d.planId ? Number(d.planId) : null,
      figures,
      phaseLabel: d.phaseLabel?.trim() || null,
      theme: d.theme?.trim() || null,
      title: hasTitle(d.channel, indicators) ? d.title?.trim() || null : null,
      link: hasLink(d.channel) ? d.link?.trim() || null : null,
      publishedOn: hasLink(d.channel) ? d.publishedOn : null,
      note: d.note?.trim() || null,
    };
    update.mutate(
      { id: activity.id, input },
      {
        onSuccess: () => {
          notifySuccess('Đã lưu kết quả.');
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened={activity !== null} onClose={onClose} title="Sửa kết quả thực hiện" size="lg">
      {d && (
        <Stack gap="sm">
          <SimpleGrid cols={2}>
            <VnDateInput label="Ngày" required value={d.occurredOn} onChange={(v) => v && set({ occurredOn: v })} />
            <Select
              label="Hình thức"
              required
              data={CHANNEL_OPTIONS}
              value={d.channel}
              onChange={(v) => v && set({ channel: v as Channel })}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Select
            label="Kế hoạch"
            placeholder="(Không theo kế hoạch)"
            data={ctx.plans.map((p) => ({ value: String(p.id), label: planLabel(p, 110) }))}
            value={d.planId}
            onChange={(v) => set({ planId: v })}
            clearable
          />
          <SimpleGrid cols={2}>
            <Autocomplete
              label="Đợt"
              data={plan?.content.phases.map((p) => p.label) ?? []}
              value={d.phaseLabel ?? ''}
              onChange={(v) => set({ phaseLabel: v })}
            />
            <Autocomplete
              label="Chủ đề"
              data={plan?.content.themes.map((t) => t.title) ?? []}
              value={d.theme ?? ''}
              onChange={(v) => set({ theme: v })}
            />
          </SimpleGrid>
          {indicators.length > 0 && (
            <SimpleGrid cols={2}>
              {indicators.map((i) => (
                <NumberInput
                  key={i.key}
                  label={i.label}
                  rightSection={<Text size="xs" c="dimmed" pr={6}>{i.measure}</Text>}
                  rightSectionWidth={90}
                  min={0}
                  allowDecimal={false}
                  allowNegative={false}
                  thousandSeparator="."
                  decimalSeparator=","
                  value={d.figures[i.key] ?? ''}
                  onChange={(v) => {
                    const figures = { ...d.figures };
                    if (typeof v === 'number') figures[i.key] = v;
                    else delete figures[i.key];
                    set({ figures });
                  }}
                />
              ))}
            </SimpleGrid>
          )}
          {extra.length > 0 && (
            <Text size="xs" c="orange.8">
              Số liệu không thuộc hình thức đã chọn sẽ bị bỏ khi lưu: {extra.map((k) => ctx.catalog.get(k)?.label ?? k).join('; ')}.
            </Text>
          )}
          {hasTitle(d.channel, indicators) && (
            <TextInput label="Tiêu đề tin, bài" value={d.title ?? ''} onChange={(e) => set({ title: e.currentTarget.value })} />
          )}
          {hasLink(d.channel) && (
            <SimpleGrid cols={2}>
              <TextInput label="Đường dẫn" placeholder="https://" value={d.link ?? ''} onChange={(e) => set({ link: e.currentTarget.value })} />
              <VnDateInput label="Ngày đăng" clearable value={d.publishedOn} onChange={(v) => set({ publishedOn: v })} />
            </SimpleGrid>
          )}
          <Textarea label="Ghi chú" autosize minRows={2} value={d.note ?? ''} onChange={(e) => set({ note: e.currentTarget.value })} />
          <ErrorAlert error={update.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button onClick={submit} loading={update.isPending}>
              Lưu
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
