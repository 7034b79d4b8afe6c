import { expect, test } from '@playwright/test';
import { csrfToken, signIn } from './helpers';

test('a viewer sees no edit controls, and the API refuses an edit anyway', async ({ page }) => {
  await signIn(page, 'xem.chibo');
  await expect(page.getByRole('heading', { level: 2, name: 'Chi bộ Tổ dân phố số 1' })).toBeVisible();
  await expect(page.getByTestId('unit-my-role')).toHaveText('Xem');

  for (const label of ['Thêm đơn vị trực thuộc', 'Nhập từ tệp', 'Đổi tên', 'Chuyển đơn vị', 'Giải thể', 'Khôi phục', 'Xóa']) {
    await expect(page.getByRole('button', { name: label })).toHaveCount(0);
  }
  await expect(page.getByRole('toolbar', { name: 'Thao tác quản trị' })).toHaveCount(0);
  // No administration screens in the navigation.
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Đơn vị' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Người dùng' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Nhật ký' })).toHaveCount(0);

  // The same session, straight to the API with a valid CSRF token: refused.
  const unitId = Number(new URL(page.url()).pathname.split('/').pop());
  const token = await csrfToken(page.request);
  const create = await page.request.post('/api/units', {
    headers: { 'x-csrf-token': token },
    data: { parentId: unitId, name: 'Chi bộ không được phép', kind: 'cell' },
  });
  expect(create.status()).toBe(403);
  const body = (await create.json()) as { code: string; message: string };
  expect(body.code).not.toBe('csrf');
  expect(body.message.length).toBeGreaterThan(0);

  const rename = await page.request.patch(`/api/units/${unitId}`, {
    headers: { 'x-csrf-token': token },
    data: { name: 'Đổi tên trái phép' },
  });
  expect(rename.status()).toBe(403);

  // Nothing changed.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Chi bộ Tổ dân phố số 1' })).toBeVisible();
  await expect(page.getByTestId('unit-child-count')).toHaveText('0');
});
