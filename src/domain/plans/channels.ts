/** The fixed vocabulary of channels (hình thức tuyên truyền), shared by the server and the web app. */
export const CHANNELS = [
  'meeting',
  'website',
  'social',
  'press',
  'radio',
  'newsletter',
  'visual',
  'culture',
  'exhibition',
  'emulation',
  'contest',
  'mobile',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  meeting: 'Tuyên truyền miệng, hội nghị',
  website: 'Trang/cổng thông tin điện tử',
  social: 'Mạng xã hội',
  press: 'Báo chí, phát thanh - truyền hình',
  radio: 'Truyền thanh cơ sở, loa',
  newsletter: 'Bản tin, ấn phẩm, tài liệu',
  visual: 'Cổ động trực quan',
  culture: 'Văn hóa - văn nghệ, thể thao',
  exhibition: 'Triển lãm',
  emulation: 'Phong trào thi đua',
  contest: 'Cuộc thi',
  mobile: 'Thông tin lưu động, xe loa',
};
