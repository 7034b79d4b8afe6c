import {
  IconBriefcase,
  IconBroadcast,
  IconBuildingBank,
  IconFlag,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { UnitKind } from '../api/types';

const ICONS = {
  committee: IconFlag,
  cell: IconUsersGroup,
  board: IconBriefcase,
  government: IconBuildingBank,
  mass: IconUsers,
  media: IconBroadcast,
} as const;

export function KindIcon({ kind, size = 16 }: { kind: UnitKind; size?: number }) {
  const Icon = ICONS[kind] ?? IconFlag;
  return <Icon size={size} stroke={1.6} aria-hidden style={{ flex: 'none' }} />;
}
