import { z } from 'zod';
import { ROLES } from '../../domain/access/roles.ts';
import { pathIds, UNIT_KINDS } from '../../domain/units/tree.ts';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../context.ts';
import { allows, roleAt } from '../policies/access.ts';
import { countUsersInSubtree, unitNames, type UnitRow } from '../queries/units.ts';

export const unitSummarySchema = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(UNIT_KINDS),
  code: z.string().nullable(),
  depth: z.number().int(),
  retiredAt: z.string().nullable(),
  childCount: z.number().int(),
});
export type UnitSummary = z.infer<typeof unitSummarySchema>;

export const unitDetailSchema = unitSummarySchema.extend({
  path: z.array(z.number().int()),
  ancestors: z.array(z.object({ id: z.number().int(), name: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  myRole: z.enum(ROLES),
  userCount: z.number().int(),
  canEdit: z.boolean(),
  canAdminister: z.boolean(),
});
export type UnitDetail = z.infer<typeof unitDetailSchema>;

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

export function presentUnitSummary(u: UnitRow): UnitSummary {
  return {
    id: u.id,
    parentId: u.parentId,
    name: u.name,
    shortName: u.shortName,
    kind: u.kind,
    code: u.code,
    depth: u.depth,
    retiredAt: iso(u.retiredAt),
    childCount: u.childCount,
  };
}

export async function presentUnitDetail(ex: Executor, actor: Actor, u: UnitRow): Promise<UnitDetail> {
  const ids = pathIds(u.path);
  const names = await unitNames(ex, [u.path]);
  const ancestors: { id: number; name: string }[] = [];
  let prefix = '/';
  for (const id of ids.slice(0, -1)) {
    prefix += `${id}/`;
    if (allows(actor, 'read', prefix)) ancestors.push({ id, name: names.get(id) ?? '' });
  }
  return {
    ...presentUnitSummary(u),
    path: ids,
    ancestors,
    createdAt: iso(u.createdAt)!,
    updatedAt: iso(u.updatedAt)!,
    myRole: roleAt(actor, u.path) ?? 'viewer',
    userCount: await countUsersInSubtree(ex, u.path),
    canEdit: allows(actor, 'edit', u.path),
    canAdminister: allows(actor, 'administer', u.path),
  };
}

/** "Tỉnh ủy … › Đảng ủy …": the visible ancestors of each unit, for search results. */
export async function trails(ex: Executor, actor: Actor, units: UnitRow[]): Promise<Map<number, string>> {
  const names = await unitNames(ex, units.map((u) => u.path));
  const result = new Map<number, string>();
  for (const u of units) {
    const parts: string[] = [];
    let prefix = '/';
    for (const id of pathIds(u.path).slice(0, -1)) {
      prefix += `${id}/`;
      if (allows(actor, 'read', prefix)) parts.push(names.get(id) ?? '');
    }
    result.set(u.id, parts.join(' › '));
  }
  return result;
}
