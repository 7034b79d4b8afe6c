import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { auditCount, startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { spreadsheetBombs } from '../support/spreadsheet-bombs.ts';

const MB = 1024 * 1024;

/**
 * How much the process's memory grew while `run` ran: the larger of the growth of its peak RSS
 * (the kernel's high-water mark) and of the RSS sampled every few milliseconds.
 */
async function memoryGrowth<T>(run: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const rssBefore = process.memoryUsage().rss;
  let sampled = rssBefore;
  const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 5);
  try {
    const result = await run();
    sampled = Math.max(sampled, process.memoryUsage().rss);
    return { result, growth: Math.max(process.resourceUsage().maxRSS * 1024 - peakBefore, sampled - rssBefore) };
  } finally {
    clearInterval(sampler);
  }
}

// Built once for the file (a few seconds): the 200 MB string is deflated as a stream.
const bombs = spreadsheetBombs();

const BOMBS: [keyof Awaited<typeof bombs>, RegExp][] = [
  ['sharedString', /phần xl\/sharedStrings\.xml giải nén ra 200,0 MB, quá giới hạn 20,0 MB mỗi phần/],
  ['declaredHuge', /phần xl\/sharedStrings\.xml giải nén ra 4,0 GB/],
  ['declaredSmall', /phần xl\/sharedStrings\.xml giải nén ra nhiều hơn kích thước khai báo \(1,0 kB\)/],
  ['dimension', /khai báo vùng dữ liệu A1:D1000000 \(1\.000\.000 dòng × 4 cột = 4\.000\.000 ô\), quá giới hạn 200\.000 ô/],
  ['rows', /có dữ liệu ở dòng 100\.001 \(ô A100001\), quá giới hạn 200\.000 ô/],
];

const csv = (lines: string[]) => Buffer.from(lines.join('\n'), 'utf8');

async function xlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Đơn vị');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(DATABASE_KINDS)('subtree import (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  let target: number;

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.signIn('admin.tanphong');
    target = await t.unitId('LCU-TP');
  });
  afterAll(() => t.close());

  const childCount = async () => (await admin.get(`/api/units/${target}`)).json().childCount as number;

  it('previews a file with a bad row, says why in Vietnamese, and writes nothing', async () => {
    const before = { children: await childCount(), audit: await auditCount(t.database) };
    const file = csv([
      'Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên',
      'TP-KP1,Chi bộ Khu phố 1,Chi bộ,',
      'TP-KP2,Chi bộ Khu phố 2,câu lạc bộ,',
      'TP-KP3,,Chi bộ,TP-XX',
    ]);
    const preview = await admin.upload(`/api/units/${target}/import?mode=preview&filename=don-vi.csv`, file);
    expect(preview.statusCode).toBe(200);
    const body = preview.json();
    expect(body.ok).toBe(false);
    expect(body.rows.map((r: { errors: string[] }) => r.errors.length > 0)).toEqual([false, true, true]);
    expect(body.rows[1].errors[0]).toMatch(/Loại đơn vị "câu lạc bộ" không hợp lệ/);
    expect(body.rows[2].errors.join(' ')).toMatch(/Thiếu tên đơn vị/);
    expect(body.rows[2].errors.join(' ')).toMatch(/Không tìm thấy đơn vị cấp trên có mã "TP-XX"/);
    const commit = await admin.upload(`/api/units/${target}/import?mode=commit&filename=don-vi.csv`, file);
    expect(commit.statusCode).toBe(400);
    expect(commit.json().code).toBe('import_invalid');
    expect(await childCount()).toBe(before.children);
    expect(await auditCount(t.database)).toBe(before.audit);
  });

  it('imports a whole subtree from .csv in one go, parents before children whatever the row order', async () => {
    const before = await childCount();
    const file = csv([
      'Mã đơn vị;Tên đơn vị;Loại;Mã đơn vị cấp trên',
      'TP-CB-A1;Chi bộ Tổ 1 khu A;chi bộ;TP-DB-A',
      'TP-DB-A;Đảng bộ Khu A;Đảng bộ;',
      'TP-CB-A2;Chi bộ Tổ 2 khu A;cell;TP-DB-A',
      'TP-CB-X;Chi bộ dưới chi bộ có sẵn;Chi bộ;LCU-TP-CB01',
    ]);
    const res = await admin.upload(`/api/units/${target}/import?mode=commit&filename=khu-a.csv`, file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().created).toBe(4);
    expect(await childCount()).toBe(before + 1);
    const found = (await admin.get(`/api/units/search?q=${encodeURIComponent('to 2 khu a')}`)).json().items;
    expect(found[0].trail).toBe('Đảng ủy phường Tân Phong › Đảng bộ Khu A');
  });

  it('imports from .xlsx and refuses codes already in use', async () => {
    const good = await xlsx([
      ['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Mã đơn vị cấp trên'],
      ['TP-XL1', 'Chi bộ Trường Mầm non Tân Phong', 'Chi bộ', ''],
    ]);
    const res = await admin.upload(`/api/units/${target}/import?mode=commit&filename=a.xlsx`, good);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().created).toBe(1);
    const again = await admin.upload(`/api/units/${target}/import?mode=preview&filename=a.xlsx`, good);
    expect(again.json().rows[0].errors[0]).toMatch(/đã có trong hệ thống/);
  });

  it('refuses a parent outside the admin’s subtree', async () => {
    const file = csv(['Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên', 'TP-OUT,Chi bộ lạc chỗ,Chi bộ,LCU-DK']);
    const res = await admin.upload(`/api/units/${target}/import?mode=preview&filename=x.csv`, file);
    expect(res.json().rows[0].errors[0]).toMatch(/nằm ngoài đơn vị đang nhập/);
  });

  it('gives a specific error for files that are not spreadsheets', async () => {
    const cases: [string, Buffer, number, string][] = [
      ['a.xlsx', Buffer.from('this is not a zip file at all'), 400, 'unreadable_file'],
      ['a.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]), 400, 'unreadable_file'],
      ['a.csv', Buffer.from([0, 1, 2, 3, 0, 0xff]), 400, 'unreadable_file'],
      ['a.csv', Buffer.alloc(0), 400, 'unreadable_file'],
      ['a.csv', csv(['Tên,Loại', 'A,Chi bộ']), 400, 'import_invalid'],
      ['a.csv', Buffer.alloc(6 * 1024 * 1024, 0x41), 413, 'body_too_large'],
    ];
    for (const [name, data, status, code] of cases) {
      const res = await admin.upload(`/api/units/${target}/import?mode=preview&filename=${name}`, data);
      expect(res.statusCode, `${name}: ${res.body.slice(0, 200)}`).toBe(status);
      expect(res.json().code).toBe(code);
    }
  });

  it.each(BOMBS)('refuses the %s bomb with a 400 saying why, in bounded memory, writing nothing', async (name, message) => {
    const file = (await bombs)[name];
    expect(file.length).toBeLessThan(5 * MB);
    const before = { children: await childCount(), audit: await auditCount(t.database) };
    const { result: res, growth } = await memoryGrowth(() => admin.upload(`/api/units/${target}/import?mode=commit&filename=bom.xlsx`, file));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(400);
    expect(res.json().code).toBe('unreadable_file');
    expect(res.json().message).toMatch(message);
    expect(growth, `memory grew by ${Math.round(growth / MB)} MB`).toBeLessThan(300 * MB);
    expect(await childCount()).toBe(before.children);
    expect(await auditCount(t.database)).toBe(before.audit);
  });

  it('refuses three bombs uploaded at once in bounded memory, and then still imports a normal file', async () => {
    const all = await bombs;
    const { result, growth } = await memoryGrowth(() =>
      Promise.all([all.sharedString, all.declaredSmall, all.dimension].map((file) => admin.upload(`/api/units/${target}/import?mode=preview&filename=bom.xlsx`, file))),
    );
    expect(result.map((r) => [r.statusCode, r.json().code])).toEqual(Array(3).fill([400, 'unreadable_file']));
    expect(growth, `memory grew by ${Math.round(growth / MB)} MB`).toBeLessThan(300 * MB);

    const good = await xlsx([
      ['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Mã đơn vị cấp trên'],
      ['TP-XL2', 'Chi bộ Trường Tiểu học Tân Phong', 'Chi bộ', ''],
    ]);
    const res = await admin.upload(`/api/units/${target}/import?mode=commit&filename=b.xlsx`, good);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().created).toBe(1);
  });
});
