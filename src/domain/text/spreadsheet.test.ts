import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './spreadsheet.ts';

describe('neutraliseFormula', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '=HYPERLINK("http://x.vn","bấm")', '+84 912', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=cmd|\' /C calc\'!A0']) {
      expect(neutraliseFormula(s), JSON.stringify(s)).toBe(`'${s}`);
    }
  });
  it('leaves other text alone', () => {
    for (const s of ['Đảng ủy phường Tân Phong', '', ' =1', 'a=b', '2026-03', "'đã có dấu nháy"]) expect(neutraliseFormula(s)).toBe(s);
  });
});
