import { describe, expect, it } from 'vitest';
import { toLines } from './lines.ts';
import { parsePlan } from './parse-plan.ts';
import { readRecipients } from './recipients.ts';
import { readReportTemplates } from './report-templates.ts';
import { isPersonName, readSigner } from './signer.ts';

const HEAD = 'KẾ HOẠCH\nTuyên truyền\nI. MỤC ĐÍCH\nNội dung.\nII. TỔ CHỨC THỰC HIỆN\nCác chi bộ thực hiện.\n';

describe('distribution list (Nơi nhận)', () => {
  it('drops dashes, trailing punctuation and blanks, keeps parentheses', () => {
    expect(readRecipients(['Nơi nhận:', '- Ban Tuyên giáo Tỉnh ủy (b/c),', '- Như trên;', '- ……………;', '- Lưu: VT, VP Đảng ủy./.']).recipients).toEqual([
      'Ban Tuyên giáo Tỉnh ủy (b/c)',
      'Như trên',
      'Lưu: VT, VP Đảng ủy',
    ]);
  });

  it('reads a list written on the heading line', () => {
    expect(readRecipients(['Nơi nhận: - Như trên; - Đài Phát thanh - Truyền hình tỉnh; - Lưu VT.']).recipients).toEqual([
      'Như trên',
      'Đài Phát thanh - Truyền hình tỉnh',
      'Lưu VT',
    ]);
  });

  it('leaves the signature out of the list when the two share lines', () => {
    const closing = readRecipients(['Nơi nhận:', 'T/M BAN THƯỜNG VỤ', '- Thường trực Tỉnh ủy (b/c),', 'BÍ THƯ', '- Lưu VP.', 'Nguyễn Văn Bình']);
    expect(closing.recipients).toEqual(['Thường trực Tỉnh ủy (b/c)', 'Lưu VP']);
    expect(readSigner(closing.rest)).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Nguyễn Văn Bình' });
  });
});

describe('signature', () => {
  it.each([
    [['T/M. ĐẢNG ỦY', 'BÍ THƯ', 'Mạc Quang Dũng'], { authority: 'T/M. ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Mạc Quang Dũng' }],
    [['TM. BAN CHẤP HÀNH', 'ĐẢNG BỘ XÃ', 'BÍ THƯ', '(Đã ký)', 'Lò Văn Tiến'], { authority: 'TM. BAN CHẤP HÀNH ĐẢNG BỘ XÃ', position: 'BÍ THƯ', name: 'Lò Văn Tiến' }],
    [['THỦ TRƯỞNG ĐƠN VỊ'], { authority: null, position: 'THỦ TRƯỞNG ĐƠN VỊ', name: null }],
    [['Bùi Quang Nhựt'], { authority: null, position: null, name: 'Bùi Quang Nhựt' }],
    [['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'NGUYỄN VĂN HÙNG'], { authority: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'NGUYỄN VĂN HÙNG' }],
  ])('%j', (fragments, signer) => {
    expect(readSigner(fragments)).toEqual(signer);
  });

  it('tells a name from other short lines', () => {
    expect(isPersonName('Nguyễn Thị Minh Khai')).toBe(true);
    expect(isPersonName('Nơi nhận')).toBe(false);
    expect(isPersonName('Các Chi Bộ')).toBe(false);
    expect(isPersonName('Kế hoạch này')).toBe(false);
  });

  it('finds a bare name after the last section when there is no "Nơi nhận"', () => {
    const plan = parsePlan(`${HEAD}\nPHÓ BÍ THƯ\nĐinh Văn Thành`);
    expect(plan.signer).toEqual({ authority: null, position: 'PHÓ BÍ THƯ', name: 'Đinh Văn Thành' });
    expect(plan.body?.at(-1)?.lines).toEqual(['Các chi bộ thực hiện.']);
  });
});

describe('report forms', () => {
  const forms = (text: string) => readReportTemplates(toLines(text));

  it('reads the columns and the row labels, not numbers, blanks or totals', () => {
    expect(forms('BÁO CÁO\nV/v kết quả tuyên truyền\nSTT\tHình thức\tSố lượng\n01\tPa nô, áp phích\t\n02\tTuyên truyền miệng\t\n\tTổng cộng\t')).toEqual([
      { title: 'kết quả tuyên truyền', columns: ['STT', 'Hình thức', 'Số lượng'], rows: ['Pa nô, áp phích', 'Tuyên truyền miệng'] },
    ]);
  });

  it('keeps a form whose rows are all to be filled in', () => {
    expect(forms('BÁO CÁO SỐ LIỆU TIN, BÀI\nSTT\tTít của tin, bài\tThời gian đăng\n01\t\t\n02\t\t')).toEqual([
      { title: 'BÁO CÁO SỐ LIỆU TIN, BÀI', columns: ['STT', 'Tít của tin, bài', 'Thời gian đăng'], rows: [] },
    ]);
  });

  it('takes the form title under "Mẫu số 01", not the note "(Kèm theo …)"', () => {
    expect(forms('Mẫu số 01\nKết quả tuyên truyền Đại hội\n(Kèm theo Kế hoạch số 10-KH/ĐU)\n| STT | Nội dung | Số lượng |\n|---|---|---|\n| 1 | Hội nghị |  |')[0]).toEqual({
      title: 'Kết quả tuyên truyền Đại hội',
      columns: ['STT', 'Nội dung', 'Số lượng'],
      rows: ['Hội nghị'],
    });
  });

  it('reads forms only after the signature, not tables of the plan itself', () => {
    const plan = parsePlan(
      `${HEAD.replace('Các chi bộ thực hiện.', 'Đơn vị\tNhiệm vụ\nChi bộ 1\tTuyên truyền\nChi bộ 2\tBáo cáo')}Nơi nhận:\n- Lưu VT.\nT/M CHI BỘ\nBÍ THƯ\nLê Văn Ba\nMẪU BÁO CÁO\nSTT\tNội dung\tSố lượng\n1\tSố buổi\t`,
    );
    expect(plan.reportTemplates).toEqual([{ title: 'MẪU BÁO CÁO', columns: ['STT', 'Nội dung', 'Số lượng'], rows: ['Số buổi'] }]);
    expect(plan.signer?.name).toBe('Lê Văn Ba');
  });
});

describe('signatures written in ordinary case', () => {
  it('reads "T/M Ban Thường vụ / Bí thư / name"', () => {
    const plan = parsePlan(`${HEAD}T/M Ban Thường vụ\nBí thư\nLê Thị Thu`);
    expect(plan.signer).toEqual({ authority: 'T/M Ban Thường vụ', position: 'Bí thư', name: 'Lê Thị Thu' });
    expect(plan.body?.at(-1)?.lines).toEqual(['Các chi bộ thực hiện.']);
  });
});

describe('a distribution list between semicolons', () => {
  it('reads "Nơi nhận: Như trên; UBND huyện (b/c); Lưu VT."', () => {
    expect(readRecipients(['Nơi nhận: Như trên; UBND huyện (b/c); Lưu VT.']).recipients).toEqual(['Như trên', 'UBND huyện (b/c)', 'Lưu VT']);
  });
});
