import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../plans/document.ts';
import {
  addFigures,
  BUILTIN_FORMS,
  builtinForm,
  figuresSchema,
  indicatorSchema,
  NARRATIVE_FIELDS,
  NARRATIVE_LABELS,
  reportFormSchema,
  STANDARD_INDICATORS,
  unknownIndicators,
  type Figures,
} from './forms.ts';
import { REPORT_STATUS_LABELS, REPORT_STATUSES, REPORT_TRANSITIONS, reportEditable, reportTransitionProblem } from './lifecycle.ts';

describe('report forms', () => {
  it('the standard form has the twelve indicators real reports use, each with a unique key, a measure and a channel', () => {
    const form = builtinForm('Mẫu chuẩn')!;
    expect(form.indicators).toHaveLength(12);
    expect(form.indicators).toBe(STANDARD_INDICATORS);
    expect(new Set(form.indicators.map((i) => i.key)).size).toBe(12);
    expect(form.listsItems).toBe(true);
    expect(form.narrative).toEqual(['results', 'difficulties', 'recommendations']);
    expect(form.indicators.find((i) => i.key === 'radio_minutes')).toMatchObject({ measure: 'phút', channel: 'radio' });
  });

  it('every built-in form is valid under the form schema, with unique keys and known channels', () => {
    expect(BUILTIN_FORMS.map((f) => f.code)).toEqual(['Mẫu chuẩn', 'Mẫu số 01', 'Mẫu số 02']);
    for (const f of BUILTIN_FORMS) {
      expect(reportFormSchema.parse(f)).toEqual(f);
      expect(new Set(f.indicators.map((i) => i.key)).size, f.code).toBe(f.indicators.length);
      for (const i of f.indicators) expect(CHANNELS).toContain(i.channel);
    }
    expect(builtinForm('Mẫu số 01')!.indicators.map((i) => i.key)).toEqual(['visual_banners', 'meeting_sessions', 'meeting_attendees', 'radio_minutes', 'other_activities']);
    expect(builtinForm('Mẫu số 02')!.narrative).toEqual(['difficulties', 'recommendations']);
  });

  it('finds forms by exact code only', () => {
    expect(builtinForm('Mẫu số 02')?.title).toBe('Báo cáo số liệu tin, bài, ảnh, video clip');
    expect(builtinForm('mẫu chuẩn')).toBeUndefined();
    expect(builtinForm('Mẫu số 03')).toBeUndefined();
  });

  it('a unit’s own form gets defaults: no published items list, all three narrative fields', () => {
    const form = reportFormSchema.parse({
      code: ' Mẫu riêng ',
      title: 'Báo cáo tuyên truyền bầu cử',
      indicators: [{ key: 'ballot_posters', label: 'Áp phích bầu cử', measure: 'tờ', channel: 'visual' }],
    });
    expect(form.code).toBe('Mẫu riêng');
    expect(form.listsItems).toBe(false);
    expect(form.narrative).toEqual([...NARRATIVE_FIELDS]);
  });

  it('refuses forms without indicators, with too many, or with an unknown narrative field', () => {
    const base = { code: 'X', title: 'Y', indicators: [STANDARD_INDICATORS[0]] };
    expect(reportFormSchema.safeParse({ ...base, indicators: [] }).success).toBe(false);
    expect(reportFormSchema.safeParse({ ...base, indicators: Array.from({ length: 61 }, (_, i) => ({ ...STANDARD_INDICATORS[0]!, key: `k${i}` })) }).success).toBe(false);
    expect(reportFormSchema.safeParse({ ...base, narrative: ['summary'] }).success).toBe(false);
    expect(reportFormSchema.safeParse({ ...base, code: '   ' }).success).toBe(false);
  });

  it('indicator keys are lower-case ASCII identifiers, with a Vietnamese message otherwise', () => {
    const ok = (key: string) => indicatorSchema.safeParse({ key, label: 'x', measure: 'cái', channel: 'visual' }).success;
    expect(ok('visual_banners')).toBe(true);
    expect(ok('a1')).toBe(true);
    expect(ok('Visual')).toBe(false);
    expect(ok('1st')).toBe(false);
    expect(ok('pa_nô')).toBe(false);
    expect(ok('a-b')).toBe(false);
    expect(ok('a'.repeat(42))).toBe(false);
    const bad = indicatorSchema.safeParse({ key: 'Pa nô', label: 'x', measure: 'cái', channel: 'visual' });
    expect(bad.error?.issues[0]?.message).toContain('chữ thường không dấu');
    expect(indicatorSchema.safeParse({ key: 'x', label: 'x', measure: 'cái', channel: 'tv' }).success).toBe(false);
  });

  it('every narrative field has a Vietnamese label', () => {
    for (const f of NARRATIVE_FIELDS) expect(NARRATIVE_LABELS[f]).toMatch(/\p{L}/u);
  });
});

describe('figures', () => {
  it('are whole numbers from 0 to one billion under indicator keys', () => {
    expect(figuresSchema.safeParse({ meeting_sessions: 0, radio_minutes: 1_000_000_000 }).success).toBe(true);
    expect(figuresSchema.safeParse({}).success).toBe(true);
    expect(figuresSchema.safeParse({ meeting_sessions: -1 }).success).toBe(false);
    expect(figuresSchema.safeParse({ meeting_sessions: 1.5 }).success).toBe(false);
    expect(figuresSchema.safeParse({ meeting_sessions: 1_000_000_001 }).success).toBe(false);
    expect(figuresSchema.safeParse({ meeting_sessions: '3' }).success).toBe(false);
    expect(figuresSchema.safeParse({ 'Số buổi': 3 }).success).toBe(false);
    expect(figuresSchema.safeParse({ meeting_sessions: Number.NaN }).success).toBe(false);
  });

  it('add up key by key without changing either side', () => {
    const a: Figures = { meeting_sessions: 2, photos: 5 };
    const b: Figures = { meeting_sessions: 3, news_items: 1 };
    expect(addFigures(a, b)).toEqual({ meeting_sessions: 5, photos: 5, news_items: 1 });
    expect(a).toEqual({ meeting_sessions: 2, photos: 5 });
    expect(b).toEqual({ meeting_sessions: 3, news_items: 1 });
    expect(addFigures({}, {})).toEqual({});
  });

  const figures = fc.dictionary(fc.constantFrom(...STANDARD_INDICATORS.map((i) => i.key)), fc.integer({ min: 0, max: 1_000_000 }));
  it('adding is commutative and associative, and preserves the grand total', () => {
    fc.assert(
      fc.property(figures, figures, figures, (a, b, c) => {
        expect(addFigures(a, b)).toEqual(addFigures(b, a));
        expect(addFigures(addFigures(a, b), c)).toEqual(addFigures(a, addFigures(b, c)));
        const sum = (f: Figures) => Object.values(f).reduce((s, v) => s + v, 0);
        expect(sum(addFigures(a, b))).toBe(sum(a) + sum(b));
        expect(figuresSchema.safeParse(addFigures(a, b)).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('names the keys a form does not have', () => {
    const form = builtinForm('Mẫu số 02')!;
    expect(unknownIndicators(form, { news_items: 1, photos: 2 })).toEqual([]);
    expect(unknownIndicators(form, { news_items: 1, meeting_sessions: 2, culture_shows: 0 })).toEqual(['meeting_sessions', 'culture_shows']);
    expect(unknownIndicators(builtinForm('Mẫu chuẩn')!, Object.fromEntries(STANDARD_INDICATORS.map((i) => [i.key, 1])))).toEqual([]);
  });
});

describe('report lifecycle', () => {
  it('draft and returned reports can be edited; submitted and accepted ones are locked', () => {
    expect(REPORT_STATUSES.filter(reportEditable)).toEqual(['draft', 'returned']);
    for (const s of REPORT_STATUSES) expect(REPORT_STATUS_LABELS[s]).toBeTruthy();
  });

  it('allows exactly: submit from draft or returned; return and accept from submitted', () => {
    const allowed = REPORT_STATUSES.flatMap((s) =>
      (Object.keys(REPORT_TRANSITIONS) as (keyof typeof REPORT_TRANSITIONS)[]).filter((t) => reportTransitionProblem(s, t) === null).map((t) => `${s}→${t}`),
    );
    expect(allowed.sort()).toEqual(['draft→submit', 'returned→submit', 'submitted→accept', 'submitted→return']);
  });

  it('explains a refused step in Vietnamese, naming the step and the status', () => {
    expect(reportTransitionProblem('accepted', 'accept')).toBe('Không thể tiếp nhận báo cáo đang ở trạng thái "Đã tiếp nhận".');
    expect(reportTransitionProblem('draft', 'return')).toBe('Không thể trả lại báo cáo đang ở trạng thái "Đang soạn".');
    expect(reportTransitionProblem('submitted', 'submit')).toBe('Không thể gửi báo cáo đang ở trạng thái "Đã gửi".');
  });

  it('the reporter submits (edit right); the receiver returns and accepts (approve right)', () => {
    expect(REPORT_TRANSITIONS.submit).toMatchObject({ needs: 'edit', side: 'reporter', to: 'submitted' });
    expect(REPORT_TRANSITIONS.accept).toMatchObject({ needs: 'approve', side: 'receiver', to: 'accepted' });
    expect(REPORT_TRANSITIONS.return).toMatchObject({ needs: 'approve', side: 'receiver', to: 'returned' });
  });
});
