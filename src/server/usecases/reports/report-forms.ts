import { sql } from 'drizzle-orm';
import { one } from '../../../db/sql.ts';
import { BUILTIN_FORMS, type ReportForm } from '../../../domain/reports/forms.ts';
import { cleanName } from '../../../domain/text/fold.ts';
import { recordAudit } from '../../audit.ts';
import type { UseCaseContext } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';

/** A unit's own report form: its indicators (unique keys), grouped by channel, and narrative fields. */
export async function defineReportForm(ctx: UseCaseContext, unitId: number, input: ReportForm): Promise<ReportForm> {
  const form: ReportForm = { ...input, code: cleanName(input.code), title: cleanName(input.title), indicators: input.indicators.map((i) => ({ ...i, label: cleanName(i.label), measure: cleanName(i.measure) })) };
  // Names made only of invisible characters clean to nothing.
  if (!form.code || !form.title || form.indicators.some((i) => !i.label || !i.measure)) throw invalid('name_required', 'Tên mẫu, trích yếu, tên chỉ tiêu và đơn vị tính không được để trống.');
  if (BUILTIN_FORMS.some((f) => f.code === form.code)) throw conflict('form_code_taken', `"${form.code}" là tên một mẫu có sẵn; hãy đặt tên khác.`);
  const keys = form.indicators.map((i) => i.key);
  const dup = keys.find((k, i) => keys.indexOf(k) !== i);
  if (dup) throw invalid('duplicate_indicator', `Chỉ tiêu "${dup}" bị lặp.`);
  return ctx.database.db.transaction(async (tx) => {
    const unit = await one<{ path: string; name: string }>(tx, sql`SELECT path, name FROM units WHERE id = ${unitId}`);
    if (!unit) throw notFound('đơn vị');
    const taken = await one<{ id: number }>(tx, sql`SELECT id FROM report_forms WHERE unit_id = ${unitId} AND code = ${form.code}`);
    if (taken) throw conflict('form_code_taken', `Đơn vị đã có mẫu báo cáo "${form.code}".`);
    const row = await one<{ id: number }>(
      tx,
      sql`INSERT INTO report_forms (unit_id, code, definition) VALUES (${unitId}, ${form.code}, ${JSON.stringify(form)}::jsonb) RETURNING id`,
    );
    await recordAudit(tx, ctx.actor, {
      unitId,
      unitPath: unit.path,
      action: 'report_form.create',
      entity: 'report_form',
      entityId: row!.id,
      summary: `Tạo mẫu báo cáo "${form.code}" (${form.indicators.length} chỉ tiêu) của "${unit.name}"`,
    });
    return form;
  });
}
