import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { one, rows } from '../../db/sql.ts';
import { builtinForm, reportFormSchema, type Figures, type ReportForm } from '../../domain/reports/forms.ts';
import type { ReportStatus } from '../../domain/reports/lifecycle.ts';

export interface PublishedItem {
  title: string;
  link: string | null;
  publishedOn: string | null;
  channel: string;
}

export interface ReportAttachment {
  id: number;
  filename: string;
  size: number;
  mime: string;
}

export interface ReportRow {
  id: number;
  planId: number;
  planTitle: string;
  receiverUnitId: number;
  receiverPath: string;
  unitId: number;
  unitName: string;
  unitPath: string;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  formCode: string;
  status: ReportStatus;
  figures: Figures;
  items: PublishedItem[];
  narrative: Record<string, string>;
  version: number;
  returnComment: string | null;
  submittedAt: Date | null;
  acceptedAt: Date | null;
  updatedAt: Date;
  /** Files attached to the report, oldest first. */
  attachments: ReportAttachment[];
  /** The definition of the form the report names, as the receiver sees it (its own or an ancestor's); null for a built-in code. */
  formDefinition: unknown;
}

/**
 * The form a report is written on: the receiver's own (or the nearest ancestor's) form of that code,
 * else the built-in one; undefined when the form was removed since the plan named it.
 */
export function reportForm(report: Pick<ReportRow, 'formCode' | 'formDefinition'>): ReportForm | undefined {
  return report.formDefinition ? reportFormSchema.parse(report.formDefinition) : builtinForm(report.formCode);
}

/** The columns of a ReportRow, from reports r, its plan p, the receiver pu and the unit u; the form in the same query. */
const REPORT_COLUMNS = sql`r.id, r.plan_id AS "planId", p.title AS "planTitle", p.issuer_unit_id AS "receiverUnitId", pu.path AS "receiverPath",
               r.unit_id AS "unitId", u.name AS "unitName", u.path AS "unitPath", r.period_key AS "periodKey",
               to_char(r.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(r.period_end, 'YYYY-MM-DD') AS "periodEnd",
               to_char(r.due_on, 'YYYY-MM-DD') AS "dueOn", r.form_code AS "formCode", r.status, r.figures, r.items, r.narrative,
               r.version, r.return_comment AS "returnComment", r.submitted_at AS "submittedAt", r.accepted_at AS "acceptedAt",
               r.updated_at AS "updatedAt",
               (SELECT coalesce(json_agg(json_build_object('id', a.id, 'filename', a.filename, 'size', ef.size, 'mime', ef.mime) ORDER BY a.id), '[]'::json)
                  FROM report_attachments a JOIN evidence_files ef ON ef.sha256 = a.sha256 WHERE a.report_id = r.id) AS attachments,
               (SELECT f.definition FROM report_forms f JOIN units fu ON fu.id = f.unit_id
                 WHERE f.code = r.form_code AND pu.path LIKE fu.path || '%' ORDER BY fu.depth DESC, f.id LIMIT 1) AS "formDefinition"`;
const REPORT_FROM = sql`FROM reports r JOIN plans p ON p.id = r.plan_id JOIN units pu ON pu.id = p.issuer_unit_id JOIN units u ON u.id = r.unit_id`;

export async function findReport(ex: Executor, id: number, opts: { forUpdate?: boolean } = {}): Promise<ReportRow | undefined> {
  return one<ReportRow>(ex, sql`SELECT ${REPORT_COLUMNS} ${REPORT_FROM} WHERE r.id = ${id} ${opts.forUpdate ? sql`FOR UPDATE OF r` : sql``}`);
}

/** The report a unit owes on a plan for a period, if it was opened already. */
export async function findReportFor(ex: Executor, planId: number, unitId: number, periodKey: string): Promise<ReportRow | undefined> {
  return one<ReportRow>(ex, sql`SELECT ${REPORT_COLUMNS} ${REPORT_FROM} WHERE r.plan_id = ${planId} AND r.unit_id = ${unitId} AND r.period_key = ${periodKey}`);
}

export interface ExistingReport {
  id: number;
  planId: number;
  unitId: number;
  periodKey: string;
  status: ReportStatus;
  submittedOn: string | null;
}

/** Report rows of the given plans for units inside a subtree. */
export async function reportsOf(ex: Executor, planIds: number[], path: string): Promise<ExistingReport[]> {
  if (planIds.length === 0) return [];
  return rows<ExistingReport>(
    ex,
    sql`SELECT r.id, r.plan_id AS "planId", r.unit_id AS "unitId", r.period_key AS "periodKey", r.status,
               to_char(r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS "submittedOn"
          FROM reports r JOIN units u ON u.id = r.unit_id
         WHERE r.plan_id IN (${sql.join(planIds.map((id) => sql`${id}`), sql`, `)}) AND u.path LIKE ${path + '%'}`,
  );
}
