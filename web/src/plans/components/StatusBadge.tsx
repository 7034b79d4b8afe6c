import { Badge } from '@mantine/core';
import { STATUS_COLORS, STATUS_LABELS } from '../labels';
import type { PlanStatus } from '../types';

export function StatusBadge({ status, size = 'sm' }: { status: PlanStatus; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant={status === 'issued' ? 'filled' : 'light'} size={size} data-testid="plan-status">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
