/** The dashboard's "Tải dữ liệu (CSV)" files (web/src/dashboard/csv.ts): names and labels come from units. */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../web/src/dashboard/csv.ts';

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n').slice(0, -1);

describe('dashboard CSV', () => {
  it('text cells that would be formulas are neutralised, in headers too', () => {
    const csv = toCsv(['Đơn vị', '=HYPERLINK("http://x.vn")'], [
      ['=1+1', 5],
      ['+84', 0],
      ['-1', 7],
      ['@SUM(A1:A9)', 1],
      ['\t=1', 2],
      ['\r=1', 3],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines(csv)).toEqual([
      `Đơn vị,"'=HYPERLINK(""http://x.vn"")"`,
      "'=1+1,5",
      "'+84,0",
      "'-1,7",
      "'@SUM(A1:A9),1",
      "'\t=1,2",
      // A carriage return in a cell is quoted (RFC 4180).
      `"'\r=1",3`,
    ]);
  });
  it('numbers stay numbers, negative ones included; plain text is unchanged', () => {
    expect(lines(toCsv(['Kỳ', 'Số'], [['Tháng 3', -5], ['Tháng 4', 12], ['Ủy ban, Mặt trận', null]]))).toEqual(['Kỳ,Số', 'Tháng 3,-5', 'Tháng 4,12', '"Ủy ban, Mặt trận",']);
  });
});
