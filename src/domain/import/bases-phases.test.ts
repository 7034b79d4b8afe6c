import { describe, expect, it } from 'vitest';
import { basesInText, readBases } from './bases.ts';
import { toLines } from './lines.ts';
import { readPhases } from './phases.ts';

describe('bases', () => {
  it('reads each numbered document of a preamble with its date', () => {
    const bases = readBases(
      toLines(
        'Căn cứ Hướng dẫn số 142-HD/BTGDĐUK ngày 23/10/2024 về tuyên truyền;\nCăn cứ Kế hoạch số 187-KH/ĐU ngày 7/8/2024 của Đảng uỷ Sở về Kế hoạch thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị;',
      ),
    );
    expect(bases.map((b) => [b.serial, b.symbol, b.date])).toEqual([
      [142, 'HD/BTGDĐUK', '2024-10-23'],
      [187, 'KH/ĐU', '2024-08-07'],
      [35, 'CT/TW', '2024-06-14'],
    ]);
    expect(bases[1]?.issuer).toBe('Đảng uỷ Sở');
    expect(bases[2]?.issuer).toBe('Bộ Chính trị');
  });

  it('gives nulls for blanks and keeps a date written as a whole date', () => {
    expect(basesInText('Thực hiện Kế hoạch số ...../KH-SKHCN ngày …/…/2020 của Sở').map((b) => [b.serial, b.symbol, b.date])).toEqual([[null, 'KH-SKHCN', '2020']]);
    expect(basesInText('Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị').map((b) => b.date)).toEqual(['2024-12-22']);
  });

  it('does not lend a later document its date', () => {
    expect(basesInText('Căn cứ Chỉ thị số 05-CT/TW của Bộ Chính trị và Kế hoạch số 10-KH/TU ngày 01/3/2025').map((b) => b.date)).toEqual([null, '2025-03-01']);
  });

  it('reads a document once even when the preamble names it twice', () => {
    expect(readBases(toLines('Căn cứ Kế hoạch số 10-KH/TU ngày 1/3/2025;\nThực hiện Kế hoạch số 10-KH/TU ngày 1/3/2025 …'))).toHaveLength(1);
  });
});

describe('phases', () => {
  const bounds = (text: string) => readPhases(toLines(text)).map((p) => [p.start, p.end]);

  it('reads "từ … đến …" with the precision written, and relative bounds as null', () => {
    expect(
      bounds(
        '- Đợt 1: Từ nay đến thời điểm diễn ra đại hội trước ngày 30/6/2025.\n- Đợt 2: Trong đại hội từ ngày 30/6/2025 đến tháng 3/2026\n- Đợt 3: Sau đại hội Đảng các cấp',
      ),
    ).toEqual([
      [null, '2025-06-30'],
      ['2025-06-30', '2026-03'],
      [null, null],
    ]);
  });

  it('reads "giai đoạn" phases, "hết năm" and years alone', () => {
    expect(bounds('1. Giai đoạn từ nay đến hết năm 2024, tập trung tuyên truyền:\n2. Giai đoạn từ năm 2025 đến Đại hội XIV của Đảng, tập trung:')).toEqual([
      [null, '2024'],
      ['2025', null],
    ]);
    expect(bounds('Giai đoạn 1 (2021 - 2023): …\nGiai đoạn 2 (2024 - 2025): …')).toEqual([
      ['2021', '2023'],
      ['2024', '2025'],
    ]);
  });

  it('completes a start written without its year from the end date', () => {
    expect(bounds('Đợt 2 (từ 01/4 đến 30/6/2025): tuyên truyền trong Đại hội.')).toEqual([['2025-04-01', '2025-06-30']]);
  });

  it('does not take a term of office for a time span', () => {
    expect(bounds('Đợt 1: Từ nay đến Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030, tập trung:')).toEqual([[null, null]]);
  });

  it('reads the time on the next line when the phase line has none', () => {
    expect(bounds('Đợt 1:\nThời gian: từ ngày 15/01/2026 đến ngày 03/02/2026.\nĐợt 2:\nThời gian: tháng 3/2026.')).toEqual([
      ['2026-01-15', '2026-02-03'],
      ['2026-03', '2026-03'],
    ]);
  });

  it('keeps a phase named twice once, completing its dates', () => {
    expect(bounds('1. Đợt 1: tuyên truyền trước Đại hội\n…\n3. Thời gian\n- Đợt 1: đến ngày 30/6/2025')).toEqual([[null, '2025-06-30']]);
  });

  it('reads before / during / after a congress when there are no numbered phases', () => {
    expect(bounds('a) Trước Đại hội: từ tháng 5/2025 đến ngày 15/7/2025\nb) Trong thời gian diễn ra Đại hội\nc) Sau Đại hội: đến hết tháng 12/2025')).toEqual([
      ['2025-05', '2025-07-15'],
      [null, null],
      [null, '2025-12'],
    ]);
  });

  it('does not take a sentence about the congress for a phase', () => {
    expect(bounds('Trong đại hội, các chi bộ cần chú ý tuyên truyền đầy đủ các nội dung đã nêu ở trên cho đảng viên và quần chúng.')).toEqual([]);
  });
});
