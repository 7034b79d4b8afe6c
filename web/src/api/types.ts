// Types of the HTTP API (docs/api.md).

export type Role = 'viewer' | 'editor' | 'leader' | 'admin';
export type UnitKind = 'committee' | 'cell' | 'board' | 'government' | 'mass' | 'media';

export interface UnitSummary {
  id: number;
  parentId: number | null;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  code: string | null;
  depth: number;
  retiredAt: string | null;
  childCount: number;
}

export interface UnitDetail extends UnitSummary {
  path: number[];
  ancestors: { id: number; name: string }[];
  createdAt: string;
  updatedAt: string;
  myRole: Role;
  userCount: number;
  canEdit: boolean;
  canAdminister: boolean;
}

export interface UnitSearchItem extends UnitSummary {
  trail: string;
}

export interface RoleAssignment {
  id: number;
  unitId: number;
  unitName: string;
  role: Role;
}

export interface User {
  id: number;
  username: string;
  fullName: string;
  email: string | null;
  unitId: number;
  unitName: string;
  active: boolean;
  mustChangePassword: boolean;
  roles: RoleAssignment[];
}

export interface AuditEntry {
  id: number | string;
  at: string;
  actorId: number | null;
  actorName: string | null;
  unitId: number | null;
  unitName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  summary: string;
  details: unknown;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface MeResponse {
  user: User;
  csrfToken: string;
  roots: UnitSummary[];
}

export interface LoginResponse {
  user: User;
  csrfToken: string;
}

export interface ImportRow {
  line: number;
  code: string | null;
  name: string | null;
  kind: string | null;
  parentCode: string | null;
  errors: string[];
}

export interface ImportResult {
  ok: boolean;
  rows: ImportRow[];
  created: number;
}

export interface CreateUserResponse {
  user: User;
  temporaryPassword?: string;
  inviteToken?: string;
}

export interface ApiErrorBody {
  code: string;
  message: string;
  details?: unknown;
}
