import { Fragment } from 'react';
import { Link } from 'react-router';
import { Anchor, Paper } from '@mantine/core';
import { useDocumentSettings } from '../api';
import { documentDate, formatPeriod } from '../dates';
import { channelLabel, PER_LABELS, RELATION_LABELS } from '../labels';
import type { ExternalBase, Phase, PlanDetail } from '../types';
import { formatDate } from '../../lib/format';
import { DocumentTail } from './DocumentTail';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** The plan laid out like the official document (the .docx export is the authoritative copy). */
export function PlanDocument({ plan: p }: { plan: PlanDetail }) {
  const settings = useDocumentSettings(p.issuerUnitId).data;
  const c = p.content;
  const issuerLine = settings?.issuerName ?? p.issuerName.toLocaleUpperCase('vi');
  const parentLine = settings?.parentBody ?? null;
  const party = p.format === 'party';
  const numberLine = p.number ? (party ? `Số ${p.number}` : `Số: ${p.number}`) : party ? 'Số    -KH/…' : 'Số:    /KH-…';
  const place = p.place ?? settings?.place ?? '';

  const sections: { title: string; body: React.ReactNode }[] = [];
  if (c.purposes.length || c.requirements.length) {
    sections.push({
      title: 'MỤC ĐÍCH, YÊU CẦU',
      body: (
        <>
          {c.purposes.length > 0 && <h4>1. Mục đích</h4>}
          {c.purposes.map((s, i) => (
            <p key={`p${i}`}>- {s}</p>
          ))}
          {c.requirements.length > 0 && <h4>{c.purposes.length ? '2' : '1'}. Yêu cầu</h4>}
          {c.requirements.map((s, i) => (
            <p key={`r${i}`}>- {s}</p>
          ))}
        </>
      ),
    });
  }
  if (c.themes.length) {
    sections.push({
      title: 'NỘI DUNG TUYÊN TRUYỀN',
      body: c.themes.map((t, i) => (
        <Fragment key={i}>
          <h4>
            {i + 1}. {t.title}
          </h4>
          {t.points.map((pt, j) => (
            <p key={j}>- {pt}</p>
          ))}
        </Fragment>
      )),
    });
  }
  if (c.channels.length || c.slogans.length || c.phases.length || c.anniversaries.length) {
    sections.push({
      title: 'HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN',
      body: (
        <>
          {c.phases.length > 0 && <h4>Thời gian</h4>}
          {c.phases.map((ph, i) => (
            <Fragment key={`ph${i}`}>
              <p>
                <b>{ph.label}</b>: {phaseWhen(ph)}
              </p>
              {ph.tasks.map((t, j) => (
                <p key={j} className="tt-doc-indent">
                  - {t}
                </p>
              ))}
            </Fragment>
          ))}
          {c.channels.length > 0 && <h4>Hình thức</h4>}
          {c.channels.map((ch, i) => (
            <p key={`c${i}`}>
              - <b>{channelLabel(ch.code)}</b>
              {ch.note ? `: ${ch.note}` : ''}
              {ch.target ? ` (chỉ tiêu: ${ch.target.quantity.toLocaleString('vi-VN')} ${ch.target.measure}, ${PER_LABELS[ch.target.per]})` : ''}.
            </p>
          ))}
          {c.anniversaries.length > 0 && <h4>Các ngày kỷ niệm</h4>}
          {c.anniversaries.map((a, i) => (
            <p key={`a${i}`}>- Kỷ niệm {a.title}.</p>
          ))}
          {c.slogans.length > 0 && <h4>Khẩu hiệu tuyên truyền</h4>}
          {c.slogans.map((s, i) => (
            <p key={`s${i}`}>
              {i + 1}. {s}
            </p>
          ))}
        </>
      ),
    });
  }
  if (c.assignments.length || c.reporting) sections.push({ title: 'TỔ CHỨC THỰC HIỆN', body: <DocumentTail plan={p} /> });

  return (
    <Paper withBorder className="tt-doc" data-testid="plan-document">
      <div className="tt-doc-head">
        <div className="tt-doc-head-left">
          {parentLine && <div>{parentLine}</div>}
          <div className="tt-doc-bold">{issuerLine}</div>
          <div>*</div>
          <div data-testid="doc-number">{numberLine}</div>
        </div>
        <div className="tt-doc-head-right">
          <div className="tt-doc-bold tt-doc-underline">{party ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'}</div>
          {!party && <div className="tt-doc-bold tt-doc-underline">Độc lập - Tự do - Hạnh phúc</div>}
          <div className="tt-doc-italic">
            {place ? `${place}, ` : ''}
            {documentDate(p.issuedOn)}
          </div>
        </div>
      </div>
      <div className="tt-doc-type">{p.kind === 'HD' ? 'HƯỚNG DẪN' : 'KẾ HOẠCH'}</div>
      <div className="tt-doc-title">{p.title}</div>
      <div className="tt-doc-dash">-----</div>
      {(p.parent || c.externalBases.length > 0) && (
        <div className="tt-doc-bases">
          {c.externalBases.map((b, i) => (
            <p key={i}>- Căn cứ {baseText(b)};</p>
          ))}
          {p.parent && (
            <p>
              - Thực hiện {p.parent.kind === 'HD' ? 'Hướng dẫn' : 'Kế hoạch'}{' '}
              <Anchor component={Link} to={`/ke-hoach/${p.parent.id}`} inherit>
                số {p.parent.number ?? '…'}
              </Anchor>
              {p.parent.issuedOn ? `, ngày ${formatDate(p.parent.issuedOn)}` : ''} của {p.parent.issuerName} về {p.parent.title},
            </p>
          )}
          <p>
            {p.issuerName} xây dựng {p.kind === 'HD' ? 'hướng dẫn' : 'kế hoạch'}
            {p.periodStart || p.periodEnd ? ` (thời gian thực hiện ${formatPeriod(p.periodStart, p.periodEnd)})` : ''} như sau:
          </p>
        </div>
      )}
      {sections.map((s, i) => (
        <section key={s.title}>
          <h3>
            {ROMAN[i]}. {s.title}
          </h3>
          {s.body}
        </section>
      ))}
      <DocumentSignature plan={p} />
    </Paper>
  );
}

const DOC_KIND_NAMES: Record<string, string> = {
  NQ: 'Nghị quyết',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  QĐ: 'Quyết định',
  KH: 'Kế hoạch',
  HD: 'Hướng dẫn',
  CV: 'Công văn',
  TB: 'Thông báo',
  BC: 'Báo cáo',
};

/** "Nghị quyết số 12-NQ/TW, ngày 25/01/2026 của Ban Chấp hành Trung ương về …" */
function baseText(b: ExternalBase): string {
  const kind = b.docKind ? (DOC_KIND_NAMES[b.docKind] ?? b.docKind) : 'văn bản';
  const partyStyle = !!b.symbol && /^[^-]*\/[^-]*$/.test(b.symbol);
  const num = b.serial && b.symbol ? (partyStyle ? `${b.serial}-${b.symbol}` : `${b.serial}/${b.symbol}`) : (b.symbol ?? (b.serial ? String(b.serial) : ''));
  return [
    kind,
    num ? ` số ${num}` : '',
    b.date ? `, ngày ${formatDate(b.date)}` : '',
    b.issuer ? ` của ${b.issuer}` : '',
    b.title ? ` về ${b.title}` : '',
  ].join('');
}

export function phaseWhen(ph: Phase): string {
  if (ph.anchor) {
    const rel = RELATION_LABELS[ph.anchor.relation].toLowerCase();
    const offset = ph.anchor.relation !== 'during' && ph.anchor.offsetDays > 0 ? ` ${ph.anchor.offsetDays} ngày` : '';
    return `${rel}${offset} ${ph.anchor.event}`.trim();
  }
  return formatPeriod(ph.start, ph.end) || 'chưa xác định';
}

function DocumentSignature({ plan: p }: { plan: PlanDetail }) {
  const s = p.content.signer;
  return (
    <div className="tt-doc-foot">
      <div className="tt-doc-recipients">
        <div className="tt-doc-underline tt-doc-bold-italic">Nơi nhận:</div>
        {p.content.recipients.map((r, i) => (
          <div key={i}>- {r.label}{i === p.content.recipients.length - 1 ? '.' : ','}</div>
        ))}
      </div>
      <div className="tt-doc-signer">
        {s?.authority && <div className="tt-doc-bold">{s.authority}</div>}
        {s?.position && <div className="tt-doc-bold">{s.position}</div>}
        <div className="tt-doc-sign-space" />
        {s?.name && <div className="tt-doc-bold">{s.name}</div>}
      </div>
    </div>
  );
}
