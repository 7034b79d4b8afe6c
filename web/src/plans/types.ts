// Types of the plans API (docs/api.md, "Plans").

export type PlanKind = 'KH' | 'HD';
export type PlanStatus = 'draft' | 'submitted' | 'issued' | 'closed';
export type Channel =
  | 'meeting'
  | 'website'
  | 'social'
  | 'press'
  | 'radio'
  | 'newsletter'
  | 'visual'
  | 'culture'
  | 'exhibition'
  | 'emulation'
  | 'contest'
  | 'mobile';
export type Cadence = 'monthly' | 'quarterly' | 'phase' | 'final';
export type Relation = 'before' | 'during' | 'after';
export type TargetPer = 'plan' | 'month' | 'phase';

export interface Theme {
  title: string;
  points: string[];
}

export interface Phase {
  label: string;
  start: string | null;
  end: string | null;
  anchor: { event: string; relation: Relation; offsetDays: number } | null;
  tasks: string[];
}

export interface PlanChannel {
  code: Channel;
  note: string;
  target: { quantity: number; measure: string; per: TargetPer } | null;
}

export interface PlanAnniversary {
  title: string;
  eventDate: string | null;
  anniversaryDate: string | null;
  years: number | null;
}

export interface Assignment {
  unitId: number | null;
  unitName: string;
  duties: string[];
  due: string | null;
}

export interface Reporting {
  cadence: Cadence;
  deadlineDay: number;
  formCode: string | null;
  periodStartDay: number;
}

export interface Recipient {
  unitId: number | null;
  label: string;
  mustImplement: boolean;
}

export interface ExternalBase {
  serial: number | null;
  symbol: string | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
  docKind: string | null;
}

export interface Signer {
  authority: string | null;
  position: string | null;
  name: string | null;
}

export interface PlanContent {
  purposes: string[];
  requirements: string[];
  themes: Theme[];
  phases: Phase[];
  channels: PlanChannel[];
  slogans: string[];
  anniversaries: PlanAnniversary[];
  assignments: Assignment[];
  reporting: Reporting | null;
  recipients: Recipient[];
  externalBases: ExternalBase[];
  signer: Signer | null;
  implementBy: string | null;
}

export interface PlanSummary {
  id: number;
  issuerUnitId: number;
  issuerName: string;
  kind: PlanKind;
  status: PlanStatus;
  title: string;
  number: string | null;
  issuedOn: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  parentPlanId: number | null;
  amendsPlanId: number | null;
  updatedAt: string;
}

export interface PlanDetail extends PlanSummary {
  serial: number | null;
  symbol: string | null;
  place: string | null;
  format: 'party' | 'state';
  content: PlanContent;
  version: number;
  returnComment: string | null;
  createdAt: string;
  issuedAt: string | null;
  closedAt: string | null;
  parent: PlanSummary | null;
  permissions: { edit: boolean; approve: boolean };
}

/** What the editor sends (POST adds issuerUnitId and parentPlanId, PUT adds version). */
export interface PlanFields {
  kind: PlanKind;
  title: string;
  periodStart: string | null;
  periodEnd: string | null;
  content: PlanContent;
}

export interface Counts {
  expected: number;
  opened: number;
  issued: number;
  late: number;
}

export interface RecipientStatus {
  recipientId: number;
  unitId: number | null;
  label: string;
  mustImplement: boolean;
  openedAt: string | null;
  implementingPlan: { id: number; status: string; number: string | null; issuedOn: string | null } | null;
  late: boolean;
  subtree: Counts;
}

export interface RecipientsView {
  totals: Counts;
  items: RecipientStatus[];
}

export interface Coverage {
  parent: PlanSummary;
  complete: boolean;
  missing: {
    themes: string[];
    phases: string[];
    channels: string[];
    slogans: string[];
    anniversaries: string[];
    targets: { channel: string; parent: number; child: number | null; measure: string }[];
  };
}

export interface CalendarEvent {
  type: 'phase' | 'anniversary' | 'deadline';
  planId: number;
  planTitle: string;
  title: string;
  start: string;
  end: string;
}

export interface AnniversaryOption {
  title: string;
  name: string;
  eventDate: string | null;
  anniversaryDate: string;
  years: number | null;
  round: boolean;
  halfRound: boolean;
  major: boolean;
  local: boolean;
}

export interface ReportFormSummary {
  code: string;
  title: string;
}

export interface DocumentSettings {
  issuerName: string;
  parentBody: string | null;
  symbolCode: string;
  place: string | null;
  format: 'party' | 'state';
  register: { mode: 'year' | 'term'; term: string | null };
}

export interface PlanFilters {
  unit: { id: number; name: string } | null;
  status: PlanStatus | null;
  kind: PlanKind | null;
  from: string | null;
  to: string | null;
  q: string;
}
