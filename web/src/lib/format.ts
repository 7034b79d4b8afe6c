import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import type { Role, UnitKind } from '../api/types';

dayjs.locale('vi');

export const KIND_LABELS: Record<UnitKind, string> = {
  committee: 'Đảng bộ / cấp ủy',
  cell: 'Chi bộ',
  board: 'Ban tham mưu',
  government: 'Cơ quan nhà nước',
  mass: 'Tổ chức chính trị - xã hội',
  media: 'Cơ quan truyền thông',
};

export const KIND_OPTIONS = (Object.keys(KIND_LABELS) as UnitKind[]).map((k) => ({
  value: k,
  label: KIND_LABELS[k],
}));

export const ROLE_LABELS: Record<Role, string> = {
  viewer: 'Xem',
  editor: 'Biên tập',
  leader: 'Lãnh đạo (phê duyệt)',
  admin: 'Quản trị',
};

export const ROLE_COLORS: Record<Role, string> = {
  viewer: 'gray',
  editor: 'blue',
  leader: 'grape',
  admin: 'red',
};

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export function kindLabel(kind: string): string {
  return (KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

export function roleLabel(role: string): string {
  return (ROLE_LABELS as Record<string, string>)[role] ?? role;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return d.isValid() ? d.format('DD/MM/YYYY') : '';
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return d.isValid() ? d.format('DD/MM/YYYY HH:mm') : '';
}

/** A link safe to open: http(s) only — a `javascript:` or `data:` link stored before the server refused them is shown as text. */
export function webHref(link: string | null | undefined): string | undefined {
  return link && /^https?:\/\//i.test(link.trim()) ? link.trim() : undefined;
}
