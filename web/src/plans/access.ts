// What the signed-in user may do, as far as the client can tell from the session (the server decides).
import type { MeResponse } from '../api/types';

/** Units where the user holds a role that lets them write plans (editor and above), for "Tạo kế hoạch". */
export function editableRoots(me: MeResponse): { id: number; name: string }[] {
  const seen = new Map<number, string>();
  for (const r of me.user.roles) if (r.role !== 'viewer') seen.set(r.unitId, r.unitName);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/** Units the user belongs to directly: their home unit and the units they hold a role at. */
export function ownUnitIds(me: MeResponse): Set<number> {
  return new Set([me.user.unitId, ...me.user.roles.map((r) => r.unitId)]);
}

/** Units where the user's own role (not inherited) lets them write. */
export function ownEditableIds(me: MeResponse): Set<number> {
  return new Set(me.user.roles.filter((r) => r.role !== 'viewer').map((r) => r.unitId));
}
