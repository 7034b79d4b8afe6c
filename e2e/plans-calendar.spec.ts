import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test('the calendar shows the phases, anniversaries and deadlines of the plans in force, and a subscription link', async ({ page }) => {
  await signIn(page, 'admin.tinh');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Lịch' }).click();
  await expect(page.getByRole('heading', { name: 'Lịch tuyên truyền' })).toBeVisible();
  await page.goto('/lich?thang=2026-02');
  await expect(page.getByTestId('calendar-month')).toHaveText('Tháng 2/2026');

  // The province's own plan: Đợt 1 from 10/02, the Party anniversary on 03/02, the monthly report deadline.
  const list = page.getByTestId('calendar-list');
  await expect(list.getByRole('listitem').filter({ hasText: 'Đợt 1' })).toContainText('10/02/2026 – 31/03/2026');
  await expect(list.getByRole('listitem').filter({ hasText: 'Đợt 1' })).toContainText('KH số 1-KH/TU');
  await expect(list).toContainText('Kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam');
  await expect(list).toContainText('Hạn gửi báo cáo tháng');
  // Tân Phong's implementing plan belongs to a unit below: shown only on request.
  await expect(list).not.toContainText('1-KH/ĐU');
  await page.getByRole('switch', { name: 'Gồm kế hoạch của đơn vị cấp dưới' }).click();
  await expect(list).toContainText('KH số 1-KH/ĐU');

  // A phase bar in the month grid opens its plan.
  await page.getByRole('button', { name: 'Đợt tuyên truyền: Đợt 1 · 1-KH/TU. Mở kế hoạch' }).first().click();
  await expect(page.getByRole('main').getByTestId('plan-number')).toHaveText('Số 1-KH/TU');

  // The iCalendar link works without a session.
  await page.goBack();
  const url = ((await page.getByTestId('feed-url').textContent()) ?? '').trim();
  expect(url).toMatch(/^http:\/\/[^/]+\/api\/feeds\/units\/\d+\/calendar\.ics\?token=/);
  const feed = await page.context().browser()!.newContext();
  const res = await feed.request.get(url);
  expect(res.status()).toBe(200);
  const ics = await res.text();
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain('Đợt 1');
  await feed.close();
});
