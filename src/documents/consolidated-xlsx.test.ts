import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Consolidated } from '../domain/reports/consolidated.ts';
import { consolidatedXlsx } from './consolidated.ts';

describe('consolidated .xlsx', () => {
  it('writes names, labels and notes that look like formulas as text cells, never as formulas', async () => {
    const c: Consolidated = {
      unit: { id: 1, name: '=HYPERLINK("http://x.vn","Tỉnh ủy")' },
      from: '2026-01-01',
      to: '2026-03-31',
      planId: null,
      indicators: [{ key: 'news_items', label: '+Tin, bài', measure: '@bài', channel: 'website', total: 3 }],
      children: [{ unitId: 2, name: '=1+1', values: { news_items: 3 } }],
      notes: [{ unitName: '-2+3', periodKey: '2026-03', results: '=cmd|\' /C calc\'!A0', difficulties: '', recommendations: '' }],
      reportsCounted: 1,
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await consolidatedXlsx(c, '=SUM(A1)')) as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula || cell.formula)).toEqual([]);
    const texts = cells.filter((cell) => cell.type === ExcelJS.ValueType.String).map((cell) => cell.value);
    for (const s of ['=SUM(A1)', '=1+1', '+Tin, bài', '-2+3', '=cmd|\' /C calc\'!A0']) expect(texts).toContain(s);
    expect(cells.some((cell) => cell.type === ExcelJS.ValueType.Number && cell.value === 3)).toBe(true);
  });
});
