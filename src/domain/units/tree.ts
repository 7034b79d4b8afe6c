/** Pure rules of the unit tree: kinds, paths and moves. */
export const UNIT_KINDS = ['committee', 'cell', 'board', 'government', 'mass', 'media'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  committee: 'Đảng bộ / cấp ủy',
  cell: 'Chi bộ',
  board: 'Ban tham mưu',
  government: 'Cơ quan nhà nước',
  mass: 'Tổ chức chính trị - xã hội',
  media: 'Cơ quan truyền thông',
};

/** Accepts the code or the Vietnamese label (as people type it in a spreadsheet). */
export function parseUnitKind(text: string): UnitKind | null {
  const t = text.trim().toLowerCase();
  if ((UNIT_KINDS as readonly string[]).includes(t)) return t as UnitKind;
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').toLowerCase();
  const ft = fold(t);
  for (const k of UNIT_KINDS) if (fold(UNIT_KIND_LABELS[k]) === ft) return k;
  const aliases: Array<[RegExp, UnitKind]> = [
    [/^(chi bo)/, 'cell'],
    [/^(dang bo|dang uy|cap uy|tinh uy|thanh uy|huyen uy)/, 'committee'],
    [/^(ban|van phong|uy ban kiem tra)/, 'board'],
    [/^(co quan|so|uy ban nhan dan|ubnd|chinh quyen)/, 'government'],
    [/^(doan the|mat tran|hoi|doan thanh nien|to chuc)/, 'mass'],
    [/^(dai|bao|truyen thanh|truyen thong)/, 'media'],
  ];
  for (const [re, k] of aliases) if (re.test(ft)) return k;
  return null;
}

export function childPath(parentPath: string, id: number): string {
  return `${parentPath}${id}/`;
}

export function rootPath(id: number): string {
  return `/${id}/`;
}

export function isInSubtree(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}

/** Ids along a path, root first: "/1/5/23/" → [1, 5, 23]. */
export function pathIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}

/** Why a unit cannot be moved under a new parent, or null when it can. */
export function moveProblem(unitPath: string, newParentPath: string): string | null {
  if (newParentPath === unitPath) return 'A unit cannot be placed under itself.';
  if (newParentPath.startsWith(unitPath)) return 'A unit cannot be moved under one of its own descendants.';
  return null;
}
