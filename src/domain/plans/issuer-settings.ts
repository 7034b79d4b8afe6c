import { z } from 'zod';
import type { UnitKind } from '../units/tree.ts';

/** How a unit heads and numbers its documents; stored per unit, defaults derived from the unit. */
export const issuerSettingsSchema = z.object({
  /** The issuer line of the header, e.g. "ĐẢNG ỦY PHƯỜNG TÂN PHONG". */
  issuerName: z.string().trim().min(1).max(300),
  /** The line above it (cấp trên trực tiếp), e.g. "ĐẢNG BỘ TỈNH LAI CHÂU"; null for none. */
  parentBody: z.string().trim().max(300).nullable(),
  /** Abbreviation in numbers: "ThU" in "30-KH/ThU", "UBND" in "15/KH-UBND". */
  symbolCode: z.string().trim().min(1).max(30),
  /** Place of issue printed before the date: "TP. Lai Châu". */
  place: z.string().trim().max(100).nullable(),
  format: z.enum(['party', 'state']),
  register: z.object({ mode: z.enum(['year', 'term']), term: z.string().trim().regex(/^\d{4}-\d{4}$/).nullable() }),
});
export type IssuerSettings = z.infer<typeof issuerSettingsSchema>;

/** "Đảng ủy phường Tân Phong" → "ĐU"; "Ủy ban nhân dân tỉnh" → "UBND": capitals of the body's words. */
export function defaultSymbolCode(name: string, kind: UnitKind): string {
  if (kind === 'government' && /ủy ban nhân dân|uỷ ban nhân dân/i.test(name)) return 'UBND';
  const body = name.replace(/\s+(tỉnh|thành phố|phường|xã|đặc khu|huyện|quận)\b.*$/i, '');
  const letters = body
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toLocaleUpperCase('vi'))
    .join('');
  return letters.slice(0, 8) || 'VP';
}

export function defaultIssuerSettings(unit: { name: string; kind: UnitKind }, parentName: string | null): IssuerSettings {
  return {
    issuerName: unit.name.toLocaleUpperCase('vi'),
    parentBody: parentName ? parentName.toLocaleUpperCase('vi') : null,
    symbolCode: defaultSymbolCode(unit.name, unit.kind),
    place: null,
    format: unit.kind === 'government' ? 'state' : 'party',
    register: { mode: 'year', term: null },
  };
}

export function issuerSettings(stored: unknown, unit: { name: string; kind: UnitKind }, parentName: string | null): IssuerSettings {
  const parsed = issuerSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : defaultIssuerSettings(unit, parentName);
}
