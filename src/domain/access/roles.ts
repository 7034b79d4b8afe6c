/**
 * Roles a person holds in a unit. A role applies to the unit and its whole subtree, nowhere else.
 * Each role includes the rights of the ones before it.
 */
export const ROLES = ['viewer', 'editor', 'leader', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  viewer: 'Xem',
  editor: 'Biên tập',
  leader: 'Lãnh đạo (phê duyệt)',
  admin: 'Quản trị',
};

/** What a route needs from the caller's role over the unit the request touches. */
export const ACTIONS = {
  read: 'viewer',
  edit: 'editor',
  approve: 'leader',
  administer: 'admin',
} as const satisfies Record<string, Role>;
export type Action = keyof typeof ACTIONS;

export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

export function roleAllows(role: Role, action: Action): boolean {
  return roleRank(role) >= roleRank(ACTIONS[action]);
}

export interface Grant {
  unitId: number;
  unitPath: string;
  role: Role;
}

/** The strongest role the grants give over a unit at `targetPath`, or null for none. */
export function effectiveRole(grants: readonly Grant[], targetPath: string): Role | null {
  let best: Role | null = null;
  for (const g of grants) {
    if (!targetPath.startsWith(g.unitPath)) continue;
    if (best === null || roleRank(g.role) > roleRank(best)) best = g.role;
  }
  return best;
}

/** Grants reduced to the top-most units: a grant under another grant of equal or higher role adds nothing. */
export function topGrants(grants: readonly Grant[]): Grant[] {
  return grants.filter(
    (g) =>
      !grants.some(
        (o) => o !== g && g.unitPath.startsWith(o.unitPath) && o.unitPath !== g.unitPath && roleRank(o.role) >= roleRank(g.role),
      ),
  );
}
