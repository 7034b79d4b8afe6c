import type { ReactNode } from 'react';
import { Group, Paper, Text } from '@mantine/core';

/** A titled block of the dashboard with its own controls (selectors, CSV download). */
export function Section({ title, controls, children, testId }: { title: string; controls?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="md" h="100%" data-testid={testId} component="section" aria-label={title}>
      <Group justify="space-between" mb="sm" gap="xs" wrap="wrap">
        <Text fw={700}>{title}</Text>
        <Group gap="xs">{controls}</Group>
      </Group>
      {children}
    </Paper>
  );
}
