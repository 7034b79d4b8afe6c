import { expect, test } from '@playwright/test';
import { signIn, treeItem } from './helpers';

test('a stranger is sent to the login page, a wrong password is refused in Vietnamese', async ({ page }) => {
  await page.goto('/don-vi/1');
  await expect(page).toHaveURL(/\/dang-nhap/);
  await page.getByLabel('Tên đăng nhập').fill('admin.tinh');
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill('sai-mat-khau');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  // The server's message, in Vietnamese (has Vietnamese letters), not a code.
  await expect(alert).toHaveText(/[àáảãạăâđèéêìíòóôơùúưỳý]/i);
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test('admin signs in, sees their name, unit and the unit tree, and signs out', async ({ page }) => {
  await signIn(page, 'admin.tinh');
  await expect(page).toHaveURL(/\/don-vi\/\d+$/);
  await expect(page.getByTestId('header-user-unit')).toHaveText('Tỉnh ủy Lai Châu');
  await expect(page.getByTestId('header-user-name')).not.toBeEmpty();

  const root = treeItem(page, 'Tỉnh ủy Lai Châu');
  await expect(root).toBeVisible();
  await expect(root).toHaveAttribute('aria-expanded', 'true');
  // The root's children are loaded from the server.
  await expect(treeItem(page, 'Đảng ủy phường Tân Phong')).toBeVisible();
  await expect(treeItem(page, 'Ban Tuyên giáo và Dân vận Tỉnh ủy')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Tỉnh ủy Lai Châu' })).toBeVisible();
  await expect(page.getByTestId('unit-my-role')).toHaveText('Quản trị');

  // Navigation of an administrator.
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Đơn vị' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Người dùng' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Nhật ký' })).toBeVisible();

  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  // The session is really gone: the app sends us back to sign in.
  await page.goto('/don-vi/1');
  await expect(page).toHaveURL(/\/dang-nhap/);
  expect((await page.request.get('/api/auth/me')).status()).toBe(401);
});
