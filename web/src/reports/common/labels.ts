import type { Channel, ReportStatus, Timeliness } from '../api/types';
import { CHANNELS } from '../api/types';

export { CHANNEL_LABELS } from '../../../../src/domain/plans/channels.ts';
import { CHANNEL_LABELS } from '../../../../src/domain/plans/channels.ts';

export const CHANNEL_OPTIONS = CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }));

/** Channels whose activities are published items (title, link, date) listed in reports. */
export const PUBLISHING_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['website', 'social', 'press', 'newsletter']);

export function channelLabel(c: string): string {
  return (CHANNEL_LABELS as Record<string, string>)[c] ?? c;
}

export const TIMELINESS_LABELS: Record<Timeliness, string> = {
  not_due: 'Chưa đến hạn',
  on_time: 'Đúng hạn',
  late: 'Nộp muộn',
  missing: 'Chưa nộp (quá hạn)',
  returned: 'Bị trả lại',
  in_progress: 'Đang soạn',
};

export const TIMELINESS_COLORS: Record<Timeliness, string> = {
  not_due: 'gray',
  on_time: 'teal',
  late: 'orange',
  missing: 'red',
  returned: 'grape',
  in_progress: 'blue',
};

export const STATUS_LABELS: Record<ReportStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi, chờ tiếp nhận',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
};

export const STATUS_COLORS: Record<ReportStatus, string> = {
  draft: 'blue',
  submitted: 'indigo',
  returned: 'grape',
  accepted: 'teal',
};

export const NARRATIVE_LABELS = {
  results: 'Kết quả nổi bật',
  difficulties: 'Khó khăn, vướng mắc',
  recommendations: 'Kiến nghị, đề xuất',
} as const;

/** "1-KH/TU — học tập, quán triệt…" */
export function planLabel(p: { number: string | null; title: string; kind?: string }, max = 90): string {
  const head = p.number ?? (p.kind === 'HD' ? 'Hướng dẫn' : 'Kế hoạch');
  const text = `${head} — ${p.title}`;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "850 KB", "2.4 MB": the size of an uploaded file. */
export function fileSizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const FILE_TYPE_LABELS: Record<string, string> = {
  'image/jpeg': 'Ảnh JPEG',
  'image/png': 'Ảnh PNG',
  'image/webp': 'Ảnh WebP',
  'image/gif': 'Ảnh GIF',
  'application/pdf': 'PDF',
};

export function fileTypeLabel(mime: string): string {
  return FILE_TYPE_LABELS[mime] ?? mime;
}
