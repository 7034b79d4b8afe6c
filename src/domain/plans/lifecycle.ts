import type { Action } from '../access/roles.ts';
import type { PlanStatus } from './content.ts';

/**
 * The plan lifecycle: draft → submitted → issued → closed; a submitted plan can be returned to draft.
 * An issued plan is immutable: a correction is a new plan that amends it.
 */
export const TRANSITIONS = {
  submit: { from: ['draft'], to: 'submitted', needs: 'edit' },
  return: { from: ['submitted'], to: 'draft', needs: 'approve' },
  issue: { from: ['submitted'], to: 'issued', needs: 'approve' },
  close: { from: ['issued'], to: 'closed', needs: 'approve' },
} as const satisfies Record<string, { from: readonly PlanStatus[]; to: PlanStatus; needs: Action }>;
export type Transition = keyof typeof TRANSITIONS;

const TRANSITION_NAMES: Record<Transition, string> = {
  submit: 'trình duyệt',
  return: 'trả lại',
  issue: 'ban hành',
  close: 'kết thúc',
};

/** Why a transition is not possible from a status (Vietnamese), or null when it is. */
export function transitionProblem(status: PlanStatus, transition: Transition): string | null {
  const rule = TRANSITIONS[transition];
  if ((rule.from as readonly PlanStatus[]).includes(status)) return null;
  const labels: Record<PlanStatus, string> = { draft: 'dự thảo', submitted: 'chờ duyệt', issued: 'đã ban hành', closed: 'đã kết thúc' };
  return `Không thể ${TRANSITION_NAMES[transition]} kế hoạch đang ở trạng thái "${labels[status]}".`;
}

export function isEditable(status: PlanStatus): boolean {
  return status === 'draft';
}
