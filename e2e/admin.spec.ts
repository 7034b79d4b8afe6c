import { expect, test, type APIRequestContext } from '@playwright/test';
import { csrfToken, signIn, treeItem, uniq } from './helpers';

interface Unit {
  id: number;
  name: string;
}

async function createUnit(request: APIRequestContext, parentId: number, name: string, kind = 'cell'): Promise<Unit> {
  const res = await request.post('/api/units', {
    headers: { 'x-csrf-token': await csrfToken(request) },
    data: { parentId, name, kind },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as Unit;
}

async function findUnit(request: APIRequestContext, name: string): Promise<Unit> {
  const res = await request.get(`/api/units/search?q=${encodeURIComponent(name)}`);
  const items = ((await res.json()) as { items: Unit[] }).items;
  const hit = items.find((u) => u.name === name);
  expect(hit, `unit ${name}`).toBeTruthy();
  return hit!;
}

test('retire a unit with its subtree, see it greyed, restore it', async ({ page }) => {
  await signIn(page, 'admin.tanphong');
  const commune = await findUnit(page.request, 'Đảng ủy phường Tân Phong');
  const tag = uniq();
  const parent = await createUnit(page.request, commune.id, `Chi bộ Khu phố ${tag}`);
  await createUnit(page.request, parent.id, `Tổ Đảng ${tag}`);

  await page.goto(`/don-vi/${parent.id}`);
  await expect(page.getByRole('heading', { level: 2, name: parent.name })).toBeVisible();
  await page.getByRole('button', { name: 'Giải thể' }).click();
  const dialog = page.getByRole('dialog', { name: 'Giải thể đơn vị' });
  await expect(dialog).toContainText('Toàn bộ cây đơn vị bên dưới sẽ bị giải thể');
  await dialog.getByRole('button', { name: 'Giải thể', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Đã giải thể ngày \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Khôi phục' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' })).toBeDisabled();

  // Hidden from the tree unless asked for; then shown greyed, with its retired child.
  const node = treeItem(page, parent.name);
  await expect(node).toHaveCount(0);
  await page.getByRole('switch', { name: 'Hiện đơn vị đã giải thể' }).check();
  await expect(node).toBeVisible();
  await expect(node.locator('.tt-tree-row').first()).toHaveAttribute('data-retired', 'true');
  await node.getByRole('button', { name: `Mở rộng ${parent.name}` }).click();
  await expect(node.getByRole('treeitem', { name: `Tổ Đảng ${tag}` }).locator('.tt-tree-row')).toHaveAttribute('data-retired', 'true');

  await page.getByRole('button', { name: 'Khôi phục' }).click();
  await page.getByRole('dialog', { name: 'Khôi phục đơn vị' }).getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByRole('button', { name: 'Giải thể' })).toBeVisible();
  await expect(page.getByText(/^Đã giải thể ngày/)).toHaveCount(0);
  await page.getByRole('switch', { name: 'Hiện đơn vị đã giải thể' }).uncheck();
  await expect(node).toBeVisible();
  await expect(node.locator('.tt-tree-row').first()).toHaveAttribute('data-retired', 'false');
});

test('delete: an unused unit goes away; a unit still in use is refused with the server message', async ({ page }) => {
  await signIn(page, 'admin.tanphong');
  const commune = await findUnit(page.request, 'Đảng ủy phường Tân Phong');
  const tag = uniq();
  const unused = await createUnit(page.request, commune.id, `Chi bộ tạm ${tag}`);
  const used = await createUnit(page.request, commune.id, `Chi bộ có người ${tag}`);
  const user = await page.request.post('/api/users', {
    headers: { 'x-csrf-token': await csrfToken(page.request) },
    data: { username: `nguoi.${tag.toLowerCase()}`, fullName: 'Đinh Văn Nam', unitId: used.id, role: 'viewer', password: 'matkhau-2026' },
  });
  expect(user.status()).toBe(201);

  await page.goto(`/don-vi/${unused.id}`);
  await page.getByRole('button', { name: 'Xóa' }).click();
  await page.getByRole('dialog', { name: 'Xóa đơn vị' }).getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Đảng ủy phường Tân Phong' })).toBeVisible();
  await expect(treeItem(page, unused.name)).toHaveCount(0);
  expect((await page.request.get(`/api/units/${unused.id}`)).status()).toBe(404);

  await page.goto(`/don-vi/${used.id}`);
  await page.getByRole('button', { name: 'Xóa' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xóa đơn vị' });
  await dialog.getByRole('button', { name: 'Xóa', exact: true }).click();
  const alert = dialog.getByTestId('error-alert');
  await expect(alert).toBeVisible();
  const refusal = await page.request.delete(`/api/units/${used.id}`, { headers: { 'x-csrf-token': await csrfToken(page.request) } });
  expect(refusal.status()).toBe(409);
  await expect(alert).toHaveText(((await refusal.json()) as { message: string }).message);
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByRole('heading', { level: 2, name: used.name })).toBeVisible();
});

test('rename a unit, and find the change in the audit log', async ({ page }) => {
  await signIn(page, 'admin.tanphong');
  const commune = await findUnit(page.request, 'Đảng ủy phường Tân Phong');
  const tag = uniq();
  const unit = await createUnit(page.request, commune.id, `Chi bộ cũ ${tag}`);
  const newName = `Chi bộ Khu dân cư mới ${tag}`;

  await page.goto(`/don-vi/${unit.id}`);
  await page.getByRole('button', { name: 'Đổi tên' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sửa thông tin đơn vị' });
  await dialog.getByLabel('Tên đơn vị').fill(newName);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { level: 2, name: newName })).toBeVisible();
  await expect(treeItem(page, newName)).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Nhật ký' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Nhật ký hoạt động' })).toBeVisible();
  const table = page.getByTestId('audit-table');
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await page.getByLabel('Nội dung').fill(tag);
  // Only entries about this unit remain: its creation and its renaming.
  await expect(table.getByText(newName).first()).toBeVisible();
  const rows = table.locator('tbody tr');
  await expect(rows).not.toHaveCount(0);
  for (const text of await rows.allTextContents()) expect(text).toContain(tag);
  await expect(table).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
});
