import { describe, expect, it } from 'vitest';
import { checkUnitImport } from './import.ts';

const header = ['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Mã đơn vị cấp trên'];
const none = { all: new Set<string>(), inSubtree: new Set<string>() };

describe('checkUnitImport', () => {
  it('orders parents before children', () => {
    const check = checkUnitImport([header, ['B', 'Chi bộ B', 'Chi bộ', 'A'], ['A', 'Đảng bộ A', 'Đảng bộ', '']], none);
    expect(check.ok).toBe(true);
    expect(check.insertOrder.map((r) => r.code)).toEqual(['A', 'B']);
  });
  it('reports duplicate codes, cycles and unknown parents per row, with line numbers', () => {
    const check = checkUnitImport(
      [header, ['A', 'X', 'Chi bộ', 'B'], ['B', 'Y', 'Chi bộ', 'A'], ['A', 'Z', 'Chi bộ', ''], ['C', 'W', 'Chi bộ', 'Q']],
      none,
    );
    expect(check.ok).toBe(false);
    expect(check.insertOrder).toEqual([]);
    const byLine = new Map(check.rows.map((r) => [r.line, r.errors.join(' | ')]));
    expect(byLine.get(2)).toMatch(/Vòng lặp/);
    expect(byLine.get(4)).toMatch(/trùng với dòng 2/);
    expect(byLine.get(5)).toMatch(/Không tìm thấy đơn vị cấp trên có mã "Q"/);
  });
  it('accepts English headers and an existing parent in the subtree; refuses one outside it', () => {
    const existing = { all: new Set(['IN', 'OUT']), inSubtree: new Set(['IN']) };
    const check = checkUnitImport([['code', 'name', 'kind', 'parent code'], ['N1', 'Một', 'cell', 'IN'], ['N2', 'Hai', 'cell', 'OUT']], existing);
    expect(check.rows[0]!.errors).toEqual([]);
    expect(check.rows[1]!.errors[0]).toMatch(/nằm ngoài/);
  });
  it('says what is wrong with the file as a whole', () => {
    expect(checkUnitImport([], none).fileError).toMatch(/không có dòng tiêu đề/);
    expect(checkUnitImport([['Tên đơn vị']], none).fileError).toMatch(/Thiếu cột: Mã đơn vị, Loại/);
    expect(checkUnitImport([header, ['', '', '', '']], none).fileError).toMatch(/không có dòng dữ liệu/);
  });
});
