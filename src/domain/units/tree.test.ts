import { describe, expect, it } from 'vitest';
import { childPath, moveProblem, parseUnitKind, pathIds } from './tree.ts';

describe('unit tree rules', () => {
  it('builds and reads materialised paths', () => {
    expect(childPath('/1/5/', 23)).toBe('/1/5/23/');
    expect(pathIds('/1/5/23/')).toEqual([1, 5, 23]);
  });
  it('refuses a move under the unit itself or its descendants only', () => {
    expect(moveProblem('/1/5/', '/1/5/')).toMatch(/itself/);
    expect(moveProblem('/1/5/', '/1/5/23/')).toMatch(/descendants/);
    expect(moveProblem('/1/5/', '/1/55/')).toBeNull();
    expect(moveProblem('/1/5/', '/1/')).toBeNull();
  });
  it('reads unit kinds as people type them', () => {
    expect(parseUnitKind('Chi bộ')).toBe('cell');
    expect(parseUnitKind('chi bo')).toBe('cell');
    expect(parseUnitKind('Đảng bộ / cấp ủy')).toBe('committee');
    expect(parseUnitKind('Đảng ủy')).toBe('committee');
    expect(parseUnitKind('government')).toBe('government');
    expect(parseUnitKind('Hội Nông dân')).toBe('mass');
    expect(parseUnitKind('Đài truyền thanh')).toBe('media');
    expect(parseUnitKind('câu lạc bộ')).toBeNull();
  });
});
