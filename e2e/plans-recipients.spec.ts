import { expect, test } from '@playwright/test';
import { signIn } from './helpers';
import { openPlanByNumber } from './plans-helpers';

test('the recipients view shows who opened the plan, Tân Phong’s implementing plan and the late units', async ({ page }) => {
  await signIn(page, 'admin.tinh');
  await openPlanByNumber(page, 'nghi quyet dai hoi', '1-KH/TU');
  await page.getByRole('tab', { name: 'Nơi nhận và triển khai' }).click();

  const rows = page.getByTestId('recipient-row');
  await expect(rows).toHaveCount(16);
  await expect(page.getByTestId('total-expected')).toHaveText('16');

  // Tân Phong issued its plan on 24/02/2026: number and date, not late.
  const tanPhong = rows.filter({ hasText: 'Đảng ủy phường Tân Phong' });
  await expect(tanPhong.getByTestId('implementing-plan')).toContainText('1-KH/ĐU');
  await expect(tanPhong.getByTestId('implementing-plan')).toContainText('ngày 24/02/2026');
  await expect(tanPhong).not.toHaveAttribute('data-late', /.*/);

  // The deadline (15/03/2026) has passed: communes without an issued plan are late, in red.
  const daoSan = rows.filter({ hasText: 'Đảng ủy xã Dào San' });
  await expect(daoSan).toHaveAttribute('data-late', 'true');
  await expect(daoSan).toContainText('Chậm');
  await expect(daoSan.getByTestId('implementing-plan')).toHaveText('Chưa ban hành');
  await expect(daoSan).toContainText('Chưa mở');
  // Đoàn Kết has opened it and is drafting: still late.
  const doanKet = rows.filter({ hasText: 'Đảng ủy phường Đoàn Kết' });
  await expect(doanKet).toHaveAttribute('data-late', 'true');
  await expect(doanKet.getByTestId('implementing-plan')).toContainText('Chưa ban hành (dự thảo)');

  const late = Number(await page.getByTestId('total-late').textContent());
  expect(late).toBeGreaterThanOrEqual(14);
  await expect(rows.and(page.locator('[data-late="true"]'))).toHaveCount(late);
  await expect(page.getByTestId('total-issued')).toContainText('1');

  // Only the late ones.
  await page.getByRole('switch', { name: 'Chỉ đơn vị chậm' }).click();
  await expect(rows).toHaveCount(late);
  await expect(rows.filter({ hasText: 'Đảng ủy phường Tân Phong' })).toHaveCount(0);

  // Tân Phong's number opens its plan.
  await page.getByRole('switch', { name: 'Chỉ đơn vị chậm' }).click();
  await tanPhong.getByRole('link', { name: '1-KH/ĐU' }).click();
  await expect(page.getByRole('main').getByTestId('plan-number')).toHaveText('Số 1-KH/ĐU');
  await expect(page.getByRole('main')).toContainText('Thực hiện kế hoạch số 1-KH/TU của Tỉnh ủy Lai Châu');
});
