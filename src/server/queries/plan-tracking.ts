import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';

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
 * same counts over the plans that cascade from its implementing plan. Two queries, the second summed in SQL.
 */
export async function recipientStatuses(ex: Executor, planId: number, today: string): Promise<RecipientStatus[]> {
  // The plan's own recipients, each with its implementing plan.
  const direct = await rows<CascadeRow>(
    ex,
    sql`SELECT r.plan_id, r.id AS recipient_id, r.unit_id, r.label, u.path, r.must_implement, r.opened_at,
               impl.id AS impl_id, impl.status AS impl_status, impl.serial AS impl_serial, impl.symbol AS impl_symbol,
               impl.format AS impl_format, to_char(impl.issued_on, 'YYYY-MM-DD') AS impl_issued_on,
               to_char(parent.implement_by, 'YYYY-MM-DD') AS implement_by
          FROM plan_recipients r
          JOIN plans parent ON parent.id = r.plan_id
          LEFT JOIN units u ON u.id = r.unit_id
          -- Each recipient's implementing plan (an issued one first): the plan's children read once and
          -- joined by issuer, rather than looked up recipient by recipient.
          LEFT JOIN (
            SELECT DISTINCT ON (p.issuer_unit_id) p.issuer_unit_id, p.id, p.status, p.serial, p.symbol, p.format, p.issued_on FROM plans p
             WHERE p.parent_plan_id = ${planId} AND p.amends_plan_id IS NULL
             ORDER BY p.issuer_unit_id, (p.status IN ('issued', 'closed')) DESC, p.id) impl ON impl.issuer_unit_id = r.unit_id
         WHERE r.plan_id = ${planId}
         ORDER BY r.id`,
  );
  // Below each recipient: the plans cascading from its implementing plan, their recipients counted in
  // the database (a national plan's cascade has tens of thousands of rows; only the sums travel).
  const below = await rows<{ unit_id: number; expected: number; opened: number; issued: number; late: number }>(
    ex,
    sql`WITH RECURSIVE cascade AS (
          SELECT p.id, p.parent_plan_id, p.issuer_unit_id, p.issuer_unit_id AS top, p.implement_by FROM plans p
           WHERE p.parent_plan_id = ${planId} AND p.amends_plan_id IS NULL AND p.status IN ('issued', 'closed')
          UNION ALL
          SELECT p.id, p.parent_plan_id, p.issuer_unit_id, c.top, p.implement_by FROM plans p JOIN cascade c ON p.parent_plan_id = c.id
           WHERE p.amends_plan_id IS NULL AND p.status IN ('issued', 'closed')),
        -- A recipient has issued its plan when the cascade holds one of its plans under that parent: found
        -- in the cascade itself (one hash join), not by a lookup per recipient.
        answered AS (SELECT DISTINCT parent_plan_id, issuer_unit_id FROM cascade),
        counted AS (
          SELECT c.top, r.must_implement, r.opened_at IS NOT NULL AS opened, a.parent_plan_id IS NOT NULL AS issued,
                 c.implement_by IS NOT NULL AND c.implement_by < ${today}::date AS overdue
            FROM cascade c JOIN plan_recipients r ON r.plan_id = c.id
            LEFT JOIN answered a ON a.parent_plan_id = c.id AND a.issuer_unit_id = r.unit_id)
        SELECT top AS unit_id,
               count(*) FILTER (WHERE must_implement)::int AS expected,
               count(*) FILTER (WHERE opened)::int AS opened,
               count(*) FILTER (WHERE issued)::int AS issued,
               count(*) FILTER (WHERE must_implement AND overdue AND NOT issued)::int AS late
          FROM counted GROUP BY top`,
  );
  const totals = new Map(below.map((b) => [b.unit_id, { expected: b.expected, opened: b.opened, issued: b.issued, late: b.late }]));
  const isIssued = (r: CascadeRow) => r.impl_status === 'issued' || r.impl_status === 'closed';
  const isLate = (r: CascadeRow) => r.must_implement && !!r.implement_by && r.implement_by < today && !isIssued(r);
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
