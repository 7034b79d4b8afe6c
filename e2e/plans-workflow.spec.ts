import { expect, test, type Page } from '@playwright/test';
import { csrfToken, signIn, uniq } from './helpers';

async function draftViaApi(page: Page, title: string): Promise<number> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { roots: { id: number }[] };
  const res = await page.request.post('/api/plans', {
    headers: { 'x-csrf-token': await csrfToken(page.request) },
    data: { issuerUnitId: me.roots[0]!.id, kind: 'KH', title, periodStart: '2027-01-01', periodEnd: '2027-06-30', content: {} },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

test('two people edit the same draft: the second save is refused clearly and can reload the latest', async ({ page }) => {
  await signIn(page, 'admin.tinh');
  const id = await draftViaApi(page, `dự thảo dùng chung ${uniq()}`);
  const other = await page.context().newPage();
  await page.goto(`/ke-hoach/${id}/sua`);
  await other.goto(`/ke-hoach/${id}/sua`);

  await page.getByLabel('Trích yếu').fill('bản của người thứ nhất');
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Đã lưu mọi thay đổi');

  const title = other.getByLabel('Trích yếu');
  await title.fill('bản của người thứ hai');
  await expect(other.getByTestId('save-state')).toHaveText('Có thay đổi chưa lưu');
  await title.press('Control+s'); // the keyboard shortcut saves too
  const conflict = other.getByTestId('version-conflict');
  await expect(conflict).toContainText('người khác đã lưu kế hoạch này');
  await conflict.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
  await expect(conflict).toBeHidden();
  await expect(title).toHaveValue('bản của người thứ nhất');
  await expect(other.getByTestId('save-state')).toHaveText('Đã lưu mọi thay đổi');

  // After reloading, saving works again.
  await title.fill('bản của người thứ hai, sửa tiếp');
  await other.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(other.getByTestId('save-state')).toHaveText('Đã lưu mọi thay đổi');
  await other.close();
});

test('submitting needs a signer; a leader returns the draft with a comment the writer sees', async ({ page }) => {
  await signIn(page, 'admin.tinh');
  const id = await draftViaApi(page, `kế hoạch trả lại ${uniq()}`);
  await page.goto(`/ke-hoach/${id}`);

  await page.getByRole('button', { name: 'Trình duyệt' }).click();
  const submit = page.getByRole('dialog', { name: 'Trình duyệt kế hoạch' });
  await submit.getByRole('button', { name: 'Trình duyệt' }).click();
  await expect(submit.getByTestId('error-alert')).toBeVisible();
  await expect(submit.getByTestId('error-alert')).toContainText(/người ký/i);
  await submit.getByRole('button', { name: 'Hủy' }).click();

  await page.getByRole('link', { name: 'Sửa', exact: true }).click();
  await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn Hùng');
  await page.getByRole('button', { name: 'Lưu và xem văn bản' }).click();
  await expect(page).toHaveURL(new RegExp(`/ke-hoach/${id}$`));
  await page.getByRole('button', { name: 'Trình duyệt' }).click();
  await page.getByRole('dialog', { name: 'Trình duyệt kế hoạch' }).getByRole('button', { name: 'Trình duyệt' }).click();
  await expect(page.getByTestId('plan-status')).toHaveText('Chờ duyệt');
  await expect(page.getByRole('link', { name: 'Sửa', exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: 'Trả lại' }).click();
  const ret = page.getByRole('dialog', { name: 'Trả lại dự thảo' });
  await ret.getByLabel('Ý kiến chỉ đạo').fill('Bổ sung nội dung tuyên truyền và các đợt cụ thể.');
  await ret.getByRole('button', { name: 'Trả lại' }).click();
  await expect(page.getByTestId('plan-status')).toHaveText('Dự thảo');

  await page.getByRole('link', { name: 'Sửa', exact: true }).click();
  await expect(page.getByTestId('return-comment')).toContainText('Bổ sung nội dung tuyên truyền và các đợt cụ thể.');

  // A draft can be deleted.
  await page.goto(`/ke-hoach/${id}`);
  await page.getByRole('button', { name: 'Xóa dự thảo' }).click();
  await page.getByRole('dialog', { name: 'Xóa dự thảo' }).getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(page).toHaveURL(/\/ke-hoach$/);
  expect((await page.request.get(`/api/plans/${id}`)).status()).toBe(404);
});
