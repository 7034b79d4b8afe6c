import { sql } from 'drizzle-orm';
import { one } from '../../../db/sql.ts';
import { cleanName } from '../../../domain/text/fold.ts';
import { isCalendarDate } from '../../../domain/text/iso-date.ts';
import { recordAudit } from '../../audit.ts';
import type { UseCaseContext } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';
import { findUnit } from '../../queries/units.ts';

export async function addUnitEvent(ctx: UseCaseContext, unitId: number, input: { date: string; lunar: boolean; name: string }): Promise<number> {
  const [y, m, d] = input.date.length === 5 ? [null, ...input.date.split('-').map(Number)] : input.date.split('-').map(Number);
  if (!m || m > 12 || !d || d > (input.lunar ? 30 : 31) || (y !== null && (y! < 1000 || y! > 2200))) {
    throw invalid('invalid_date', 'Ngày không hợp lệ.');
  }
  if (!input.lunar && input.date.length === 5) throw invalid('year_required', 'Ngày dương lịch cần có năm (YYYY-MM-DD) để tính số năm kỷ niệm.');
  // A solar day must exist (no 31 April, no 29 February outside leap years); founding years go back before 1900.
  if (!input.lunar && !isCalendarDate(input.date, 1000, 2200)) throw invalid('invalid_date', 'Ngày không hợp lệ.');
  return ctx.database.db.transaction(async (tx) => {
    const unit = await findUnit(tx, unitId);
    if (!unit) throw notFound('đơn vị');
    const name = cleanName(input.name);
    if (!name) throw invalid('name_required', 'Tên ngày kỷ niệm không được để trống.');
    const row = await one<{ id: number }>(
      tx,
      sql`INSERT INTO unit_events (unit_id, date, lunar, name) VALUES (${unitId}, ${input.date}, ${input.lunar}, ${name}) RETURNING id`,
    );
    await recordAudit(tx, ctx.actor, {
      unitId,
      unitPath: unit.path,
      action: 'unit_event.create',
      entity: 'unit_event',
      entityId: row!.id,
      summary: `Thêm ngày kỷ niệm "${name}" (${input.date}${input.lunar ? ' âm lịch' : ''}) của "${unit.name}"`,
    });
    return row!.id;
  });
}

export async function removeUnitEvent(ctx: UseCaseContext, unitId: number, eventId: number): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const event = await one<{ name: string }>(tx, sql`DELETE FROM unit_events WHERE id = ${eventId} AND unit_id = ${unitId} RETURNING name`);
    if (!event) throw notFound('ngày kỷ niệm');
    const unit = await findUnit(tx, unitId);
    await recordAudit(tx, ctx.actor, {
      unitId,
      unitPath: unit!.path,
      action: 'unit_event.delete',
      entity: 'unit_event',
      entityId: eventId,
      summary: `Xóa ngày kỷ niệm "${event.name}" của "${unit!.name}"`,
    });
  });
}
