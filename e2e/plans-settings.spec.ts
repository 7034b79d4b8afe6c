import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test('an administrator sets how a unit heads and numbers its documents, from the unit page', async ({ page }) => {
  await signIn(page, 'admin.tinh');
  await page.getByRole('treeitem', { name: 'Đảng ủy xã Khun Há', exact: true }).getByRole('link', { name: 'Đảng ủy xã Khun Há' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Đảng ủy xã Khun Há' })).toBeVisible();
  await page.getByRole('link', { name: 'Thiết lập văn bản' }).click();

  await expect(page.getByRole('heading', { name: 'Thiết lập văn bản của đơn vị' })).toBeVisible();
  await expect(page.getByLabel('Tên cơ quan ban hành')).toHaveValue('ĐẢNG ỦY XÃ KHUN HÁ');
  await page.getByLabel('Chữ viết tắt trong số văn bản').fill('ĐU');
  await page.getByLabel('Địa danh ghi trước ngày tháng').fill('Khun Há');
  await page.getByRole('radio', { name: 'Theo nhiệm kỳ' }).check();
  const term = page.getByRole('textbox', { name: 'Nhiệm kỳ' });
  await term.fill('2025-30');
  await expect(page.getByText('Nhiệm kỳ có dạng 2025-2030')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lưu thiết lập' })).toBeDisabled();
  await term.fill('2025-2030');
  await expect(page.getByLabel('Xem trước phần đầu văn bản')).toContainText('Số 12-KH/ĐU');
  await expect(page.getByLabel('Xem trước phần đầu văn bản')).toContainText('Khun Há, ngày … tháng … năm …');
  await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
  await expect(page.getByText('Đã lưu thiết lập văn bản.')).toBeVisible();

  // Read back from the server.
  await page.reload();
  await expect(page.getByLabel('Địa danh ghi trước ngày tháng')).toHaveValue('Khun Há');
  await expect(page.getByRole('radio', { name: 'Theo nhiệm kỳ' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Nhiệm kỳ' })).toHaveValue('2025-2030');
});
