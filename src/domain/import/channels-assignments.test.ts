import { describe, expect, it } from 'vitest';
import { readAssignments, unitAtStart } from './assignments.ts';
import { readChannels } from './channels.ts';
import { toLines } from './lines.ts';

const channels = (text: string) => readChannels(toLines(text));

describe('channels', () => {
  it('reads several channels from one sentence', () => {
    expect(
      channels(
        'Thông qua hội nghị cấp ủy mở rộng, sinh hoạt chi bộ; hội nghị báo cáo viên; tuyên truyền trên báo chí, Internet, mạng xã hội, cổng/trang thông tin điện tử; bản tin nội bộ, tài liệu; cổ động trực quan, khẩu hiệu, panô, áp phích; văn hóa - văn nghệ, phong trào thi đua yêu nước.',
      ),
    ).toEqual(['meeting', 'website', 'social', 'press', 'newsletter', 'visual', 'culture', 'emulation']);
  });

  it.each([
    ['Phát thanh trên Đài TT Cơ sở (thời lượng tính bằng phút)', ['radio']],
    ['Khác (xe loa, văn nghệ cổ động)', ['culture', 'mobile']],
    ['Tổ chức Cuộc thi viết tìm hiểu 80 năm lịch sử Đảng bộ tỉnh', ['contest']],
    ['Tổ chức triển lãm ảnh về Bác Hồ', ['exhibition']],
    ['Đăng tải trên Fanpage và nhóm Zalo của đơn vị', ['social']],
    ['Tuyên truyền trên Đài Phát thanh - Truyền hình tỉnh', ['press']],
    ['Treo cờ Tổ quốc tại trụ sở', ['visual']],
    ['Tôn vinh, biểu dương những điển hình tiên tiến', ['emulation']],
    ['Đội thông tin lưu động phục vụ vùng cao', ['mobile']],
    ['Biên soạn đề cương tuyên truyền, tài liệu hỏi - đáp', ['newsletter']],
  ])('%s', (text, expected) => {
    expect(channels(text)).toEqual(expected);
  });

  it('does not count names of events and bodies as channels', () => {
    expect(channels('phát biểu tại Hội nghị lần thứ mười Ban Chấp hành Trung ương; 100 năm Ngày Báo chí cách mạng Việt Nam')).toEqual([]);
    expect(channels('Sở Văn hóa, Thể thao và Du lịch; thi đua lập nhiều thành tích; các cuộc vận động')).toEqual([]);
  });
});

describe('assignments', () => {
  const units = (text: string) => readAssignments(toLines(text)).map((a) => a.unit);

  it('ends a unit where its first duty begins', () => {
    expect(unitAtStart('Ban Tuyên giáo Đảng ủy Khối tham mưu Ban Thường vụ Đảng ủy Khối xây dựng kế hoạch')?.unit).toBe('Ban Tuyên giáo Đảng ủy Khối');
    expect(unitAtStart('Các cấp ủy tổ chức đảng các cơ quan, đơn vị báo chí, thông tin tuyên truyền trong Khối phối hợp với lãnh đạo')?.unit).toBe(
      'Các cấp ủy tổ chức đảng các cơ quan, đơn vị báo chí, thông tin tuyên truyền trong Khối',
    );
    expect(unitAtStart('Giao Chi bộ Trung tâm Thông tin và Thống kê KH&CN xây dựng kế hoạch đăng tải tin')?.unit).toBe('Chi bộ Trung tâm Thông tin và Thống kê KH&CN');
    expect(unitAtStart('Giao tiểu ban tuyên truyền: Xây dựng nội dung')?.unit).toBe('Tiểu ban tuyên truyền');
    expect(unitAtStart('Hàng tháng, các Chi bộ báo cáo về Đảng ủy')?.unit).toBe('Các Chi bộ');
    expect(unitAtStart('Đề nghị Ủy ban MTTQ và các đoàn thể chính trị - xã hội xã tuyên truyền, vận động')?.unit).toBe(
      'Ủy ban MTTQ và các đoàn thể chính trị - xã hội xã',
    );
    expect(unitAtStart('Ban Tuyên giáo - Chủ trì tham mưu')?.unit).toBe('Ban Tuyên giáo');
  });

  it('does not take a duty for a unit', () => {
    expect(unitAtStart('Tổ chức 01 đến 02 đợt sinh hoạt chính trị')).toBeNull();
    expect(unitAtStart('Kịp thời theo dõi, nắm bắt diễn biến tư tưởng')).toBeNull();
    expect(unitAtStart('Báo cáo kết quả về Đảng ủy trước ngày 15/12')).toBeNull();
  });

  it('gives one unit per numbered item, its sub-items as duties', () => {
    const found = readAssignments(toLines('1. Ban Tuyên giáo Huyện ủy\n- Chủ trì, hướng dẫn.\n- Theo dõi, tổng hợp.\n2. Văn phòng Huyện ủy: bảo đảm kinh phí.'));
    expect(found).toEqual([
      { unit: 'Ban Tuyên giáo Huyện ủy', duties: ['Chủ trì, hướng dẫn.', 'Theo dõi, tổng hợp.'] },
      { unit: 'Văn phòng Huyện ủy', duties: ['bảo đảm kinh phí.'] },
    ]);
  });

  it('looks into the sub-items of a numbered item that names no unit', () => {
    expect(units('1. Cấp huyện:\n- Ban Tuyên giáo Huyện ủy chủ trì.\n- UBND huyện chỉ đạo.\n2. Cấp xã:\n- Đảng ủy các xã triển khai.')).toEqual([
      'Ban Tuyên giáo Huyện ủy',
      'UBND huyện',
      'Đảng ủy các xã',
    ]);
  });

  it('reads lettered items and paragraphs', () => {
    expect(units('a) Các chi bộ trực thuộc: quán triệt.\nb) Đoàn Thanh niên: tổ chức hoạt động.')).toEqual(['Các chi bộ trực thuộc', 'Đoàn Thanh niên']);
  });

  it('stops at the closing sentence', () => {
    expect(units('- Giao tiểu ban tuyên truyền: xây dựng nội dung.\nTrên đây là Kế hoạch …, đề nghị các Chi bộ trực thuộc\nKH&CN và tiểu ban tuyên truyền, Công đoàn Cơ sở nghiêm túc thực hiện.')).toEqual([
      'Tiểu ban tuyên truyền',
    ]);
  });
});

describe('assignments in text cut into lines', () => {
  it('does not take the rest of a cut sentence for a unit', () => {
    const found = readAssignments(
      toLines('- Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với các cơ quan liên quan hướng dẫn\nĐảng ủy các xã, thị trấn triển khai thực hiện Kế hoạch này.\n- Văn phòng Huyện ủy bảo đảm kinh phí.'),
    );
    expect(found.map((a) => a.unit)).toEqual(['Ban Tuyên giáo Huyện ủy', 'Văn phòng Huyện ủy']);
    expect(found[0]?.duties).toHaveLength(2);
  });
});

describe('the issuer giving duties is not a unit given duties', () => {
  it('skips "Ban Thường vụ Huyện ủy yêu cầu:" and reads the units after it', () => {
    expect(readAssignments(toLines('Ban Thường vụ Huyện ủy yêu cầu:\n- Các chi bộ tổ chức quán triệt.\n- Văn phòng Huyện ủy theo dõi.')).map((a) => a.unit)).toEqual([
      'Các chi bộ',
      'Văn phòng Huyện ủy',
    ]);
  });
});
