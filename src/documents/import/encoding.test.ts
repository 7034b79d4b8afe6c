import { describe, expect, it } from 'vitest';
import { decodeText } from './encoding.ts';
import { PlanImportError } from './errors.ts';
import { convertTcvn3, convertVni, detectLegacyVietnamese, toTcvn3, toVni } from './legacy-vietnamese.ts';

const PLAN = 'ĐẢNG BỘ TỈNH LAI CHÂU\nKẾ HOẠCH\nTuyên truyền Đại hội đại biểu toàn quốc lần thứ XIV của Đảng\nCăn cứ Kế hoạch số 187-KH/ĐU ngày 7/8/2024 của Đảng ủy Sở;\nI. MỤC ĐÍCH, YÊU CẦU\nNơi nhận:\n- Lưu VT.\nT/M ĐẢNG ỦY\nBÍ THƯ\nMạc Quang Dũng';

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (endian === 'be') body.swap16();
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body;
}

function refusal(bytes: Uint8Array): PlanImportError {
  try {
    decodeText(bytes);
  } catch (err) {
    if (err instanceof PlanImportError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('text encodings', () => {
  it('reads UTF-8, with and without BOM, saying nothing when it is plain UTF-8 NFC', () => {
    const plain = decodeText(Buffer.from(PLAN, 'utf8'));
    expect(plain.text).toBe(PLAN);
    expect(plain.encoding).toEqual({ charset: 'utf-8', bom: false, normalisation: 'nfc', legacy: null });
    expect(plain.notes).toEqual([]);
    const bom = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLAN, 'utf8')]));
    expect(bom.text).toBe(PLAN);
    expect(bom.notes).toEqual(['encoding: UTF-8, with BOM']);
  });

  it('normalises decomposed (NFD) text to NFC and says so', () => {
    const decoded = decodeText(Buffer.from(PLAN.normalize('NFD'), 'utf8'));
    expect(decoded.text).toBe(PLAN);
    expect(decoded.encoding.normalisation).toBe('nfd');
    expect(decoded.notes[0]).toMatch(/NFD \(normalised to NFC\)/);
  });

  it.each([
    ['le', true],
    ['be', true],
    ['le', false],
    ['be', false],
  ] as const)('reads UTF-16 %s (BOM: %s)', (endian, bom) => {
    const decoded = decodeText(utf16(PLAN, endian, bom));
    expect(decoded.text).toBe(PLAN);
    expect(decoded.encoding).toMatchObject({ charset: `utf-16${endian}`, bom });
    expect(decoded.notes[0]).toContain(`UTF-16 ${endian.toUpperCase()}`);
  });

  it('detects TCVN3 bytes, converts them and says so', () => {
    const bytes = Buffer.from(toTcvn3(PLAN), 'latin1');
    const decoded = decodeText(bytes);
    // TCVN3 has no accented capitals: .VnTimeH fonts showed small letters as capitals, and lines in
    // capitals are restored as such.
    expect(decoded.text.toLowerCase()).toBe(PLAN.toLowerCase());
    expect(decoded.text.split('\n').slice(0, 2)).toEqual(['ĐẢNG BỘ TỈNH LAI CHÂU', 'KẾ HOẠCH']);
    expect(decoded.text).toContain('T/M ĐẢNG ỦY\nBÍ THƯ');
    expect(decoded.encoding.legacy).toBe('tcvn3');
    expect(decoded.notes).toContain('encoding: TCVN3 (ABC) detected and converted to Unicode');
  });

  it('detects VNI bytes, converts them and says so', () => {
    const decoded = decodeText(Buffer.from(toVni(PLAN), 'latin1'));
    expect(decoded.text).toBe(PLAN);
    expect(decoded.encoding.legacy).toBe('vni');
    expect(decoded.notes).toContain('encoding: VNI detected and converted to Unicode');
  });

  it('detects TCVN3 pasted into a UTF-8 file', () => {
    const decoded = decodeText(Buffer.from(toTcvn3(PLAN), 'utf8'));
    expect(decoded.encoding).toMatchObject({ charset: 'utf-8', legacy: 'tcvn3' });
    expect(decoded.text).toContain('Kế hoạch số 187-KH/ĐU');
    // Headings typed in capitals come back in capitals.
    expect(decoded.text).toContain('ĐẢNG BỘ TỈNH LAI CHÂU');
  });

  it('refuses empty files, blank files and binary data', () => {
    expect(refusal(new Uint8Array()).code).toBe('empty');
    expect(refusal(Buffer.from('  \n\t \n')).code).toBe('empty');
    expect(refusal(Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x10, 0x00, 0x7f, 0x05, 0x06])).code).toBe('binary');
    expect(refusal(Buffer.from('%PDF-1.7\n…')).message).toMatch(/PDF/);
    expect(refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])).code).toBe('legacy-doc');
  });

  it('refuses bytes that are no known encoding rather than guessing', () => {
    const random = Buffer.from(Array.from({ length: 300 }, (_, i) => 0x80 + ((i * 37) % 0x7f)));
    const err = refusal(random);
    expect(['unknown-encoding', 'binary']).toContain(err.code);
  });
});

describe('legacy Vietnamese encodings', () => {
  it('converts the common words of TCVN3 and VNI', () => {
    expect(convertTcvn3('KÕ ho¹ch tuyªn truyÒn §¶ng bé')).toBe('Kế hoạch tuyên truyền Đảng bộ');
    expect(convertTcvn3('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(convertVni('Keá hoaïch tuyeân truyeàn Ñaûng boä')).toBe('Kế hoạch tuyên truyền Đảng bộ');
    expect(convertVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(convertVni('NGÖÔØI LAO ÑOÄNG')).toBe('NGƯỜI LAO ĐỘNG');
  });

  it('round-trips every Vietnamese letter through VNI', () => {
    const letters = 'aáàảãạăắằẳẵặâấầẩẫậeéèẻẽẹêếềểễệiíìỉĩịoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữựyýỳỷỹỵđ';
    expect(convertVni(toVni(letters))).toBe(letters);
    expect(convertVni(toVni(letters.toUpperCase()))).toBe(letters.toUpperCase());
  });

  it('round-trips every small Vietnamese letter through TCVN3', () => {
    const letters = 'aáàảãạăắằẳẵặâấầẩẫậeéèẻẽẹêếềểễệiíìỉĩịoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữựyýỳỷỹỵđ';
    expect(convertTcvn3(toTcvn3(letters))).toBe(letters);
  });

  it('leaves Unicode Vietnamese alone, even with "oà" and "uý" in it', () => {
    expect(detectLegacyVietnamese('Hoàng Văn Thụ, Thuý Kiều, hoá học, toà án, khoẻ mạnh, thuỷ lợi').encoding).toBeNull();
    expect(detectLegacyVietnamese(PLAN).encoding).toBeNull();
    expect(detectLegacyVietnamese('Plain English text about the plan and its schedule.').encoding).toBeNull();
  });
});

describe('legacy lines inside a Unicode document', () => {
  it('converts only the lines typed in a legacy font, and says how many', async () => {
    const { convertLegacyText } = await import('./encoding.ts');
    const mixed = `${toTcvn3('ĐẢNG BỘ TỈNH LAI CHÂU')}\n${toTcvn3('BAN TUYÊN GIÁO TỈNH ỦY')}\nKẾ HOẠCH\nTuyên truyền Đại hội Đảng bộ các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng`;
    const out = convertLegacyText(mixed);
    expect(out.text.split('\n').slice(0, 2)).toEqual(['ĐẢNG BỘ TỈNH LAI CHÂU', 'BAN TUYÊN GIÁO TỈNH ỦY']);
    expect(out.text).toContain('Tuyên truyền Đại hội Đảng bộ các cấp');
    expect(out.notes).toEqual(['encoding: 2 lines in TCVN3 (ABC) detected and converted to Unicode']);
  });
});
