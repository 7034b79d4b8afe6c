import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { UnitDetail } from '../api/types';
import { UnitPicker } from './UnitPicker';

/** Page title plus the unit whose subtree the page shows, with a picker to switch unit. */
export function UnitScopeHeader({
  title,
  unit,
  section,
  children,
}: {
  title: string;
  unit: UnitDetail | undefined;
  section: 'nguoi-dung' | 'nhat-ky';
  children?: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {unit ? (
              <>
                Đơn vị: <b>{unit.name}</b> và các đơn vị trực thuộc
              </>
            ) : (
              'Đang tải…'
            )}
          </Text>
        </Stack>
        <Group gap="sm" align="flex-end">
          <UnitPicker
            label="Đổi đơn vị"
            value={unit ? { id: unit.id, name: unit.name } : null}
            onChange={(u) => u && navigate(`/${section}/${u.id}`)}
            clearable={false}
            w={320}
          />
          {children}
        </Group>
      </Group>
    </Paper>
  );
}
