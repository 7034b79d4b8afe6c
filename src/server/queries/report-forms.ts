import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { escapeLike } from '../../domain/text/fold.ts';
import { BUILTIN_FORMS, reportFormSchema, type ReportForm } from '../../domain/reports/forms.ts';

/**
 * The forms a unit can use: the built-in ones and those defined by the unit or any unit above it —
 * nearest first. With `below`, also those defined inside its subtree (after the others): what the figures
 * of the units below it may have been reported on, so that a dashboard names every indicator.
 */
export async function formsFor(ex: Executor, unitPath: string, opts: { below?: boolean } = {}): Promise<(ReportForm & { ownerUnitId: number | null })[]> {
  const own = await rows<{ unitId: number; definition: unknown }>(
    ex,
    sql`SELECT f.unit_id AS "unitId", f.definition FROM report_forms f JOIN units u ON u.id = f.unit_id
         WHERE ${unitPath} LIKE u.path || '%' ${opts.below ? sql`OR u.path LIKE ${escapeLike(unitPath) + '%'}` : sql``}
         ORDER BY (${unitPath} LIKE u.path || '%') DESC, u.depth DESC, f.id`,
  );
  return [
    ...BUILTIN_FORMS.map((f) => ({ ...f, ownerUnitId: null })),
    ...own.map((f) => ({ ...reportFormSchema.parse(f.definition), ownerUnitId: f.unitId })),
  ];
}
