import { describe, expect, it } from 'vitest';
import { importPlanText } from './recognise.ts';
import { CONG_VAN, THANH_UY_TABS } from './testing/plans.ts';

describe('is it a plan?', () => {
  it('accepts plans and letters of the administrative kind', () => {
    expect(importPlanText(THANH_UY_TABS).ok).toBe(true);
    expect(importPlanText(CONG_VAN).ok).toBe(true);
  });

  it('accepts a plan without header, number or date when it has a type name and sections', () => {
    const r = importPlanText('KẾ HOẠCH\nTuyên truyền Đại hội Chi bộ\nI. MỤC ĐÍCH, YÊU CẦU\nTuyên truyền sâu rộng trong đảng viên.\nII. TỔ CHỨC THỰC HIỆN\nCác đảng viên thực hiện nghiêm túc.');
    expect(r.ok).toBe(true);
  });

  it.each([
    ['an article', 'Chiều 25/1, tại Hà Nội, Đại hội đại biểu toàn quốc lần thứ XIV của Đảng đã bế mạc sau thời gian làm việc khẩn trương, nghiêm túc. Đại hội đã bầu Ban Chấp hành Trung ương khóa XIV.'],
    ['a list of numbers', Array.from({ length: 50 }, (_, i) => `${i}\t${i * i}\t${i * 3}`).join('\n')],
    ['English text', 'Meeting notes\n1. Budget review\n2. Next steps for the communication plan with the regional offices and partners.'],
    ['a heading alone', 'KẾ HOẠCH'],
    ['a few words', 'Kế hoạch tuyên truyền'],
  ])('refuses %s with a reason', (_what, text) => {
    const r = importPlanText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/not a plan|too little text/);
  });
});
