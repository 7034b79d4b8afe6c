import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { CHI_BO_SPACES, THANH_UY_TABS } from '../../domain/import/testing/plans.ts';
import { planDocumentSchema } from '../../domain/plans/document.ts';
import { buildZip, minimalDocx } from '../../documents/import/testing/zip.ts';
import { registerParse } from './parse.ts';

const dir = mkdtempSync(join(tmpdir(), 'parse-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

function file(name: string, data: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** Runs `parse` in this process, capturing what it writes. */
async function parse(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  const program = new Command('tuyentruyen').exitOverride();
  registerParse(program);
  await program.parseAsync(['node', 'tuyentruyen', 'parse', ...args]);
  const code = Number(process.exitCode ?? 0);
  vi.restoreAllMocks();
  return { stdout, stderr, code };
}

describe('tuyentruyen parse', () => {
  it('prints the plan as JSON, with how the file was read', async () => {
    const { stdout, stderr, code } = await parse(file('plan.txt', THANH_UY_TABS));
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout);
    expect(planDocumentSchema.safeParse(json).success).toBe(true);
    expect(json).toMatchObject({ kind: 'KH', serial: 30, symbol: 'KH/ThU', source: { format: 'text', encoding: { charset: 'utf-8' } } });
  });

  it('leaves out the text and the source when asked, prints warnings on stderr with --warnings', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(CHI_BO_SPACES, 'utf16le').swap16()]);
    const { stdout, stderr, code } = await parse(file('utf16.txt', utf16), '--no-body', '--no-source', '--compact', '--warnings');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(stdout);
    expect(json.body).toBeUndefined();
    expect(json.source).toBeUndefined();
    expect(stderr).toBe('warning: encoding: UTF-16 BE, with BOM\n');
  });

  it.each([
    ['missing.txt', null, 2, /no such file/],
    ['empty.txt', '', 3, /empty/],
    ['binary.txt', Buffer.from([0, 1, 2, 3, 4, 5, 0, 0, 9, 9]), 3, /binary/],
    ['notzip.docx', 'KẾ HOẠCH', 3, /not a Word document/],
    ['nobody.docx', buildZip([{ name: 'word/styles.xml', data: '<w:styles/>' }]), 3, /no document body/],
    ['bomb.docx', minimalDocx(['KẾ HOẠCH'], [{ name: 'word/media/a.bin', data: 'x', store: true, declaredSize: 4_000_000_000 }]), 3, /zip bomb/],
    ['letter.txt', 'Kính gửi anh chị, tuần sau chúng ta họp bàn về lịch công tác của cơ quan và phân công trực tết. Trân trọng.', 4, /not a plan/],
  ])('refuses %s: one line on stderr, nothing on stdout, exit code %s', async (name, data, exit, message) => {
    const path = data === null ? join(dir, name) : file(name, data);
    const { stdout, stderr, code } = await parse(path);
    expect(code).toBe(exit);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^tuyentruyen parse: /);
    expect(stderr).toMatch(message);
  });
});

describe('through the real command line', () => {
  const bin = resolve(import.meta.dirname, '../../../bin/tuyentruyen.mjs');
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'parse', ...args], { encoding: 'utf8', timeout: 60_000 });

  it('parses a file and exits 0', () => {
    const r = run(file('cli.txt', THANH_UY_TABS), '--no-body');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).issuer).toBe('THÀNH ỦY LAI CHÂU');
  });

  it('reads standard input with "-"', () => {
    const r = spawnSync(process.execPath, [bin, 'parse', '-', '--name', 'plan.md', '--compact'], { input: THANH_UY_TABS, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ serial: 30, source: { format: 'markdown' } });
  });

  it('exits non-zero with one line and no stack trace on bad input', () => {
    const r = run(file('bomb2.docx', minimalDocx(['KẾ HOẠCH'], [{ name: 'word/x.bin', data: 'x', store: true, declaredSize: 4_000_000_000 }])));
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });
});
