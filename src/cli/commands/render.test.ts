import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { examplePlanWithBody } from '../../documents/docx/fixtures.ts';
import { paragraphTexts, unzipText } from '../../documents/docx/read-docx.ts';
import { findSoffice } from '../../documents/docx/pdf.ts';
import { CliError } from '../main.ts';
import { registerRender } from './render.ts';

let dir = '';

async function render(...args: string[]): Promise<void> {
  const program = new Command('tuyentruyen').exitOverride();
  registerRender(program);
  await program.parseAsync(['node', 'tuyentruyen', 'render', ...args]);
}

async function failure(...args: string[]): Promise<CliError> {
  const error = await render(...args).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  return error as CliError;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'render-cli-'));
  await writeFile(join(dir, 'plan.json'), JSON.stringify(examplePlanWithBody()));
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

describe('tuyentruyen render', () => {
  it('writes the .docx beside the plan, or where -o says', async () => {
    await render(join(dir, 'plan.json'));
    const texts = paragraphTexts(unzipText(await readFile(join(dir, 'plan.docx'))).get('word/document.xml') ?? '');
    expect(texts).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    await render(join(dir, 'plan.json'), '--format', 'docx', '-o', join(dir, 'out.docx'), '--layout', 'state');
    const state = paragraphTexts(unzipText(await readFile(join(dir, 'out.docx'))).get('word/document.xml') ?? '');
    expect(state).toContain('Số: 30-KH/ThU');
  });

  it.skipIf(!findSoffice())('writes a PDF through LibreOffice', async () => {
    await render(join(dir, 'plan.json'), '-o', join(dir, 'plan.pdf'));
    expect((await readFile(join(dir, 'plan.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses bad input with one clear line and writes nothing', async () => {
    await writeFile(join(dir, 'empty.json'), '');
    await writeFile(join(dir, 'broken.json'), '{"kind": "KH",');
    await writeFile(join(dir, 'binary.json'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0xff]));
    const notPlan = { ...examplePlanWithBody(), issuer: ['A', 'B'], title: undefined };
    await writeFile(join(dir, 'not-plan.json'), JSON.stringify(notPlan));
    const before = await readdir(dir);

    expect((await failure(join(dir, 'missing.json'))).message).toMatch(/^Cannot read .*missing\.json: no such file$/);
    expect((await failure(join(dir, 'empty.json'))).message).toMatch(/empty\.json is empty/);
    expect((await failure(join(dir, 'broken.json'))).message).toMatch(/broken\.json is not valid JSON/);
    expect((await failure(join(dir, 'binary.json'))).message).toMatch(/binary\.json is a binary file/);
    const schema = await failure(join(dir, 'not-plan.json'));
    expect(schema.message).toMatch(/not-plan\.json is not a plan document: issuer: .*expected string.* \(and 1 more problem\)$/);
    expect((await failure(join(dir, 'plan.json'), '--format', 'odt')).message).toBe('Unknown format "odt": use docx or pdf');
    expect((await failure(join(dir, 'plan.json'), '--layout', 'gov')).message).toBe('Unknown layout "gov": use party or state');
    expect((await failure(join(dir, 'plan.json'), '-o', join(dir, 'no-dir', 'x.docx'))).message).toMatch(/no such directory$/);
    for (const e of [schema]) expect(e.message).not.toContain('\n');
    expect(await readdir(dir)).toEqual(before);
  });

  it('says what to install when PDF is asked for without LibreOffice', async () => {
    const saved = { PATH: process.env.PATH, SOFFICE: process.env.SOFFICE };
    process.env.PATH = '/nonexistent';
    process.env.SOFFICE = '/nonexistent/soffice';
    try {
      const error = await failure(join(dir, 'plan.json'), '-f', 'pdf', '-o', join(dir, 'x.pdf'));
      expect(error.message).toMatch(/needs LibreOffice/);
    } finally {
      process.env.PATH = saved.PATH;
      if (saved.SOFFICE === undefined) delete process.env.SOFFICE;
      else process.env.SOFFICE = saved.SOFFICE;
    }
  });
});
