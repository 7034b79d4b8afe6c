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
