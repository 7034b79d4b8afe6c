import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { one, rows } from '../../db/sql.ts';
import { emptyContent, type PlanContent } from '../../domain/plans/content.ts';
import { SYSTEM_ACTOR, type UseCaseContext } from '../context.ts';
import { implementPlan, markOpened } from '../usecases/plans/cascade.ts';
import { issuePlan, submitPlan } from '../usecases/plans/transitions.ts';
import { createPlan, updatePlan } from '../usecases/plans/write-plan.ts';
import { findPlan } from '../queries/plans.ts';

/**
 * Demo plans on top of the demo province: the provincial committee's plan to study and carry out the
 * 14th Congress resolution, sent to every commune and ward; Tân Phong has issued its own, Đoàn Kết is
 * drafting, Bình Lư has only opened it, the others have not yet.
 */
export async function seedDemoPlans(database: Database): Promise<number> {
  const ctx: UseCaseContext = { database, actor: SYSTEM_ACTOR };
  const id = async (code: string) => (await one<{ id: number }>(database.db, sql`SELECT id FROM units WHERE code = ${code}`))!.id;
  const province = await id('LCU');
  await setSettings(database, province, { issuerName: 'TỈNH ỦY LAI CHÂU', parentBody: 'ĐẢNG BỘ TỈNH LAI CHÂU', symbolCode: 'TU', place: 'Lai Châu' });
  const communes = await rows<{ id: number; name: string; code: string }>(
    database.db,
    sql`SELECT id, name, code FROM units WHERE parent_id = ${province} AND code ~ '^LCU-[A-Z]+$' AND name LIKE 'Đảng ủy %' ORDER BY name`,
  );
  for (const c of communes) {
    await setSettings(database, c.id, { issuerName: c.name.toLocaleUpperCase('vi'), parentBody: 'ĐẢNG BỘ TỈNH LAI CHÂU', symbolCode: 'ĐU', place: c.name.replace(/^Đảng ủy (phường|xã) /, '') });
  }
  const content: PlanContent = {
    ...emptyContent(),
    purposes: [
      'Tổ chức học tập, quán triệt sâu rộng Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng đến cán bộ, đảng viên và Nhân dân.',
      'Tạo sự thống nhất cao về nhận thức và hành động, khí thế phấn khởi thực hiện thắng lợi Nghị quyết.',
    ],
    requirements: ['Tuyên truyền bảo đảm kịp thời, sâu rộng, thiết thực, phù hợp với từng đối tượng và địa bàn; gắn với nhiệm vụ chính trị của địa phương.'],
    themes: [
      { title: 'Kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng', points: ['Những điểm mới trong các văn kiện Đại hội', 'Các mục tiêu, chỉ tiêu chủ yếu nhiệm kỳ 2026-2031'] },
      { title: 'Gương người tốt, việc tốt trong thực hiện Nghị quyết', points: ['Điển hình tiên tiến ở cơ sở'] },
      { title: 'Đấu tranh phản bác các quan điểm sai trái, thù địch', points: [] },
    ],
    phases: [
      { label: 'Đợt 1', start: '2026-02-10', end: '2026-03-31', anchor: null, tasks: ['Hội nghị học tập, quán triệt Nghị quyết'] },
      { label: 'Đợt 2', start: '2026-04-01', end: '2026-12-31', anchor: null, tasks: ['Tuyên truyền kết quả thực hiện Nghị quyết'] },
    ],
    channels: [
      { code: 'meeting', note: 'Hội nghị học tập, sinh hoạt chi bộ', target: { quantity: 2, measure: 'buổi', per: 'month' } },
      { code: 'visual', note: 'Pa nô, băng rôn, khẩu hiệu', target: { quantity: 20, measure: 'băng rôn', per: 'plan' } },
      { code: 'radio', note: 'Hệ thống truyền thanh cơ sở', target: { quantity: 60, measure: 'phút', per: 'month' } },
      { code: 'website', note: 'Trang thông tin điện tử của đơn vị', target: null },
      { code: 'social', note: 'Trang mạng xã hội chính thức của đơn vị', target: null },
    ],
    slogans: [
      'Nhiệt liệt chào mừng thành công Đại hội đại biểu toàn quốc lần thứ XIV của Đảng!',
      'Đảng Cộng sản Việt Nam quang vinh muôn năm!',
    ],
    anniversaries: [{ title: '96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)', eventDate: '1930-02-03', anniversaryDate: '2026-02-03', years: 96 }],
    assignments: [
      { unitId: await id('LCU-BTGDV'), unitName: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', duties: ['Hướng dẫn, theo dõi, tổng hợp kết quả; biên soạn tài liệu tuyên truyền'], due: null },
      { unitId: null, unitName: 'Các đảng ủy xã, phường', duties: ['Xây dựng kế hoạch thực hiện, tổ chức học tập ở cơ sở; báo cáo kết quả hằng tháng'], due: '2026-03-15' },
    ],
    reporting: { cadence: 'monthly', deadlineDay: 20, formCode: 'Mẫu số 01', periodStartDay: 15 },
    recipients: communes.map((c) => ({ unitId: c.id, label: c.name, mustImplement: true })),
    externalBases: [{ serial: null, symbol: null, date: '2026-01-25', issuer: 'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng', title: 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng', docKind: 'NQ' }],
    signer: { authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ THƯỜNG TRỰC', name: 'Nguyễn Văn Hùng' },
    implementBy: '2026-03-15',
  };
  const planId = await createPlan(ctx, province, {
    kind: 'KH',
    title: 'học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
    periodStart: '2026-02-10',
    periodEnd: '2026-12-31',
    content,
  });
  await submitPlan(ctx, planId);
  await issuePlan(ctx, planId, { issuedOn: '2026-02-10' });

  const tp = await id('LCU-TP');
  await markOpened(ctx, planId, [tp, await id('LCU-DK'), await id('LCU-BL')]);
  const tpPlanId = await implementPlan(ctx, planId, tp);
  const tpPlan = (await findPlan(database.db, tpPlanId))!;
  const cells = await rows<{ id: number; name: string }>(database.db, sql`SELECT id, name FROM units WHERE parent_id = ${tp} AND kind = 'cell' ORDER BY name`);
  await updatePlan(ctx, tpPlanId, tpPlan.version, {
    content: {
      ...tpPlan.content,
      purposes: ['Quán triệt Nghị quyết Đại hội XIV đến toàn thể cán bộ, đảng viên và Nhân dân trên địa bàn phường.'],
      recipients: cells.map((c) => ({ unitId: c.id, label: c.name, mustImplement: false })),
      signer: { authority: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Trần Minh Đức' },
    },
  });
  await submitPlan(ctx, tpPlanId);
  await issuePlan(ctx, tpPlanId, { issuedOn: '2026-02-24' });
  await implementPlan(ctx, planId, await id('LCU-DK'));
  return planId;
}

async function setSettings(database: Database, unitId: number, s: { issuerName: string; parentBody: string; symbolCode: string; place: string }) {
  const settings = { ...s, format: 'party', register: { mode: 'year', term: null } };
  await database.db.execute(sql`UPDATE units SET doc_settings = ${JSON.stringify(settings)}::jsonb WHERE id = ${unitId}`);
}
