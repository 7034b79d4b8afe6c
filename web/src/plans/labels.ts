// Vietnamese labels of the plans vocabulary.
import type { Cadence, Channel, PlanContent, PlanKind, PlanStatus, Relation, TargetPer } from './types';

export const STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Dự thảo',
  submitted: 'Chờ duyệt',
  issued: 'Đã ban hành',
  closed: 'Đã kết thúc',
};

export const STATUS_COLORS: Record<PlanStatus, string> = {
  draft: 'gray',
  submitted: 'yellow',
  issued: 'teal',
  closed: 'dark',
};

export const KIND_NAMES: Record<PlanKind, string> = { KH: 'Kế hoạch', HD: 'Hướng dẫn' };

// One vocabulary for server and web app.
export { CHANNEL_LABELS } from '../../../src/domain/plans/channels.ts';
import { CHANNEL_LABELS } from '../../../src/domain/plans/channels.ts';

export const CHANNELS = Object.keys(CHANNEL_LABELS) as Channel[];

/** Typical measures per channel, offered (not imposed) in the target's measure box. */
export const MEASURE_SUGGESTIONS = [
  'buổi',
  'lượt người',
  'hội nghị',
  'tin, bài',
  'tin',
  'bài',
  'ảnh',
  'video clip',
  'phút',
  'lượt phát',
  'băng rôn',
  'pa nô',
  'khẩu hiệu',
  'cờ',
  'ấn phẩm',
  'số',
  'cuộc',
  'buổi biểu diễn',
  'lượt xe',
];

export const PER_LABELS: Record<TargetPer, string> = { plan: 'cả kế hoạch', month: 'mỗi tháng', phase: 'mỗi đợt' };

export const RELATION_LABELS: Record<Relation, string> = { before: 'Trước', during: 'Trong thời gian', after: 'Sau' };

export const CADENCE_LABELS: Record<Cadence, string> = {
  monthly: 'Hằng tháng',
  quarterly: 'Hằng quý',
  phase: 'Sau mỗi đợt',
  final: 'Khi kết thúc (tổng kết)',
};

export function channelLabel(code: string): string {
  return (CHANNEL_LABELS as Record<string, string>)[code] ?? code;
}

export function statusLabel(s: string): string {
  return (STATUS_LABELS as Record<string, string>)[s] ?? s;
}

export function emptyContent(): PlanContent {
  return {
    purposes: [],
    requirements: [],
    themes: [],
    phases: [],
    channels: [],
    slogans: [],
    anniversaries: [],
    assignments: [],
    reporting: null,
    recipients: [],
    externalBases: [],
    signer: null,
    implementBy: null,
  };
}
