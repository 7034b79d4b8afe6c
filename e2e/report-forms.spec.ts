import { expect, test } from '@playwright/test';
import { signIn, uniq } from './helpers';

// The province defines its own report form (two indicators) and offers it to the plans it issues.
test('a unit defines a report form, sees it listed, and the plan editor offers it', async ({ page }) => {
  await signIn(page, 'admin.tinh');
  await page.goto('/mau-bao-cao');
  await expect(page.getByRole('heading', { name: 'Mẫu báo cáo' })).toBeVisible();
  await expect(page.getByText('Đơn vị: Tỉnh ủy Lai Châu')).toBeVisible();
  // Built-in forms are listed and marked.
  await expect(page.getByText('Có sẵn').first()).toBeVisible();

  const code = `Mẫu LC-${uniq()}`;
  await page.getByRole('button', { name: 'Tạo mẫu báo cáo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo mẫu báo cáo' });
  await dialog.getByRole('textbox', { name: 'Mã mẫu' }).fill(code);
  await dialog.getByRole('textbox', { name: 'Tên mẫu' }).fill('Báo cáo tuyên truyền kỷ niệm ngày thành lập tỉnh');
  await dialog.getByLabel('Dòng 1: Tên chỉ tiêu').fill('Số buổi nói chuyện chuyên đề');
  await expect(dialog.getByLabel('Dòng 1: Mã')).toHaveValue('so_buoi_noi_chuyen_chuyen_de');
  await dialog.getByLabel('Dòng 1: Đơn vị tính').fill('buổi');
  await dialog.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  await dialog.getByLabel('Dòng 2: Tên chỉ tiêu').fill('Số băng rôn, khẩu hiệu đã treo');
  await expect(dialog.getByLabel('Dòng 2: Mã')).toHaveValue('so_bang_ron_khau_hieu_da_treo');
  await dialog.getByLabel('Dòng 2: Đơn vị tính').fill('cái');
  await dialog.getByRole('combobox', { name: 'Dòng 2: Hình thức' }).click();
  await page.getByRole('option', { name: 'Cổ động trực quan' }).click();
  await dialog.getByRole('button', { name: 'Lưu mẫu' }).click();
  await expect(dialog).toBeHidden();

  // Listed with its unit; expanding shows the indicators grouped by channel.
  const item = page.getByRole('button', { name: new RegExp(code) });
  await expect(item).toBeVisible();
  await expect(item).toContainText('Tỉnh ủy Lai Châu');
  await item.click();
  const table = page.getByRole('table', { name: `Chỉ tiêu của ${code}` });
  await expect(table).toContainText('Cổ động trực quan');
  await expect(table).toContainText('Số băng rôn, khẩu hiệu đã treo');
  await expect(table).toContainText('cái');

  // The same code again is refused with the server's message.
  await page.getByRole('button', { name: 'Tạo mẫu báo cáo' }).click();
  await dialog.getByRole('textbox', { name: 'Mã mẫu' }).fill(code);
  await dialog.getByRole('textbox', { name: 'Tên mẫu' }).fill('Trùng mã');
  await dialog.getByLabel('Dòng 1: Tên chỉ tiêu').fill('Số tin');
  await dialog.getByLabel('Dòng 1: Đơn vị tính').fill('tin');
  await dialog.getByRole('button', { name: 'Lưu mẫu' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy' }).click();

  // The plan editor's reporting section offers the form.
  await page.goto('/ke-hoach/moi');
  await expect(page.getByRole('combobox', { name: 'Đơn vị ban hành' })).toHaveValue('Tỉnh ủy Lai Châu');
  const section = page.locator('section#bao-cao');
  const toggle = section.getByRole('button', { name: /Chế độ báo cáo/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await section.getByLabel('Các đơn vị báo cáo kết quả định kỳ').check();
  await section.getByRole('combobox', { name: 'Mẫu báo cáo' }).click();
  await expect(page.getByRole('option', { name: new RegExp(code) })).toBeVisible();
});
