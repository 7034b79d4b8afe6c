import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { one, rows } from '../../db/sql.ts';
import { planContentSchema, type PlanContent, type PlanKind, type PlanStatus } from '../../domain/plans/content.ts';
import { issuerSettings, type IssuerSettings } from '../../domain/plans/issuer-settings.ts';
import { escapeLike, foldForSearch } from '../../domain/text/fold.ts';
import type { UnitKind } from '../../domain/units/tree.ts';
import { inScope } from '../policies/access.ts';
import { cursorShapes, decodeCursor, pageOf, type Page } from './paging.ts';

export interface PlanRow {
  id: number;
  issuerUnitId: number;
  issuerName: string;
  issuerPath: string;
  kind: PlanKind;
  status: PlanStatus;
  title: string;
  periodStart: string | null;
  periodEnd: string | null;
  place: string | null;
  format: 'party' | 'state';
  serial: number | null;
  symbol: string | null;
  issuedOn: string | null;
  content: PlanContent;
  parentPlanId: number | null;
  amendsPlanId: number | null;
  version: number;
  returnComment: string | null;
  createdAt: Date;
  updatedAt: Date;
  issuedAt: Date | null;
  closedAt: Date | null;
}

const planColumns = sql`p.id, p.issuer_unit_id AS "issuerUnitId", un.name AS "issuerName", un.path AS "issuerPath", p.kind, p.status,
  p.title, to_char(p.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(p.period_end, 'YYYY-MM-DD') AS "periodEnd", p.place, p.format,
  p.serial, p.symbol, to_char(p.issued_on, 'YYYY-MM-DD') AS "issuedOn", p.content, p.parent_plan_id AS "parentPlanId",
  p.amends_plan_id AS "amendsPlanId", p.version, p.return_comment AS "returnComment", p.created_at AS "createdAt",
  p.updated_at AS "updatedAt", p.issued_at AS "issuedAt", p.closed_at AS "closedAt"`;

export async function findPlan(ex: Executor, id: number, opts: { forUpdate?: boolean } = {}): Promise<PlanRow | undefined> {
  const row = await one<PlanRow>(
    ex,
    sql`SELECT ${planColumns} FROM plans p JOIN units un ON un.id = p.issuer_unit_id WHERE p.id = ${id} ${opts.forUpdate ? sql`FOR UPDATE OF p` : sql``}`,
  );
  return row && { ...row, content: planContentSchema.parse(row.content) };
}

export interface PlanFilter {
  /** Issued by a unit in one of these subtrees… */
  issuerScope: readonly string[];
  /** …or sent to a unit in one of these (issued and closed plans only). */
  recipientScope: readonly string[];
  status?: PlanStatus;
  kind?: PlanKind;
  /** Plans whose period overlaps [from, to]. */
  from?: string;
  to?: string;
  q?: string;
  limit: number;
  cursor?: string;
}

/** Plans a person may see, newest first. */
export async function listPlans(ex: Executor, f: PlanFilter): Promise<Page<PlanRow>> {
  const before = decodeCursor(f.cursor, cursorShapes.instantId);
  const key = f.q ? foldForSearch(f.q) : '';
  const found = await rows<PlanRow>(
    ex,
    sql`SELECT ${planColumns} FROM plans p JOIN units un ON un.id = p.issuer_unit_id
         WHERE (${inScope(sql`un.path`, f.issuerScope)}
                OR (p.status IN ('issued', 'closed') AND EXISTS (
                      SELECT 1 FROM plan_recipients r JOIN units ru ON ru.id = r.unit_id
                       WHERE r.plan_id = p.id AND ${inScope(sql`ru.path`, f.recipientScope)})))
           ${f.status ? sql`AND p.status = ${f.status}` : sql``}
           ${f.kind ? sql`AND p.kind = ${f.kind}` : sql``}
           ${f.from ? sql`AND (p.period_end IS NULL OR p.period_end >= ${f.from})` : sql``}
           ${f.to ? sql`AND (p.period_start IS NULL OR p.period_start <= ${f.to})` : sql``}
           ${key ? sql`AND p.search_key LIKE ${'%' + escapeLike(key) + '%'}` : sql``}
           ${before ? sql`AND (p.updated_at, p.id) < (${before[0]}::timestamptz, ${before[1]})` : sql``}
         ORDER BY p.updated_at DESC, p.id DESC LIMIT ${f.limit + 1}`,
  );
  const page = pageOf(found, f.limit, (p) => [new Date(p.updatedAt).toISOString(), p.id]);
  return { items: page.items.map((p) => ({ ...p, content: planContentSchema.parse(p.content) })), nextCursor: page.nextCursor };
}

export interface IssuerInfo {
  unitId: number;
  name: string;
  kind: UnitKind;
  path: string;
  settings: IssuerSettings;
}

export async function issuerInfo(ex: Executor, unitId: number): Promise<IssuerInfo | undefined> {
  const row = await one<{ id: number; name: string; kind: UnitKind; path: string; docSettings: unknown; parentName: string | null }>(
    ex,
    sql`SELECT u.id, u.name, u.kind, u.path, u.doc_settings AS "docSettings", pu.name AS "parentName"
          FROM units u LEFT JOIN units pu ON pu.id = u.parent_id WHERE u.id = ${unitId}`,
  );
  if (!row) return undefined;
  return { unitId: row.id, name: row.name, kind: row.kind, path: row.path, settings: issuerSettings(row.docSettings, row, row.parentName) };
}

/** Search key of a plan: its title, number and issuer, folded. */
export function planSearchKey(title: string, number: string | null, issuerName: string): string {
  return foldForSearch(`${title} ${number ?? ''} ${issuerName}`);
}
