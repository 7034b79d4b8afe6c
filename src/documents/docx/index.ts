export { renderPlanDocx, buildPlanDocument, layoutFor, type RenderOptions } from './document.ts';
export { convertWithLibreOffice, docxToPdf, findSoffice, LibreOfficeMissingError, ConversionError } from './pdf.ts';
export { PARTY_LAYOUT, STATE_LAYOUT, LAYOUTS, type DocumentLayout, type DocumentFormat, type TextStyle } from './layout.ts';
export { planOutline, type PlanOutline, type OutlineSection } from './outline.ts';
