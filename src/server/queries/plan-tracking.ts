import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { pathIds } from '../../domain/units/tree.ts';

export interface RecipientStatus {
  recipientId: number;
  unitId: number | null;
  label: string;
  unitPath: string | null;
  mustImplement: boolean;
  openedAt: string | null;
  /** The recipient's own implementing plan, if it has started one. */
  implementingPlan: { id: number; status: string; number: string | null; issuedOn: string | null } | null;
  late: boolean;
  /** The same questions asked of the units below it that received the plans of the cascade. */
  subtree: { expected: number; opened: number; issued: number; late: number };
}

interface CascadeRow {
  plan_id: number;
  recipient_id: number;
  unit_id: number | null;
  label: string;
  path: string | null;
  must_implement: boolean;
  opened_at: Date | null;
  impl_id: number | null;
  impl_status: string | null;
  impl_serial: number | null;
  impl_symbol: string | null;
  impl_format: string | null;
  impl_issued_on: string | null;
  implement_by: string | null;
}

/**
 * For every recipient of a plan: opened, its own implementing plan (number, date) or late — and the
 * same counts over the plans that cascade from it below that recipient. One recursive query.
 */
export async function recipientStatuses(ex: Executor, planId: number, today: string): Promise<RecipientStatus[]> {
  const found = await rows<CascadeRow>(
    ex,
    // implement_by has its own column: the (large) content is never read here.
    sql`WITH RECURSIVE cascade AS (
          SELECT id, to_char(implement_by, 'YYYY-MM-DD') AS implement_by FROM plans WHERE id = ${planId}
          UNION ALL
          SELECT p.id, to_char(p.implement_by, 'YYYY-MM-DD') FROM plans p JOIN cascade c ON p.parent_plan_id = c.id
           WHERE p.amends_plan_id IS NULL AND p.status IN ('issued', 'closed'))
        SELECT r.plan_id, r.id AS recipient_id, r.unit_id, r.label, u.path, r.must_implement, r.opened_at,
               impl.id AS impl_id, impl.status AS impl_status, impl.serial AS impl_serial, impl.symbol AS impl_symbol,
               impl.format AS impl_format, to_char(impl.issued_on, 'YYYY-MM-DD') AS impl_issued_on,
               c.implement_by
          FROM cascade c
          JOIN plan_recipients r ON r.plan_id = c.id
          LEFT JOIN units u ON u.id = r.unit_id
          LEFT JOIN LATERAL (
            SELECT p.id, p.status, p.serial, p.symbol, p.format, p.issued_on FROM plans p
             WHERE p.parent_plan_id = c.id AND p.issuer_unit_id = r.unit_id AND p.amends_plan_id IS NULL
             ORDER BY (p.status IN ('issued', 'closed')) DESC, p.id LIMIT 1) impl ON true
         ORDER BY r.id`,
  );
  const isIssued = (r: CascadeRow) => r.impl_status === 'issued' || r.impl_status === 'closed';
  const isLate = (r: CascadeRow) => r.must_implement && !!r.implement_by && r.implement_by < today && !isIssued(r);
  const direct = found.filter((r) => r.plan_id === planId);
  const directByUnit = new Map(direct.filter((r) => r.unit_id !== null).map((r) => [r.unit_id!, r]));
  const totals = new Map<number, RecipientStatus['subtree']>();
  for (const r of found) {
    if (r.plan_id === planId || !r.path) continue;
    // Credit every direct recipient above this unit (a unit may sit under several).
    for (const ancestor of pathIds(r.path)) {
      if (!directByUnit.has(ancestor) || ancestor === r.unit_id) continue;
      const t = totals.get(ancestor) ?? { expected: 0, opened: 0, issued: 0, late: 0 };
      if (r.must_implement) t.expected++;
      if (r.opened_at) t.opened++;
      if (isIssued(r)) t.issued++;
      if (isLate(r)) t.late++;
      totals.set(ancestor, t);
    }
  }
  return direct.map((r) => ({
    recipientId: r.recipient_id,
    unitId: r.unit_id,
    label: r.label,
    unitPath: r.path,
    mustImplement: r.must_implement,
    openedAt: r.opened_at ? new Date(r.opened_at).toISOString() : null,
    implementingPlan: r.impl_id
      ? {
          id: r.impl_id,
          status: r.impl_status!,
          number: r.impl_serial !== null && r.impl_symbol ? formatNumber(r.impl_format, r.impl_serial, r.impl_symbol) : null,
          issuedOn: r.impl_issued_on,
        }
      : null,
    late: isLate(r),
    subtree: (r.unit_id !== null && totals.get(r.unit_id)) || { expected: 0, opened: 0, issued: 0, late: 0 },
  }));
}

function formatNumber(format: string | null, serial: number, symbol: string): string {
  return format === 'state' ? `${serial}/${symbol}` : `${serial}-${symbol}`;
}
