import { Fragment } from 'react';
import { formatDate } from '../../lib/format';
import { usePlanReportForm } from '../../reports/api/forms';
import { CADENCE_LABELS } from '../labels';
import type { PlanDetail } from '../types';

/** "Tổ chức thực hiện": duties per unit, then the reporting regime. */
export function DocumentTail({ plan: p }: { plan: PlanDetail }) {
  const c = p.content;
  // Asked of the plan, so every reader of it — a recipient anywhere — sees the issuer's form.
  const form = usePlanReportForm(p.id).data;
  const r = c.reporting;
  const formTitle = r?.formCode && form?.code === r.formCode ? form.title : null;
  return (
    <>
      {c.assignments.map((a, i) => (
        <Fragment key={i}>
          <h4>
            {i + 1}. {a.unitName}
          </h4>
          {a.duties.map((d, j) => (
            <p key={j}>- {d}</p>
          ))}
          {a.due && <p className="tt-doc-indent">Thời hạn: {formatDate(a.due)}.</p>}
        </Fragment>
      ))}
      {c.implementBy && (
        <p>
          - Các đơn vị nhận kế hoạch xây dựng kế hoạch thực hiện, hoàn thành trước ngày {formatDate(c.implementBy)}.
        </p>
      )}
      {r && (
        <p>
          - Chế độ báo cáo: {CADENCE_LABELS[r.cadence].toLowerCase()}
          {r.cadence === 'monthly' || r.cadence === 'quarterly'
            ? `, gửi trước ngày ${r.deadlineDay} (kỳ báo cáo tính từ ngày ${r.periodStartDay})`
            : `, gửi trong ${r.deadlineDay} ngày sau khi kết thúc`}
          {r.formCode ? `; theo ${r.formCode}${formTitle ? ` (${formTitle})` : ''}` : ''}.
        </p>
      )}
    </>
  );
}
