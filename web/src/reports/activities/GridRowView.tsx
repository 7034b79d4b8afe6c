import { ActionIcon, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { Channel } from '../api/types';
import { parseVnDate, vnDate } from '../common/dates';
import { CHANNEL_OPTIONS, planLabel } from '../common/labels';
import { digitsOnly, hasLink, hasTitle, phaseOn, type CellErrors, type GridRow } from './gridModel';
import { typeAhead } from './typeAhead';
import type { ReportingContext } from './useReportingContext';

interface Props {
  row: GridRow;
  index: number;
  ctx: ReportingContext;
  errors: CellErrors | undefined;
  flagged: boolean;
  onChange: (patch: Partial<GridRow>) => void;
  onRemove: () => void;
}

const selectAll = (e: React.FocusEvent<HTMLInputElement>) => e.currentTarget.select();

/** One activity in the bulk-entry grid: every cell is a plain input reachable with Tab and Enter. */
export function GridRowView({ row, index, ctx, errors, flagged, onChange, onRemove }: Props) {
  const n = index + 1;
  const plan = row.planId ? ctx.planById.get(Number(row.planId)) : undefined;
  const indicators = ctx.indicatorsOf(row.channel, row.planId);
  const withTitle = hasTitle(row.channel, indicators);
  const withLink = hasLink(row.channel);
  const cell = (col: string) => ({
    'data-cell': `${index}:${col}`,
    'data-row': index,
    'data-col': col,
    className: 'tt-cell',
    'aria-invalid': errors?.[col] ? true : undefined,
    title: errors?.[col],
  });
  const off = <span className="tt-cell-off" aria-hidden>—</span>;

  const autoPhase = (date: string, planId: string) => {
    if (row.phase.trim()) return {};
    const p = phaseOn(planId ? ctx.planById.get(Number(planId)) : undefined, parseVnDate(date));
    return p ? { phase: p } : {};
  };

  return (
    <tr data-row-key={row.key} data-error={flagged || (errors && Object.keys(errors).length > 0) ? 'true' : undefined}>
      <td className="tt-grid-num">{n}</td>
      <td>
        <input
          {...cell('date')}
          aria-label={`Dòng ${n}: Ngày`}
          placeholder="dd/mm/yyyy"
          value={row.date}
          onFocus={selectAll}
          onChange={(e) => onChange({ date: e.currentTarget.value })}
          onBlur={(e) => {
            const iso = parseVnDate(e.currentTarget.value);
            if (iso) onChange({ date: vnDate(iso), ...autoPhase(vnDate(iso), row.planId) });
          }}
        />
      </td>
      <td>
        <select
          {...cell('channel')}
          aria-label={`Dòng ${n}: Hình thức`}
          value={row.channel}
          onKeyDown={(e) => typeAhead(e, (v) => onChange({ channel: v as Channel }))}
          onChange={(e) => onChange({ channel: e.currentTarget.value as Channel | '' })}
        >
          <option value="">— Chọn hình thức —</option>
          {CHANNEL_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          {...cell('plan')}
          aria-label={`Dòng ${n}: Kế hoạch`}
          value={row.planId}
          onKeyDown={(e) => typeAhead(e, (planId) => onChange({ planId, ...autoPhase(row.date, planId) }))}
          onChange={(e) => {
            const planId = e.currentTarget.value;
            onChange({ planId, ...autoPhase(row.date, planId) });
          }}
        >
          <option value="">(Không theo kế hoạch)</option>
          {ctx.plans.map((p) => (
            <option key={p.id} value={String(p.id)} title={p.title}>
              {planLabel(p, 60)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          {...cell('phase')}
          aria-label={`Dòng ${n}: Đợt`}
          list={plan ? `tt-phases-${plan.id}` : undefined}
          value={row.phase}
          onFocus={selectAll}
          onChange={(e) => onChange({ phase: e.currentTarget.value })}
        />
      </td>
      <td>
        <input
          {...cell('theme')}
          aria-label={`Dòng ${n}: Chủ đề`}
          list={plan ? `tt-themes-${plan.id}` : undefined}
          value={row.theme}
          onFocus={selectAll}
          onChange={(e) => onChange({ theme: e.currentTarget.value })}
        />
      </td>
      <td>
        {indicators.length === 0 ? (
          off
        ) : (
          <div className="tt-figs">
            {indicators.map((i) => (
              <Tooltip key={i.key} label={i.label} position="top" openDelay={500}>
                <label className="tt-fig">
                  <input
                    {...cell(`fig:${i.key}`)}
                    aria-label={`Dòng ${n}: ${i.label} (${i.measure})`}
                    inputMode="numeric"
                    value={row.figures[i.key] ?? ''}
                    onFocus={selectAll}
                    onChange={(e) => onChange({ figures: { ...row.figures, [i.key]: digitsOnly(e.currentTarget.value) } })}
                  />
                  <span className="tt-fig-measure">{i.measure}</span>
                </label>
              </Tooltip>
            ))}
          </div>
        )}
      </td>
      <td>
        {withTitle ? (
          <input
            {...cell('title')}
            aria-label={`Dòng ${n}: Tiêu đề`}
            value={row.title}
            onFocus={selectAll}
            onChange={(e) => onChange({ title: e.currentTarget.value })}
          />
        ) : (
          off
        )}
      </td>
      <td>
        {withLink ? (
          <input
            {...cell('link')}
            aria-label={`Dòng ${n}: Đường dẫn`}
            placeholder="https://"
            value={row.link}
            onFocus={selectAll}
            onChange={(e) => onChange({ link: e.currentTarget.value })}
            onBlur={(e) => {
              const v = e.currentTarget.value.trim();
              // "tanphong.gov.vn/tin-1" is meant as a web address: add the scheme.
              if (v && !/^[a-z]+:\/\//i.test(v) && /^[\w-]+(\.[\w-]+)+(\/|$)/.test(v)) onChange({ link: `https://${v}` });
            }}
          />
        ) : (
          off
        )}
      </td>
      <td>
        {withLink ? (
          <input
            {...cell('publishedOn')}
            aria-label={`Dòng ${n}: Ngày đăng`}
            placeholder="dd/mm/yyyy"
            value={row.publishedOn}
            onFocus={selectAll}
            onChange={(e) => onChange({ publishedOn: e.currentTarget.value })}
            onBlur={(e) => {
              const iso = parseVnDate(e.currentTarget.value);
              if (iso) onChange({ publishedOn: vnDate(iso) });
            }}
          />
        ) : (
          off
        )}
      </td>
      <td>
        <input
          {...cell('note')}
          aria-label={`Dòng ${n}: Ghi chú`}
          value={row.note}
          onFocus={selectAll}
          onChange={(e) => onChange({ note: e.currentTarget.value })}
        />
      </td>
      <td style={{ textAlign: 'center' }}>
        <ActionIcon variant="subtle" color="gray" size="sm" onClick={onRemove} aria-label={`Xóa dòng ${n}`} tabIndex={-1}>
          <IconTrash size={14} />
        </ActionIcon>
      </td>
    </tr>
  );
}
