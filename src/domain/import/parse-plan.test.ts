import { describe, expect, it } from 'vitest';
import { planDocumentSchema } from '../plans/document.ts';
import { parsePlan } from './parse-plan.ts';
import { CHI_BO_SPACES, CONG_VAN, MARKDOWN_FROM_WORD, ONE_LINE_HEADER, STATE_PHONG_VHTT, THANH_UY_TABS } from './testing/plans.ts';

const units = (plan: ReturnType<typeof parsePlan>) => plan.assignments.map((a) => (typeof a === 'string' ? a : a.unit));

describe('whole documents of different shapes', () => {
  it('reads a Party plan whose two-column header is separated by tabs', () => {
    const plan = parsePlan(THANH_UY_TABS);
    expect(planDocumentSchema.safeParse(plan).success).toBe(true);
    expect(plan).toMatchObject({
      kind: 'KH',
      serial: 30,
      symbol: 'KH/ThU',
      issuer: 'THÀNH ỦY LAI CHÂU',
      issuerParent: 'ĐẢNG BỘ TỈNH LAI CHÂU',
      place: 'TP. Lai Châu',
      date: '2021-04-25',
      format: 'party',
      title: 'tổ chức các hoạt động kỷ niệm 131 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2021)',
      sections: ['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN', 'TỔ CHỨC THỰC HIỆN'],
    });
    expect(plan.bases).toEqual([expect.objectContaining({ serial: 45, symbol: 'KH/TU', date: '2021-03-10' })]);
    expect(plan.slogans).toHaveLength(2);
    expect(plan.anniversaries).toEqual([expect.objectContaining({ eventDate: '1890-05-19', anniversaryDate: '2021-05-19', years: 131 })]);
    expect(units(plan)).toEqual([
      'Ban Tuyên giáo Thành ủy',
      'Văn phòng Thành ủy',
      'Ủy ban nhân dân thành phố',
      'Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội thành phố',
      'Các chi bộ, đảng bộ trực thuộc',
    ]);
    expect(plan.recipients).toEqual(['Ban Tuyên giáo Tỉnh ủy (b/c)', 'Các đồng chí Thành ủy viên', 'Như mục III', 'Lưu Văn phòng Thành ủy']);
    expect(plan.signer).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ THƯỜNG TRỰC', name: 'Nguyễn Văn An' });
  });

  it('reads a state plan: "Số: 15/KH-VHTT" puts the kind before the dash', () => {
    const plan = parsePlan(STATE_PHONG_VHTT);
    expect(plan).toMatchObject({
      kind: 'KH',
      serial: 15,
      symbol: 'KH-VHTT',
      issuer: 'PHÒNG VĂN HÓA VÀ THÔNG TIN',
      issuerParent: 'UBND HUYỆN MƯỜNG TÈ',
      place: 'Mường Tè',
      date: '2024-08-07',
      format: 'state',
    });
    expect(plan.bases.map((b) => [b.serial, b.symbol, b.date])).toEqual([
      [120, 'KH-UBND', '2024-07-25'],
      [1234, 'UBND-VX', '2024-07-30'],
    ]);
    expect(plan.channels).toEqual(['radio', 'visual', 'culture', 'exhibition', 'mobile']);
    expect(units(plan)).toEqual(['Trung tâm Văn hóa - Thể thao huyện', 'UBND các xã, thị trấn']);
    expect(plan.signer).toEqual({ authority: 'KT. TRƯỞNG PHÒNG', position: 'PHÓ TRƯỞNG PHÒNG', name: 'Lò Văn Bình' });
  });

  it('splits a header flattened onto one line into parent, issuer, number, place and date', () => {
    const plan = parsePlan(ONE_LINE_HEADER);
    expect(plan).toMatchObject({
      serial: 45,
      symbol: 'KH/ĐU',
      issuer: 'ĐẢNG ỦY SỞ TÀI CHÍNH',
      issuerParent: 'ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH',
      place: 'Điện Biên',
      date: '2024-08-07',
      title: 'tuyên truyền Đại hội Đảng bộ Sở Tài chính lần thứ IX, nhiệm kỳ 2025 - 2030',
      sections: ['MỤC ĐÍCH YÊU CẦU', 'NỘI DUNG TUYÊN TRUYỀN', 'TỔ CHỨC THỰC HIỆN'],
    });
    expect(plan.phases.map((p) => [p.start, p.end])).toEqual([
      ['2025-01', '2025-03'],
      ['2025-04-01', '2025-06-30'],
      [null, null],
    ]);
    // "ngày …/…/2024": only the year is filled in.
    expect(plan.bases[1]).toMatchObject({ serial: 10, symbol: 'KH/ĐUK', date: '2024' });
    expect(plan.recipients).toEqual(['Ban Tuyên giáo Đảng ủy Khối (b/c)', 'Các chi bộ', 'Lưu VP']);
    expect(plan.signer).toEqual({ authority: 'TM. ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Trần Thị Hoa' });
  });

  it('reads Markdown made from Word, with layout rows in "<br>" tables and a form in a pipe table', () => {
    const plan = parsePlan(MARKDOWN_FROM_WORD);
    expect(plan).toMatchObject({
      kind: 'HD',
      serial: 25,
      symbol: 'HD/BTGHU',
      issuer: 'BAN TUYÊN GIÁO',
      issuerParent: 'HUYỆN ỦY ĐIỆN BIÊN ĐÔNG',
      date: '2025-01-15',
    });
    expect(plan.slogans).toEqual([
      'Nhiệt liệt chào mừng 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)!',
      'Đảng Cộng sản Việt Nam quang vinh muôn năm!',
      'Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!',
    ]);
    expect(units(plan)).toEqual(['Ủy ban nhân dân huyện', 'Các chi, đảng bộ cơ sở']);
    expect(plan.signer).toEqual({ authority: 'K/T TRƯỞNG BAN', position: 'PHÓ TRƯỞNG BAN', name: 'Lò Thị Mai' });
    expect(plan.reportTemplates).toEqual([
      {
        title: 'BIỂU MẪU BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN',
        columns: ['STT', 'Nội dung', 'Số lượng', 'Ghi chú'],
        rows: ['Số buổi tuyên truyền miệng', 'Số băng rôn, khẩu hiệu', 'Số tin, bài đăng trên trang thông tin điện tử'],
      },
    ]);
  });

  it('reads a cell plan laid out with spaces, "1-" numbering and the signature beside the list', () => {
    const plan = parsePlan(CHI_BO_SPACES);
    expect(plan).toMatchObject({
      serial: 3,
      symbol: 'KH/CB',
      issuer: 'CHI BỘ THÔN BẢN LANG',
      issuerParent: 'ĐẢNG BỘ XÃ TÂN PHONG',
      place: 'Tân Phong',
      date: '2026-01',
    });
    expect(plan.phases.map((p) => [p.label, p.start, p.end])).toEqual([
      ['Đợt 1', '2026-02-15', '2026-02-28'],
      ['Đợt 2', '2026-03', '2026-03'],
    ]);
    expect(plan.channels).toEqual(['meeting', 'social', 'radio']);
    expect(units(plan)).toEqual(['Đồng chí Bí thư chi bộ', 'Ban công tác Mặt trận, Chi hội Phụ nữ, Chi đoàn thanh niên thôn', 'Trưởng thôn']);
    expect(plan.recipients).toEqual(['Đảng ủy xã (b/c)', 'Đảng viên trong chi bộ', 'Lưu chi bộ']);
    expect(plan.signer).toEqual({ authority: 'T/M CHI BỘ', position: 'BÍ THƯ', name: 'Hoàng Văn Sử' });
  });

  it('reads a letter (công văn): the subject line is its title, "Kính gửi" is not the preamble', () => {
    const plan = parsePlan(CONG_VAN);
    expect(plan).toMatchObject({
      kind: 'CV',
      serial: 1234,
      symbol: 'SVHTTDL-QLVH',
      issuer: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
      issuerParent: 'UBND TỈNH LAI CHÂU',
      title: 'tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước',
      date: '2025-03-10',
      format: 'state',
    });
    expect(plan.bases.map((b) => b.symbol)).toEqual(['KH-UBND']);
    expect(plan.signer).toEqual({ authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Thị Lan' });
  });

  it('keeps the preamble and each section with its lines, numbering as written', () => {
    const plan = parsePlan(THANH_UY_TABS);
    expect(plan.preamble?.[0]).toMatch(/^Căn cứ Kế hoạch số 45-KH\/TU/);
    expect(plan.body?.map((s) => s.heading)).toEqual(plan.sections);
    expect(plan.body?.[0]?.lines).toEqual([
      '1. Tuyên truyền sâu rộng về thân thế, sự nghiệp của Chủ tịch Hồ Chí Minh.',
      '2. Các hoạt động kỷ niệm phải được tổ chức trang trọng, tiết kiệm.',
    ]);
  });

  it('gives the same plan for NFD and NFC text, and for CRLF line ends', () => {
    const nfc = parsePlan(STATE_PHONG_VHTT);
    expect(parsePlan(STATE_PHONG_VHTT.normalize('NFD'))).toEqual(nfc);
    expect(parsePlan(STATE_PHONG_VHTT.replace(/\n/g, '\r\n'))).toEqual(nfc);
  });
});
