import { describe, expect, it } from 'vitest';
import { lineKind, plainText, romanNumeral, spansOf } from './lines.ts';

describe('lines', () => {
  it('tells short numbered points from paragraphs', () => {
    expect(lineKind('1. Mục đích', 160)).toBe('point');
    expect(lineKind('3. Thời gian thực hiện.', 160)).toBe('point');
    expect(lineKind('1.1 - Tuyên truyền “Niềm tin mới, khí thế mới”', 160)).toBe('subPoint');
    expect(lineKind('2.3. Trên mạng xã hội', 160)).toBe('subPoint');
    expect(lineKind(`1. Nâng cao nhận thức ${'cho cán bộ, đảng viên '.repeat(10)}`, 160)).toBe('paragraph');
    expect(lineKind('1. Tuyên truyền trên báo chí,', 160)).toBe('paragraph');
    expect(lineKind('- Tuyên truyền miệng', 160)).toBe('paragraph');
    expect(lineKind('2025 là năm tổ chức đại hội', 160)).toBe('paragraph');
  });

  it('turns Markdown emphasis into spans', () => {
    expect(spansOf('- *Tuyên truyền chủ đề “Niềm tin mới”* và **đậm** nữa')).toEqual([
      { text: '- ' },
      { text: 'Tuyên truyền chủ đề “Niềm tin mới”', italic: true },
      { text: ' và ' },
      { text: 'đậm', bold: true },
      { text: ' nữa' },
    ]);
    expect(spansOf('3 * 4 = 12 *')).toEqual([{ text: '3 * 4 = 12 *' }]);
    expect(plainText('**1. Mục đích**')).toBe('1. Mục đích');
    expect(spansOf('')).toEqual([{ text: '' }]);
  });

  it('writes Roman numerals', () => {
    expect([1, 2, 3, 4, 5, 9, 14, 40].map(romanNumeral)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'XIV', 'XL']);
  });
});
