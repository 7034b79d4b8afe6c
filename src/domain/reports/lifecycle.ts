import type { Action } from '../access/roles.ts';

/**
 * A periodic report: draft (pre-filled, being edited) → submitted → accepted (locked, counted in the
 * rollups) or returned (with a comment) → submitted again.
 */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
};

export const REPORT_TRANSITIONS = {
  submit: { from: ['draft', 'returned'], to: 'submitted', needs: 'edit', side: 'reporter' },
  return: { from: ['submitted'], to: 'returned', needs: 'approve', side: 'receiver' },
  accept: { from: ['submitted'], to: 'accepted', needs: 'approve', side: 'receiver' },
} as const satisfies Record<string, { from: readonly ReportStatus[]; to: ReportStatus; needs: Action; side: 'reporter' | 'receiver' }>;
export type ReportTransition = keyof typeof REPORT_TRANSITIONS;

export function reportEditable(status: ReportStatus): boolean {
  return status === 'draft' || status === 'returned';
}

export function reportTransitionProblem(status: ReportStatus, t: ReportTransition): string | null {
  if ((REPORT_TRANSITIONS[t].from as readonly ReportStatus[]).includes(status)) return null;
  const names: Record<ReportTransition, string> = { submit: 'gửi', return: 'trả lại', accept: 'tiếp nhận' };
  return `Không thể ${names[t]} báo cáo đang ở trạng thái "${REPORT_STATUS_LABELS[status]}".`;
}
