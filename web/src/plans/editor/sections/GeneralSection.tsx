import { Link } from 'react-router';
import { Anchor, Group, SegmentedControl, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { UnitPicker } from '../../../components/UnitPicker';
import { DateField } from '../../components/DateField';
import type { PlanSummary } from '../../types';
import type { Draft } from '../draft';
import { BasesList } from './BasesList';

export function GeneralSection({
  draft,
  onChange,
  isNew,
  parent,
}: {
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  isNew: boolean;
  parent: PlanSummary | null;
}) {
  return (
    <Stack gap="md">
      <Group gap="lg" align="flex-end">
        {isNew ? (
          <UnitPicker
            label="Đơn vị ban hành"
            description="Đơn vị mà bạn có quyền biên tập"
            value={draft.issuer}
            onChange={(u) => onChange({ issuer: u ? { id: u.id, name: u.name } : null })}
            clearable={false}
            required
            w={360}
          />
        ) : (
          <div>
            <Text size="sm" fw={500}>
              Đơn vị ban hành
            </Text>
            <Text size="sm">{draft.issuer?.name}</Text>
          </div>
        )}
        <div>
          <Text size="sm" fw={500} id="plan-kind-label" mb={4}>
            Loại văn bản
          </Text>
          <SegmentedControl
            aria-labelledby="plan-kind-label"
            data={[
              { value: 'KH', label: 'Kế hoạch' },
              { value: 'HD', label: 'Hướng dẫn' },
            ]}
            value={draft.kind}
            onChange={(v) => onChange({ kind: v === 'HD' ? 'HD' : 'KH' })}
          />
        </div>
      </Group>
      <Textarea
        label="Trích yếu"
        description="Viết tiếp sau tên loại văn bản, ví dụ: “tuyên truyền Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025-2030”"
        placeholder="tuyên truyền …"
        autosize
        minRows={2}
        required
        value={draft.title}
        onChange={(e) => onChange({ title: e.currentTarget.value })}
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <DateField label="Thời gian thực hiện: từ ngày" value={draft.periodStart} onChange={(periodStart) => onChange({ periodStart })} />
        <DateField
          label="đến ngày"
          value={draft.periodEnd}
          onChange={(periodEnd) => onChange({ periodEnd })}
          minDate={draft.periodStart ?? undefined}
        />
      </SimpleGrid>
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          Căn cứ
        </Text>
        {parent && (
          <Group gap={6} data-testid="parent-plan" wrap="nowrap" align="flex-start">
            <IconLink size={16} color="var(--mantine-color-blue-7)" style={{ flex: "none", marginTop: 3 }} />
            <Text size="sm">
              Thực hiện {parent.kind === 'HD' ? 'Hướng dẫn' : 'Kế hoạch'}{' '}
              <Anchor component={Link} to={`/ke-hoach/${parent.id}`} fw={600}>
                số {parent.number ?? '(chưa có số)'}
              </Anchor>{' '}
              của {parent.issuerName} về {parent.title}
            </Text>
          </Group>
        )}
        <BasesList
          items={draft.content.externalBases}
          onChange={(externalBases) => onChange({ content: { ...draft.content, externalBases } })}
        />
      </Stack>
    </Stack>
  );
}
