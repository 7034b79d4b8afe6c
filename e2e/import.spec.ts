import { expect, test, type Page } from '@playwright/test';
import { signIn, treeItem, uniq } from './helpers';

const HEADER = 'Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên';

function csv(name: string, lines: string[]) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...lines].join('\r\n') + '\r\n', 'utf8') };
}

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Nhập từ tệp' }).click();
  return page.getByRole('dialog', { name: /Nhập đơn vị trực thuộc/ });
}

test('import: a file with a bad row is refused row by row and creates nothing; a good file imports', async ({ page }) => {
  await signIn(page, 'admin.tanphong');
  await expect(page.getByRole('heading', { level: 2, name: 'Đảng ủy phường Tân Phong' })).toBeVisible();
  const before = Number(await page.getByTestId('unit-child-count').textContent());
  const tag = uniq();
  const good = [
    `TP-${tag}-A,Chi bộ Khu dân cư ${tag} A,Chi bộ,`,
    `TP-${tag}-B,Chi bộ Khu dân cư ${tag} B,cell,`,
    `TP-${tag}-B1,Tổ Đảng ${tag} B1,Chi bộ,TP-${tag}-B`,
  ];

  // 1. A file with one bad row (no name).
  let dialog = await openImport(page);
  // FileInput keeps a hidden <input type=file>: give it the file as the chooser would.
  await page.locator('input[type="file"]').setInputFiles(csv('don-vi-loi.csv', [good[0]!, `TP-${tag}-X,,Chi bộ,`]));
  const table = dialog.getByTestId('import-preview');
  await expect(table).toBeVisible();
  const badRow = table.locator('tr[data-row-status="error"]');
  await expect(badRow).toHaveCount(1);
  await expect(badRow).toContainText(`TP-${tag}-X`);
  // The row error is the server's Vietnamese text, shown in the row.
  const errorText = (await badRow.locator('td').last().textContent()) ?? '';
  expect(errorText.trim().length).toBeGreaterThan(3);
  expect(errorText).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳýệếềểễộốồổỗợớờởỡụủứừửữựịỉĩọỏ]/i);
  await expect(table.locator('tr[data-row-status="ok"]')).toHaveCount(1);
  await expect(dialog.getByText('1 dòng có lỗi')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Nhập', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();

  // Nothing was created: neither in the page nor on the server.
  await page.reload();
  await expect(page.getByTestId('unit-child-count')).toHaveText(String(before));
  const search = await page.request.get(`/api/units/search?q=${encodeURIComponent(`Khu dân cư ${tag}`)}`);
  expect(((await search.json()) as { items: unknown[] }).items).toHaveLength(0);

  // 2. A good file: preview is clean, then commit.
  dialog = await openImport(page);
  await page.locator('input[type="file"]').setInputFiles(csv('don-vi.csv', good));
  await expect(dialog.getByTestId('import-preview').locator('tr[data-row-status="ok"]')).toHaveCount(3);
  await expect(dialog.getByTestId('import-preview').locator('tr[data-row-status="error"]')).toHaveCount(0);
  const importButton = dialog.getByRole('button', { name: 'Nhập', exact: true });
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Đã nhập 3 đơn vị')).toBeVisible();

  // Two new direct children; the third sits under the second.
  await expect(page.getByTestId('unit-child-count')).toHaveText(String(before + 2));
  const commune = treeItem(page, 'Đảng ủy phường Tân Phong');
  await expect(commune.getByRole('treeitem', { name: `Chi bộ Khu dân cư ${tag} A` })).toBeVisible();
  const b = commune.getByRole('treeitem', { name: `Chi bộ Khu dân cư ${tag} B` });
  await expect(b).toBeVisible();
  await b.getByRole('button', { name: /^Mở rộng/ }).click();
  await expect(b.getByRole('treeitem', { name: `Tổ Đảng ${tag} B1` })).toBeVisible();
});

test('import from an .xlsx workbook', async ({ page }) => {
  const { default: ExcelJS } = await import('exceljs');
  const tag = uniq();
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Đơn vị');
  sheet.addRow(['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Mã đơn vị cấp trên']);
  sheet.addRow([`X-${tag}-1`, `Chi đoàn Khu phố ${tag}`, 'Tổ chức chính trị - xã hội', '']);
  sheet.addRow([`X-${tag}-2`, `Chi bộ Khu phố ${tag}`, 'Chi bộ', '']);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());

  await signIn(page, 'admin.tanphong');
  const before = Number(await page.getByTestId('unit-child-count').textContent());
  const dialog = await openImport(page);
  await page.locator('input[type="file"]').setInputFiles({
    name: 'don-vi.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  const table = dialog.getByTestId('import-preview');
  await expect(table.locator('tr[data-row-status="ok"]')).toHaveCount(2);
  await expect(table).toContainText('Tổ chức chính trị - xã hội');
  await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('unit-child-count')).toHaveText(String(before + 2));
  await expect(treeItem(page, `Chi đoàn Khu phố ${tag}`)).toBeVisible();
});
