/**
 * National commemoration dates that communication plans cite, copied from the project brief's
 * `data/anniversaries.json`. `major`: one of the great holidays of Nghị định 145/2013/NĐ-CP, Điều 4.
 */
export interface CommemoratedEvent {
  /**
   * The original event, ISO `YYYY-MM-DD`. A lunar event gives its lunar month and day (`MM-DD`, or
   * `YYYY-MM-DD` when the year is known), kept by the Vietnamese lunar calendar every year.
   */
  date: string;
  name: string;
  lunar?: boolean;
  major?: boolean;
}

export const NATIONAL_EVENTS: readonly CommemoratedEvent[] = [
  { date: '1930-02-03', name: 'Ngày thành lập Đảng Cộng sản Việt Nam', major: true },
  { date: '1890-05-19', name: 'Ngày sinh Chủ tịch Hồ Chí Minh', major: true },
  { date: '1975-04-30', name: 'Ngày giải phóng miền Nam, thống nhất đất nước', major: true },
  { date: '1954-05-07', name: 'Chiến thắng Điện Biên Phủ', major: true },
  { date: '1945-08-19', name: 'Cách mạng tháng Tám thành công', major: true },
  { date: '1945-09-02', name: 'Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam', major: true },
  { date: '03-10', lunar: true, name: 'Giỗ Tổ Hùng Vương', major: true },
  { date: '1925-06-21', name: 'Ngày Báo chí cách mạng Việt Nam' },
  { date: '1946-01-06', name: 'Ngày Tổng tuyển cử đầu tiên bầu Quốc hội Việt Nam' },
  { date: '1944-12-22', name: 'Ngày thành lập Quân đội nhân dân Việt Nam' },
  { date: '1946-12-19', name: 'Ngày Toàn quốc kháng chiến' },
  { date: '1930-11-18', name: 'Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam' },
  { date: '1947-07-27', name: 'Ngày Thương binh - Liệt sĩ' },
  { date: '1930-10-20', name: 'Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam' },
  { date: '1931-03-26', name: 'Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh' },
  { date: '1941-05-15', name: 'Ngày thành lập Đội Thiếu niên Tiền phong Hồ Chí Minh' },
  { date: '1929-07-28', name: 'Ngày thành lập Công đoàn Việt Nam' },
  { date: '1930-10-14', name: 'Ngày thành lập Hội Nông dân Việt Nam' },
  { date: '1930-08-01', name: 'Ngày truyền thống ngành Tuyên giáo' },
  { date: '1945-08-19', name: 'Ngày truyền thống Công an nhân dân Việt Nam' },
  { date: '2005-08-19', name: 'Ngày hội toàn dân bảo vệ an ninh Tổ quốc' },
  { date: '1959-03-03', name: 'Ngày truyền thống Bộ đội Biên phòng' },
  { date: '1955-02-27', name: 'Ngày Thầy thuốc Việt Nam' },
  { date: '1982-11-20', name: 'Ngày Nhà giáo Việt Nam' },
  { date: '1910-03-08', name: 'Ngày Quốc tế Phụ nữ' },
  { date: '1911-06-05', name: 'Ngày Chủ tịch Hồ Chí Minh ra đi tìm đường cứu nước' },
];
