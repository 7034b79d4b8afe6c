import { expect, test, type Browser, type Page } from '@playwright/test';
import { csrfToken, signIn } from './helpers';

async function ids(page: Page): Promise<{ unitId: number; planId: number }> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { roots: { id: number }[] };
  const unitId = me.roots[0]!.id;
  const plans = (await (await page.request.get(`/api/plans?unitId=${unitId}&status=issued`)).json()) as { items: { id: number; number: string }[] };
  return { unitId, planId: plans.items.find((p) => p.number === '1-KH/TU')!.id };
}

/** Opens (creates) the unit's report for a period through the API, as "Mở báo cáo" does. */
async function openReport(page: Page, periodKey: string): Promise<number> {
  const { unitId, planId } = await ids(page);
  const res = await page.request.post(`/api/plans/${planId}/reports`, {
    headers: { 'x-csrf-token': await csrfToken(page.request) },
    data: { unitId, periodKey },
  });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { id: number }).id;
}

async function newSession(browser: Browser, user: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

test('returned with a comment: the ward sees it in the bell and on the report, and can edit again', async ({ browser }) => {
  const ward = await newSession(browser, 'admin.tanphong');
  const reportId = await openReport(ward, '2026-04');
  const submitted = await ward.request.post(`/api/reports/${reportId}/submit`, { headers: { 'x-csrf-token': await csrfToken(ward.request) } });
  expect(submitted.status()).toBe(200);

  const province = await newSession(browser, 'admin.tinh');
  await province.goto(`/bao-cao/${reportId}`);
  await expect(province.getByRole('heading', { name: 'Báo cáo Tháng 4/2026' })).toBeVisible();
  await province.getByRole('button', { name: 'Trả lại' }).click();
  const dialog = province.getByRole('dialog', { name: 'Trả lại báo cáo' });
  await expect(dialog.getByRole('button', { name: 'Trả lại' })).toBeDisabled(); // a reason is required
  await dialog.getByLabel('Lý do, nội dung cần sửa').fill('Chưa có số liệu phát thanh; đề nghị bổ sung.');
  await dialog.getByRole('button', { name: 'Trả lại' }).click();
  await expect(province.getByText('Đã trả lại báo cáo.')).toBeVisible();
  await expect(province.locator('[data-status="returned"]')).toBeVisible();
  await province.context().close();

  // The ward: a notice in the bell leads to the report, where the comment stands out.
  await ward.reload();
  const bell = ward.getByTestId('notification-bell');
  await bell.click();
  const notice = ward.getByRole('listitem').filter({ hasText: 'Báo cáo 2026-04 bị trả lại' });
  await expect(notice).toContainText('Chưa có số liệu phát thanh; đề nghị bổ sung.');
  await notice.click();
  await expect(ward).toHaveURL(new RegExp(`/bao-cao/${reportId}$`));
  await expect(ward.getByTestId('return-comment')).toContainText('Chưa có số liệu phát thanh; đề nghị bổ sung.');
  await expect(ward.getByRole('button', { name: 'Gửi báo cáo' })).toBeVisible();
  await ward.getByLabel('Phát thanh trên Đài truyền thanh cơ sở (thời lượng) (phút)').fill('90');
  await ward.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(ward.getByText('Đã lưu báo cáo.')).toBeVisible();

  // In the ward's list the report shows as returned.
  await ward.goto('/bao-cao');
  await expect(ward.getByTestId('own-reports').locator('tr', { hasText: 'Tháng 4/2026' }).locator('[data-timeliness]')).toHaveText('Bị trả lại');
  await ward.context().close();
});

test('two people save the same report: the second gets the conflict, reloads, and re-applies what they typed', async ({ browser }) => {
  const first = await newSession(browser, 'admin.tanphong');
  const reportId = await openReport(first, '2026-05');
  const second = await newSession(browser, 'lanhdao.tanphong');
  await first.goto(`/bao-cao/${reportId}`);
  await second.goto(`/bao-cao/${reportId}`);
  await expect(second.getByRole('heading', { name: 'Báo cáo Tháng 5/2026' })).toBeVisible();

  // The first saves a recommendation.
  await first.getByLabel('Kiến nghị, đề xuất').fill('Đề nghị cấp thêm tài liệu tuyên truyền.');
  await first.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(first.getByText('Đã lưu báo cáo.')).toBeVisible();

  // The second, still on the old version, types figures and a difficulty, then saves: refused.
  await second.getByLabel('Tuyên truyền miệng: số buổi (buổi)').fill('7');
  await second.getByLabel('Khó khăn, vướng mắc').fill('Thiếu hội trường.');
  await second.keyboard.press('Control+s');
  const conflict = second.getByTestId('version-conflict');
  await expect(conflict).toContainText('Báo cáo vừa được người khác sửa');
  await conflict.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();

  // The form now shows the latest version; what the second typed waits in the side panel.
  await expect(second.getByLabel('Kiến nghị, đề xuất')).toHaveValue('Đề nghị cấp thêm tài liệu tuyên truyền.');
  await expect(second.getByLabel('Tuyên truyền miệng: số buổi (buổi)')).toHaveValue('');
  const panel = second.getByTestId('conflict-panel');
  await expect(panel.locator('[data-diff]')).toHaveCount(2); // the figure and the difficulty, not the recommendation
  await expect(panel.locator('[data-diff="fig:meeting_sessions"]')).toContainText('7');
  await panel.getByRole('button', { name: 'Áp dụng tất cả' }).click();
  await expect(panel).toContainText('Không còn khác biệt nào.');
  await expect(second.getByLabel('Tuyên truyền miệng: số buổi (buổi)')).toHaveValue('7');
  await second.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(second.getByText('Đã lưu báo cáo.')).toBeVisible();

  // Both people's work is in the report.
  const saved = (await (await second.request.get(`/api/reports/${reportId}`)).json()) as {
    figures: Record<string, number>;
    narrative: Record<string, string>;
  };
  expect(saved.figures.meeting_sessions).toBe(7);
  expect(saved.narrative.recommendations).toBe('Đề nghị cấp thêm tài liệu tuyên truyền.');
  expect(saved.narrative.difficulties).toBe('Thiếu hội trường.');
  await first.context().close();
  await second.context().close();
});
