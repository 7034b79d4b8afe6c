import { expect, test } from '@playwright/test';
import { signIn, treeItem, uniq } from './helpers';

test('browse from the province into a commune committee', async ({ page }) => {
  await signIn(page, 'admin.tinh');
  const commune = treeItem(page, 'Đảng ủy phường Tân Phong');
  await expect(commune).toHaveAttribute('aria-expanded', 'false');
  await commune.getByRole('link', { name: 'Đảng ủy phường Tân Phong' }).click();

  await expect(page).toHaveURL(/\/don-vi\/\d+$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Đảng ủy phường Tân Phong' })).toBeVisible();
  await expect(page.getByTestId('unit-kind')).toHaveText('Đảng bộ / cấp ủy');
  // Breadcrumb back to the province.
  await expect(page.getByRole('navigation', { name: 'Đơn vị cấp trên' }).getByRole('link', { name: 'Tỉnh ủy Lai Châu' })).toBeVisible();

  // Expand it in the tree: its cells load lazily.
  await commune.getByRole('button', { name: 'Mở rộng Đảng ủy phường Tân Phong' }).click();
  await expect(commune).toHaveAttribute('aria-expanded', 'true');
  const cell = treeItem(page, 'Chi bộ Tổ dân phố số 1');
  await expect(cell).toBeVisible();
  const childCount = Number(await page.getByTestId('unit-child-count').textContent());
  await expect(commune.getByRole('group').getByRole('treeitem')).toHaveCount(childCount);

  // Open the cell from the children list on the right.
  await page.getByRole('region', { name: 'Đơn vị trực thuộc' }).getByRole('link', { name: 'Chi bộ Tổ dân phố số 1' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Chi bộ Tổ dân phố số 1' })).toBeVisible();
  await expect(page.getByTestId('unit-kind')).toHaveText('Chi bộ');
  await expect(cell).toHaveAttribute('aria-selected', 'true');

  // Collapse with the keyboard (tree pattern): left arrow on the commune.
  await commune.getByRole('link', { name: 'Đảng ủy phường Tân Phong' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(commune).toHaveAttribute('aria-expanded', 'false');
});

test('search is diacritic-insensitive and shows where a unit sits', async ({ page }) => {
  await signIn(page, 'admin.tinh');
  const box = page.getByRole('textbox', { name: 'Tìm đơn vị' });
  const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });

  await box.fill('tan phong');
  const hit = results.getByRole('button', { name: /^Đảng ủy phường Tân Phong/ });
  await expect(hit).toBeVisible();
  await expect(hit).toContainText('Tỉnh ủy Lai Châu');

  await box.fill('uy ban');
  // Wait for the new answer: the commune committee (no "Ủy ban" in its name) drops out.
  await expect(results.getByRole('button', { name: /^Ủy ban Kiểm tra Tỉnh ủy/ })).toBeVisible();
  await expect(results.getByRole('button', { name: /^Đảng ủy phường Tân Phong/ })).toHaveCount(0);
  const names = await results.getByTestId('search-result-name').allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(2);
  for (const name of names) expect(name).toMatch(/[UuỦủ][yỷ] ban/);
  await expect(results.getByRole('button', { name: /^Ủy ban nhân dân phường Tân Phong/ })).toBeVisible();

  // Picking a result opens the unit and the tree opens down to it.
  await results.getByRole('button', { name: /^Ủy ban nhân dân phường Tân Phong/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ủy ban nhân dân phường Tân Phong' })).toBeVisible();
  await expect(page.getByTestId('unit-kind')).toHaveText('Cơ quan nhà nước');
  await expect(treeItem(page, 'Ủy ban nhân dân phường Tân Phong')).toHaveAttribute('aria-selected', 'true');
});

test('an administrator adds a child unit and sees it in the tree', async ({ page }) => {
  await signIn(page, 'admin.tinh');
  await treeItem(page, 'Đảng ủy phường Tân Phong').getByRole('link', { name: 'Đảng ủy phường Tân Phong' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Đảng ủy phường Tân Phong' })).toBeVisible();
  const before = Number(await page.getByTestId('unit-child-count').textContent());

  const name = `Chi bộ Tổ dân phố số 9 ${uniq()}`;
  await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm đơn vị trực thuộc' });
  await dialog.getByLabel('Tên đơn vị').fill(name);
  await dialog.getByRole('combobox', { name: 'Loại đơn vị' }).click();
  await page.getByRole('option', { name: 'Chi bộ', exact: true }).click();
  await dialog.getByLabel('Mã đơn vị').fill(`E2E-${uniq()}`);
  await dialog.getByRole('button', { name: 'Thêm', exact: true }).click();
  await expect(dialog).toBeHidden();

  // The new unit opens, sits under the commune in the tree and is counted there.
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  const commune = treeItem(page, 'Đảng ủy phường Tân Phong');
  await expect(commune.getByRole('treeitem', { name, exact: true })).toBeVisible();
  await expect(commune.getByRole('treeitem', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
  await commune.getByRole('link', { name: 'Đảng ủy phường Tân Phong' }).click();
  await expect(page.getByTestId('unit-child-count')).toHaveText(String(before + 1));
});
