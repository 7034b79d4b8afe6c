/**
 * Report forms (mẫu báo cáo): the indicators a unit reports, each counted in a measure and grouped by
 * channel, plus narrative fields and, for some forms, the list of published items. Two forms come from
 * the Đắk Lắk plan in the samples; the standard form carries the indicators real reports use.
 */
import { z } from 'zod';
import { CHANNELS, type Channel } from '../plans/document.ts';

export const indicatorSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,40}$/, 'mã chỉ tiêu: chữ thường không dấu, số, gạch dưới'),
  label: z.string().trim().min(1).max(200),
  measure: z.string().trim().min(1).max(50),
  channel: z.enum(CHANNELS),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/** The most indicators a form may have: also the most figures a report or an activity may send. */
export const MAX_INDICATORS = 60;

export const NARRATIVE_FIELDS = ['results', 'difficulties', 'recommendations'] as const;
export type NarrativeField = (typeof NARRATIVE_FIELDS)[number];
export const NARRATIVE_LABELS: Record<NarrativeField, string> = {
  results: 'Kết quả nổi bật',
  difficulties: 'Khó khăn, vướng mắc',
  recommendations: 'Kiến nghị, đề xuất',
};

export const reportFormSchema = z.object({
  code: z.string().trim().min(1).max(30),
  title: z.string().trim().min(1).max(300),
  indicators: z.array(indicatorSchema).min(1).max(MAX_INDICATORS),
  /** The form lists the published items (title, link, date). */
  listsItems: z.boolean().default(false),
  narrative: z.array(z.enum(NARRATIVE_FIELDS)).default([...NARRATIVE_FIELDS]),
});
export type ReportForm = z.infer<typeof reportFormSchema>;

const ind = (key: string, label: string, measure: string, channel: Channel): Indicator => ({ key, label, measure, channel });

export const STANDARD_INDICATORS: Indicator[] = [
  ind('meeting_sessions', 'Tuyên truyền miệng, hội nghị: số buổi', 'buổi', 'meeting'),
  ind('meeting_attendees', 'Tuyên truyền miệng, hội nghị: số người dự', 'lượt người', 'meeting'),
  ind('visual_banners', 'Pa nô, áp phích, băng rôn, khẩu hiệu', 'cái', 'visual'),
  ind('visual_flags', 'Cờ Đảng, cờ Tổ quốc, cờ trang trí', 'lá', 'visual'),
  ind('radio_broadcasts', 'Phát thanh trên hệ thống truyền thanh cơ sở: số lần', 'lần', 'radio'),
  ind('radio_minutes', 'Phát thanh trên hệ thống truyền thanh cơ sở: thời lượng', 'phút', 'radio'),
  ind('news_items', 'Tin, bài trên trang thông tin điện tử', 'tin, bài', 'website'),
  ind('social_posts', 'Bài đăng trên trang mạng xã hội của đơn vị', 'bài', 'social'),
  ind('photos', 'Ảnh', 'ảnh', 'website'),
  ind('video_clips', 'Video clip, phóng sự', 'clip', 'social'),
  ind('mobile_rounds', 'Xe thông tin lưu động, xe loa', 'lượt', 'mobile'),
  ind('culture_shows', 'Biểu diễn văn nghệ, hoạt động văn hóa, thể thao', 'buổi', 'culture'),
];

export const BUILTIN_FORMS: ReportForm[] = [
  {
    code: 'Mẫu chuẩn',
    title: 'Báo cáo kết quả công tác tuyên truyền',
    indicators: STANDARD_INDICATORS,
    listsItems: true,
    narrative: [...NARRATIVE_FIELDS],
  },
  {
    code: 'Mẫu số 01',
    title: 'Báo cáo kết quả triển khai thực hiện (số lượng theo hình thức tuyên truyền)',
    indicators: [
      ind('visual_banners', 'Pa nô, áp phích, khẩu hiệu', 'cái', 'visual'),
      ind('meeting_sessions', 'Tuyên truyền miệng: số buổi', 'buổi', 'meeting'),
      ind('meeting_attendees', 'Tuyên truyền miệng: tổng số người dự', 'lượt người', 'meeting'),
      ind('radio_minutes', 'Phát thanh trên Đài truyền thanh cơ sở (thời lượng)', 'phút', 'radio'),
      ind('other_activities', 'Khác (xe loa, văn nghệ cổ động…)', 'lượt', 'mobile'),
    ],
    listsItems: false,
    narrative: ['difficulties', 'recommendations'],
  },
  {
    code: 'Mẫu số 02',
    title: 'Báo cáo số liệu tin, bài, ảnh, video clip',
    indicators: [
      ind('news_items', 'Tin, bài', 'tin, bài', 'website'),
      ind('photos', 'Ảnh', 'ảnh', 'website'),
      ind('video_clips', 'Video clip, phóng sự', 'clip', 'social'),
    ],
    listsItems: true,
    narrative: ['difficulties', 'recommendations'],
  },
];

export function builtinForm(code: string): ReportForm | undefined {
  return BUILTIN_FORMS.find((f) => f.code === code);
}

/** Values of a report or an activity: indicator key → non-negative whole number. */
export const figuresSchema = z.record(z.string().regex(/^[a-z][a-z0-9_]{0,40}$/), z.number().int().min(0).max(1_000_000_000));
export type Figures = z.infer<typeof figuresSchema>;

/** Figures as a request sends them: no more keys than a form can have indicators. */
export const figuresInputSchema = figuresSchema.refine((f) => Object.keys(f).length <= MAX_INDICATORS, `tối đa ${MAX_INDICATORS} chỉ tiêu`);

/** Narrative fields as a request sends them: only the fields a form can define, 20,000 characters each. */
export const narrativeInputSchema = z.partialRecord(z.enum(NARRATIVE_FIELDS), z.string().max(20_000));

/** Adds figures together (activities into a report's pre-filled values). */
export function addFigures(into: Figures, more: Figures): Figures {
  const out = { ...into };
  for (const [k, v] of Object.entries(more)) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** Keeps only the form's indicators; unknown keys are a mistake, not data. */
export function unknownIndicators(form: ReportForm, figures: Figures): string[] {
  const keys = new Set(form.indicators.map((i) => i.key));
  return Object.keys(figures).filter((k) => !keys.has(k));
}
