import { expect, test, type Page } from '@playwright/test';
import { csrfToken, signIn, uniq, png } from './helpers';

async function myUnit(page: Page): Promise<number> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { roots: { id: number }[] };
  return me.roots[0]!.id;
}

test('evidence: a photo is attached and opens; a fake image and a Word file are refused with the server’s words; edit and delete', async ({ page }) => {
  await signIn(page, 'admin.tanphong');
  const unitId = await myUnit(page);
  const title = `Bản tin Nghị quyết ${uniq()}`;
  // An activity without a plan (so no report picks it up), recorded through the API.
  const created = await page.request.post(`/api/units/${unitId}/activities`, {
    headers: { 'x-csrf-token': await csrfToken(page.request) },
    data: { items: [{ occurredOn: '2026-06-02', channel: 'website', title, link: 'https://tanphong.laichau.gov.vn/tin/1', figures: { news_items: 1 } }] },
  });
  expect(created.status()).toBe(201);

  await page.goto(`/ket-qua?unit=${unitId}`);
  const row = page.getByTestId('activity-table').locator('tr', { hasText: title });
  await expect(row).toBeVisible();
  await expect(row).toContainText('1 tin, bài');
  await row.getByRole('button', { name: 'Minh chứng: 0 tệp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Minh chứng của kết quả' });
  await expect(dialog).toContainText('Chưa có tệp minh chứng nào.');

  // A real photo.
  await page.locator('input[type="file"]').setInputFiles({ name: 'anh-hoi-nghi.png', mimeType: 'image/png', buffer: png() });
  await expect(page.getByText('Đã đính kèm 1 tệp.')).toBeVisible();
  const link = dialog.getByTestId('evidence-list').getByRole('link', { name: /anh-hoi-nghi\.png/ });
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/api\/evidence\/\d+$/);
  const file = await page.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('image/png');

  // Text pretending to be a photo: the server looks at the content and says no.
  await page.locator('input[type="file"]').setInputFiles({ name: 'bien-ban.png', mimeType: 'image/png', buffer: Buffer.from('không phải ảnh') });
  const error = dialog.getByTestId('evidence-error');
  await expect(error).toContainText('bien-ban.png: Chỉ nhận ảnh (JPEG, PNG, WebP, GIF) hoặc bản quét PDF.');
  // A Word file: refused by its type.
  await page.locator('input[type="file"]').setInputFiles({
    name: 'bao-cao.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from('PK\u0003\u0004 not really a docx'),
  });
  await expect(error).toContainText('bao-cao.docx: Chỉ nhận ảnh (JPEG, PNG, WebP, GIF) hoặc bản quét PDF.');
  await expect(dialog.getByTestId('evidence-list').getByRole('link')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(row.getByRole('button', { name: 'Minh chứng: 1 tệp' })).toBeVisible();

  // Correct the title.
  await row.getByRole('button', { name: 'Thao tác' }).click();
  await page.getByRole('menuitem', { name: 'Sửa' }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa kết quả thực hiện' });
  await edit.getByLabel('Tiêu đề tin, bài').fill(`${title} (sửa)`);
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu kết quả.')).toBeVisible();
  const edited = page.getByTestId('activity-table').locator('tr', { hasText: `${title} (sửa)` });
  await expect(edited).toBeVisible();

  // Delete it.
  await edited.getByRole('button', { name: 'Thao tác' }).click();
  await page.getByRole('menuitem', { name: 'Xóa' }).click();
  await page.getByRole('dialog', { name: 'Xóa kết quả' }).getByRole('button', { name: 'Xóa' }).click();
  await expect(page.getByText('Đã xóa kết quả.')).toBeVisible();
  await expect(page.getByTestId('activity-table').locator('tr', { hasText: title })).toHaveCount(0);
});
