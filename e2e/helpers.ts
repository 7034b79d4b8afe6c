import { deflateSync } from 'node:zlib';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'tuyentruyen2026';

/** Signs in through the login form and waits for the app shell. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('tree', { name: 'Cây đơn vị' })).toBeVisible();
}

/** The tree item of a unit, by its exact name. */
export function treeItem(page: Page, name: string) {
  return page.getByRole('treeitem', { name, exact: true });
}

/** Opens a unit through the search box (diacritic-insensitive), as a user would. */
export async function openUnitBySearch(page: Page, query: string, name: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Tìm đơn vị' }).fill(query);
  const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
  await results.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}`) }).first().click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The CSRF token of the session the request context carries. */
export async function csrfToken(request: APIRequestContext): Promise<string> {
  const me = await request.get('/api/auth/me');
  expect(me.status()).toBe(200);
  const body = (await me.json()) as { csrfToken: string };
  return body.csrfToken;
}

/** A short suffix that keeps names unique across runs against the same database. */
export function uniq(): string {
  return Date.now().toString(36).slice(-5).toUpperCase();
}

/** A real 2×2 PNG (red pixels), built by hand so the test needs no image file. */
export function png(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const row = Buffer.from([0, 200, 30, 30, 200, 30, 30]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat([row, row]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
