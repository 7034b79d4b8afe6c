// The parts of the editor, in document order; ids are the anchors of the table of contents.
export const SECTIONS = [
  { id: 'thong-tin-chung', number: 'I', title: 'Thông tin chung, căn cứ' },
  { id: 'muc-dich', number: 'II', title: 'Mục đích, yêu cầu' },
  { id: 'noi-dung', number: 'III', title: 'Nội dung tuyên truyền' },
  { id: 'cac-dot', number: 'IV', title: 'Các đợt, thời gian' },
  { id: 'hinh-thuc', number: 'V', title: 'Hình thức tuyên truyền' },
  { id: 'khau-hieu', number: 'VI', title: 'Khẩu hiệu' },
  { id: 'ky-niem', number: 'VII', title: 'Ngày kỷ niệm' },
  { id: 'to-chuc', number: 'VIII', title: 'Tổ chức thực hiện' },
  { id: 'bao-cao', number: 'IX', title: 'Chế độ báo cáo' },
  { id: 'noi-nhan', number: 'X', title: 'Nơi nhận' },
  { id: 'ky', number: 'XI', title: 'Người ký' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];
