/**
 * Renders the real plans' expected objects of the brief's `samples/` folder. Those objects are
 * written for the import scorer: `issuer` may list accepted answers, anniversaries may lack their
 * titles. `asPlanDocument` turns them into plan documents the way a reviewer would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anniversariesBetween } from '../../src/domain/anniversaries/index.ts';
import { planDocumentSchema, type PlanDocument } from '../../src/domain/plans/document.ts';
import { renderPlanDocx } from '../../src/documents/docx/document.ts';
import { PARTY_LAYOUT } from '../../src/documents/docx/layout.ts';
import { convertWithLibreOffice, findSoffice } from '../../src/documents/docx/pdf.ts';
import { paragraphTexts, unzipText } from '../../src/documents/docx/read-docx.ts';
import { numberLine, upper } from '../../src/documents/docx/wording.ts';
import { SAMPLES } from './samples-dir.ts';

const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.json'));

interface ScorerAnniversary {
  title?: string;
  eventDate: string | null;
  anniversaryDate: string | null;
  years: number | null;
}

function anniversaryTitle(a: ScorerAnniversary): string {
  if (a.title) return a.title;
  const national = a.anniversaryDate
    ? anniversariesBetween(a.anniversaryDate, a.anniversaryDate).find((o) => o.eventDate === a.eventDate)
    : undefined;
  return national?.title ?? `${a.years ?? ''} năm (${a.eventDate ?? '…'} - ${a.anniversaryDate ?? '…'})`.trim();
}

function asPlanDocument(raw: Record<string, unknown>): PlanDocument {
  const issuer = Array.isArray(raw.issuer) ? (raw.issuer[0] ?? null) : raw.issuer;
  const anniversaries = ((raw.anniversaries ?? []) as ScorerAnniversary[]).map((a) => ({ ...a, title: anniversaryTitle(a) }));
  return planDocumentSchema.parse({ ...raw, issuer, anniversaries });
}

describe('rendering the sample plans', () => {
  it('are there', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s', async (file) => {
    const plan = asPlanDocument(JSON.parse(readFileSync(join(SAMPLES, file), 'utf8')) as Record<string, unknown>);
    const docx = await renderPlanDocx(plan);
    const texts = paragraphTexts(unzipText(docx).get('word/document.xml') ?? '');
    expect(texts).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(texts).toContain(upper(plan.issuer ?? ''));
    expect(texts).toContain(numberLine(plan, PARTY_LAYOUT));
    expect(texts).toContain(plan.title);
    for (const s of plan.sections) expect(texts.some((t) => t.endsWith(`. ${upper(s)}`))).toBe(true);
    if (plan.signer?.name) expect(texts).toContain(plan.signer.name);
    for (const r of plan.recipients) expect(texts.some((t) => t.includes(r))).toBe(true);
    for (const form of plan.reportTemplates) expect(texts).toContain(form.title);
    for (const a of plan.anniversaries) expect(texts).toContain(`- Kỷ niệm ${a.title};`);
    for (const slogan of plan.slogans) expect(texts).toContain(`- ${slogan}`);
  });

  it.skipIf(!findSoffice())('LibreOffice reads a rendered sample', async () => {
    const file = files.find((f) => f.includes('dak-lak')) ?? files[0] ?? '';
    const plan = asPlanDocument(JSON.parse(readFileSync(join(SAMPLES, file), 'utf8')) as Record<string, unknown>);
    const text = (await convertWithLibreOffice(await renderPlanDocx(plan), 'docx', 'txt')).toString('utf8');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain(plan.title);
    expect(text).toContain(plan.signer?.name ?? '');
  });
});
