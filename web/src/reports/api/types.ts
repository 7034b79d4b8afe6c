// Types of the reporting part of the HTTP API (docs/api.md, "Carrying out and reporting").

// One channel vocabulary for server and web app.
export { CHANNELS, type Channel } from '../../../../src/domain/plans/channels.ts';
import type { Channel } from '../../../../src/domain/plans/channels.ts';

export type Figures = Record<string, number>;

export interface Indicator {
  key: string;
  label: string;
  measure: string;
  channel: Channel;
}

export type NarrativeField = 'results' | 'difficulties' | 'recommendations';

export interface ReportForm {
  code: string;
  title: string;
  indicators: Indicator[];
  listsItems: boolean;
  narrative: NarrativeField[];
}

export interface Evidence {
  id: number;
  filename: string;
  mime: string;
  size: number;
}

export interface Activity {
  id: number;
  unitId: number;
  planId: number | null;
  occurredOn: string;
  channel: Channel;
  phaseLabel: string | null;
  theme: string | null;
  figures: Figures;
  title: string | null;
  link: string | null;
  publishedOn: string | null;
  note: string | null;
  evidence: Evidence[];
}

export interface ActivityInput {
  occurredOn: string;
  channel: Channel;
  planId: number | null;
  phaseLabel: string | null;
  theme: string | null;
  figures: Figures;
  title: string | null;
  link: string | null;
  publishedOn: string | null;
  note: string | null;
}

export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'accepted';

export interface PublishedItem {
  title: string;
  link: string | null;
  publishedOn: string | null;
  channel: string;
}

export type Narrative = Partial<Record<NarrativeField, string>>;

/** A file attached to a report (a signed scan, photos); kept in the same store as activity evidence. */
export interface ReportAttachment {
  id: number;
  filename: string;
  size: number;
  mime: string;
}

export interface Report {
  id: number;
  planId: number;
  planTitle: string;
  receiverUnitId: number;
  unitId: number;
  unitName: string;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  form: ReportForm;
  status: ReportStatus;
  figures: Figures;
  items: PublishedItem[];
  narrative: Narrative;
  version: number;
  returnComment: string | null;
  submittedAt: string | null;
  acceptedAt: string | null;
  late: boolean;
  permissions: { edit: boolean; decide: boolean };
  /** Oldest first. */
  attachments: ReportAttachment[];
}

export const TIMELINESS = ['on_time', 'late', 'missing', 'returned', 'in_progress', 'not_due'] as const;
export type Timeliness = (typeof TIMELINESS)[number];
export type TimelinessCounts = Record<Timeliness, number>;

export interface ExpectedReport {
  planId: number;
  planTitle: string;
  unitId: number;
  unitName: string;
  periodKey: string;
  periodLabel: string;
  dueOn: string;
  reportId: number | null;
  status: ReportStatus | null;
  timeliness: Timeliness;
}

export interface Completeness {
  summary: TimelinessCounts;
  byChild: { unitId: number; name: string; counts: TimelinessCounts }[];
  items: ExpectedReport[];
}

export interface Rollups {
  totals: { indicator: string; value: number; reports: number }[];
  byPeriod: { periodKey: string; periodStart: string; indicator: string; value: number }[];
  byChild: { childId: number; childName: string; indicator: string; value: number }[];
}

export interface Notice {
  id: number;
  kind: string;
  message: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

/** The part of a plan this side of the app needs (the plans screens own the full type). */
export interface PlanSummary {
  id: number;
  issuerUnitId: number;
  issuerName: string;
  kind: 'KH' | 'HD';
  status: 'draft' | 'submitted' | 'issued' | 'closed';
  title: string;
  number: string | null;
  issuedOn: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  parentPlanId: number | null;
}

export interface PlanPhase {
  label: string;
  start: string | null;
  end: string | null;
  tasks: string[];
}

export interface PlanDetailLite extends PlanSummary {
  content: {
    phases: PlanPhase[];
    themes: { title: string; points: string[] }[];
    reporting: { cadence: string; deadlineDay: number; formCode: string | null; periodStartDay: number } | null;
  };
}

export interface CalendarEvent {
  type: 'phase' | 'anniversary' | 'deadline';
  planId: number | null;
  planTitle: string | null;
  title: string;
  start: string;
  end: string | null;
}
