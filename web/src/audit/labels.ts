// Vietnamese names of audit actions and entities (codes as the server writes them).

export const ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'unit.create': 'Thêm đơn vị',
  'unit.update': 'Sửa đơn vị',
  'unit.rename': 'Đổi tên đơn vị',
  'unit.move': 'Chuyển đơn vị',
  'unit.retire': 'Giải thể đơn vị',
  'unit.restore': 'Khôi phục đơn vị',
  'unit.delete': 'Xóa đơn vị',
  'unit.import': 'Nhập đơn vị từ tệp',
  'unit.document_settings': 'Thiết lập văn bản',
  'user.create': 'Tạo người dùng',
  'user.invite': 'Mời người dùng',
  'user.update': 'Sửa người dùng',
  'user.activate': 'Mở khóa tài khoản',
  'user.deactivate': 'Khóa tài khoản',
  'user.reset_password': 'Đặt lại mật khẩu',
  'user.change_password': 'Đổi mật khẩu',
  'user.accept_invite': 'Nhận lời mời',
  'role.assign': 'Giao vai trò',
  'role.remove': 'Thu hồi vai trò',
  'system.seed': 'Khởi tạo dữ liệu',
};

const GROUPS: { value: string; label: string }[] = [
  { value: 'unit.', label: 'Đơn vị (mọi thao tác)' },
  { value: 'user.', label: 'Người dùng (mọi thao tác)' },
  { value: 'role.', label: 'Phân quyền (mọi thao tác)' },
  { value: 'plan.', label: 'Kế hoạch (mọi thao tác)' },
  { value: 'report.', label: 'Báo cáo (mọi thao tác)' },
  { value: 'activity.', label: 'Kết quả thực hiện (mọi thao tác)' },
];

export const ACTION_OPTIONS = [
  { group: 'Nhóm thao tác', items: GROUPS },
  {
    group: 'Thao tác',
    items: Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label })),
  },
];

export const ENTITY_LABELS: Record<string, string> = {
  unit: 'Đơn vị',
  user: 'Người dùng',
  session: 'Phiên đăng nhập',
  plan: 'Kế hoạch',
  report: 'Báo cáo',
  activity: 'Kết quả thực hiện',
  unit_event: 'Ngày kỷ niệm của đơn vị',
  system: 'Hệ thống',
};

export const ENTITY_OPTIONS = Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label }));

export function actionLabel(code: string): string {
  return ACTION_LABELS[code] ?? code;
}

export function entityLabel(code: string): string {
  return ENTITY_LABELS[code] ?? code;
}
