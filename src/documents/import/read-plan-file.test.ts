import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../domain/import/parse-plan.ts';
import * as PLANS from '../../domain/import/testing/plans.ts';
import { planDocumentSchema, type PlanDocument } from '../../domain/plans/document.ts';
import { renderPlanDocx } from '../docx/index.ts';
import { MAX_FILE_BYTES, PlanImportError } from './errors.ts';
import { importPlanBytes, importPlanFile } from './read-plan-file.ts';
import { toTcvn3, toVni } from './legacy-vietnamese.ts';

const dir = mkdtempSync(join(tmpdir(), 'plan-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, data: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

async function refusal(path: string): Promise<PlanImportError> {
  try {
    await importPlanFile(path);
  } catch (err) {
    if (err instanceof PlanImportError) return err;
    throw err;
  }
  throw new Error(`expected ${path} to be refused`);
}

describe('reading plan files', () => {
  it('reads .txt and .md files into the same plan', async () => {
    const txt = await importPlanFile(file('plan.txt', PLANS.STATE_PHONG_VHTT));
    const md = await importPlanFile(file('plan.md', PLANS.STATE_PHONG_VHTT));
    expect(txt.source.format).toBe('text');
    expect(md.source.format).toBe('markdown');
    expect(md.plan).toEqual(txt.plan);
    expect(txt.plan).toEqual(parsePlan(PLANS.STATE_PHONG_VHTT));
  });

  it('says in the plan how a legacy file was read', async () => {
    const { plan, source } = await importPlanFile(file('tcvn3.txt', Buffer.from(toTcvn3(PLANS.THANH_UY_TABS), 'latin1')));
    expect(source.notes).toContain('encoding: TCVN3 (ABC) detected and converted to Unicode');
    expect(plan.warnings).toContain('encoding: TCVN3 (ABC) detected and converted to Unicode');
    expect(plan).toMatchObject({ serial: 30, symbol: 'KH/ThU', issuer: 'THÀNH ỦY LAI CHÂU', date: '2021-04-25' });
    const vni = await importPlanFile(file('vni.txt', Buffer.from(toVni(PLANS.THANH_UY_TABS), 'latin1')));
    expect(vni.plan).toMatchObject({ ...parsePlan(PLANS.THANH_UY_TABS), warnings: ['encoding: VNI detected and converted to Unicode'] });
  });

  it('reads UTF-16 with a BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLANS.CHI_BO_SPACES, 'utf16le')]);
    const { plan } = await importPlanFile(file('utf16.txt', bytes));
    expect(plan).toMatchObject({ serial: 3, symbol: 'KH/CB', warnings: ['encoding: UTF-16 LE, with BOM'] });
  });

  it.each([
    ['missing.txt', null, 'not-found'],
    ['empty.txt', '', 'empty'],
    ['blank.md', '\n\n   \n', 'empty'],
    ['binary.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]), 'binary'],
    ['old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'legacy-doc'],
    ['scan.pdf', '%PDF-1.4', 'unsupported-type'],
    ['fake.docx', 'KẾ HOẠCH tuyên truyền', 'docx-not-zip'],
    ['article.txt', 'Chiều 25/1, tại Hà Nội, Đại hội đại biểu toàn quốc lần thứ XIV của Đảng đã bế mạc. Đại hội đã bầu Ban Chấp hành Trung ương khóa XIV gồm 200 đồng chí.', 'not-a-plan'],
  ])('refuses %s', async (name, data, code) => {
    const path = data === null ? join(dir, name) : file(name, data);
    const err = await refusal(path);
    expect(err.code).toBe(code);
    expect(err.message).not.toMatch(/\n/);
  });

  it('refuses a file of 50 MB without reading it', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, MAX_FILE_BYTES);
    const err = await refusal(path);
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/50\.0 MB/);
  });

  it('refuses a directory', async () => {
    expect((await refusal(dir)).code).toBe('not-a-file');
  });
});

/** The contract's fields, compared as the scorer does: case and spacing aside. */
function comparable(plan: PlanDocument) {
  const t = (s: string | null) => (s == null ? null : s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim());
  return {
    kind: plan.kind,
    serial: plan.serial,
    symbol: plan.symbol,
    issuer: t(plan.issuer),
    issuerParent: t(plan.issuerParent),
    place: t(plan.place),
    date: plan.date,
    title: t(plan.title),
    sections: plan.sections.map(t),
    bases: plan.bases.map((b) => [b.serial, b.symbol, b.date]),
    phases: plan.phases.map((p) => [p.start, p.end]),
    slogans: plan.slogans,
    anniversaries: plan.anniversaries.map((a) => [a.eventDate, a.anniversaryDate, a.years]),
    channels: plan.channels,
    assignments: plan.assignments.map((a) => (typeof a === 'string' ? a : a.unit)),
    recipients: plan.recipients,
    signer: plan.signer && { authority: t(plan.signer.authority), position: t(plan.signer.position), name: t(plan.signer.name) },
    reportTemplates: plan.reportTemplates.map((r) => ({ columns: r.columns, rows: r.rows })),
    body: plan.body?.map((s) => ({ heading: t(s.heading), lines: s.lines })),
  };
}

describe('round trip: a plan exported as .docx by the system parses back to the same fields', () => {
  it.each(Object.entries(PLANS).filter(([name]) => name !== 'CONG_VAN'))('%s', async (_name, text) => {
    const plan = parsePlan(text);
    expect(planDocumentSchema.safeParse(plan).success).toBe(true);
    const docx = await renderPlanDocx(plan);
    const back = await importPlanBytes(docx, 'exported.docx');
    expect(comparable(back.plan)).toEqual(comparable(plan));
  });
});
