import type { ReactNode } from 'react';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { UnitDetail } from '../../api/types';
import { UnitPicker } from '../../components/UnitPicker';

/** Page title, the unit the page is about, a picker to switch unit, and the page's own controls. */
export function ScopeHeader({
  title,
  unit,
  onUnit,
  subtitle,
  failed,
  children,
}: {
  failed?: boolean;
  title: string;
  unit: UnitDetail | undefined;
  onUnit: (id: number) => void;
  subtitle?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {unit ? (subtitle ?? <>Đơn vị: <b>{unit.name}</b></>) : failed ? '—' : 'Đang tải…'}
          </Text>
        </Stack>
        <Group gap="sm" align="flex-end">
          <UnitPicker
            key={unit?.id ?? 0}
            label="Đơn vị"
            value={unit ? { id: unit.id, name: unit.name } : null}
            onChange={(u) => u && onUnit(u.id)}
            clearable={false}
            w={300}
          />
          {children}
        </Group>
      </Group>
    </Paper>
  );
}
