// Types of the plan import API (docs/api.md "Importing plans", docs/import-format.md).

export interface BaseRef {
  serial: number | null;
  symbol: string | null;
  date: string | null;
  issuer?: string | null;
  title?: string | null;
  text?: string;
}

export interface Phase {
  label?: string | null;
  start: string | null;
  end: string | null;
  text?: string;
}

export interface Anniversary {
  title: string;
  eventDate: string | null;
  anniversaryDate: string | null;
  years: number | null;
}

export type Assignment = string | { unit: string; duties: string[] };

export interface Signer {
  authority: string | null;
  position: string | null;
  name: string | null;
}

export interface ReportTemplate {
  title: string;
  columns: string[];
  rows: string[];
}

export interface PlanDocument {
  kind: string;
  serial: number | null;
  symbol: string | null;
  issuer: string | null;
  issuerParent: string | null;
  place: string | null;
  date: string | null;
  title: string;
  sections: string[];
  bases: BaseRef[];
  phases: Phase[];
  slogans: string[];
  anniversaries: Anniversary[];
  channels: string[];
  assignments: Assignment[];
  recipients: string[];
  signer: Signer | null;
  reportTemplates: ReportTemplate[];
  preamble?: string[];
  body?: { heading: string; lines: string[] }[];
  format?: 'party' | 'state';
  warnings?: string[];
}

export interface FieldSpan {
  field: string;
  start: number;
  end: number;
}

export interface ParseResult {
  plan: PlanDocument;
  source: { format: string; notes: string[] };
  text: string;
  spans: FieldSpan[];
  uncertain: string[];
}

export interface SaveResult {
  planId: number | null;
  externalDocumentId: number | null;
}

export interface ExternalDocument {
  id: number;
  unitId: number;
  kind: string;
  serial: number | null;
  symbol: string | null;
  issuedOn: string | null;
  issuer: string | null;
  title: string;
}

export type SaveAs = 'draft' | 'external';

/** One chosen file on its way through the import. */
export interface ImportEntry {
  key: string;
  file: File;
  status: 'waiting' | 'reading' | 'parsed' | 'refused';
  result: ParseResult | null;
  /** The plan as the user has corrected it (starts as the parsed one). */
  plan: PlanDocument | null;
  error: string | null;
  errorCode: string | null;
  saving: boolean;
  saved: { as: SaveAs; id: number; unitName: string } | null;
  saveError: string | null;
}
