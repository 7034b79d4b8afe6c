import { Badge, type BadgeProps } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReportStatus, Timeliness } from '../api/types';
import { STATUS_COLORS, STATUS_LABELS, TIMELINESS_COLORS, TIMELINESS_LABELS } from './labels';

export function TimelinessBadge({ value, ...rest }: { value: Timeliness } & BadgeProps) {
  return (
    <Badge
      color={TIMELINESS_COLORS[value]}
      variant={value === 'missing' ? 'filled' : 'light'}
      radius="sm"
      tt="none"
      fw={600}
      data-timeliness={value}
      {...rest}
    >
      {TIMELINESS_LABELS[value]}
    </Badge>
  );
}

export function StatusBadge({ value, ...rest }: { value: ReportStatus } & BadgeProps) {
  return (
    <Badge
      color={STATUS_COLORS[value]}
      variant="light"
      radius="sm"
      tt="none"
      fw={600}
      leftSection={value === 'accepted' ? <IconLock size={12} /> : undefined}
      data-status={value}
      {...rest}
    >
      {STATUS_LABELS[value]}
    </Badge>
  );
}
