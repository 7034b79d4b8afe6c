import { expect, test } from '@playwright/test';
import { signIn } from './helpers';
import { openPlanByNumber } from './plans-helpers';

const PARENT_THEME = 'Kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng';

test('a commune builds its implementing plan in one click: the province’s themes come pre-filled, coverage follows edits', async ({ page }) => {
  // admin.tinh administers the province and so may write for any commune below it, here Bình Lư.
  await signIn(page, 'admin.tinh');
  await openPlanByNumber(page, 'quan triet nghi quyet dai hoi', '1-KH/TU');
  await page.getByRole('button', { name: 'Xây dựng kế hoạch thực hiện' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xây dựng kế hoạch thực hiện' });
  await dialog.getByRole('combobox', { name: 'Đơn vị thực hiện' }).fill('binh lu');
  await page.getByRole('option', { name: 'Đảng ủy xã Bình Lư', exact: true }).click();
  await dialog.getByRole('button', { name: 'Tạo dự thảo' }).click();

  // The new draft opens in the editor, citing the parent and starting from its content.
  await expect(page).toHaveURL(/\/ke-hoach\/\d+\/sua$/);
  await expect(page.getByText('Đảng ủy xã Bình Lư', { exact: true })).toBeVisible();
  const parent = page.getByTestId('parent-plan');
  await expect(parent).toContainText('Thực hiện Kế hoạch số 1-KH/TU của Tỉnh ủy Lai Châu');
  await expect(page.getByLabel('Trích yếu')).toHaveValue(/^thực hiện Kế hoạch số 1-KH\/TU của Tỉnh ủy Lai Châu về học tập/);
  const theme1 = page.getByRole('group', { name: 'Nội dung 1' });
  await expect(theme1.getByLabel('Tên nội dung')).toHaveValue(PARENT_THEME);
  await expect(theme1.getByRole('textbox', { name: 'Các ý chính 1', exact: true })).toHaveValue('Những điểm mới trong các văn kiện Đại hội');
  await expect(page.getByRole('group', { name: 'Nội dung 3' }).getByLabel('Tên nội dung')).toHaveValue('Đấu tranh phản bác các quan điểm sai trái, thù địch');
  await expect(page.getByRole('group', { name: 'Đợt 2' }).getByLabel('Tên đợt')).toHaveValue('Đợt 2');
  await expect(page.getByRole('group', { name: 'Chọn hình thức tuyên truyền' }).getByLabel('Cổ động trực quan')).toBeChecked();
  const planUrl = page.url().replace(/\/sua$/, '');

  // As started, it covers everything the province asked for.
  await page.getByRole('button', { name: 'Xem văn bản' }).click();
  await page.getByRole('tab', { name: 'Bao quát kế hoạch cấp trên' }).click();
  await expect(page.getByTestId('coverage')).toContainText('Đã bao quát đầy đủ');

  // Drop a theme and lower a target: coverage names both.
  await page.getByRole('link', { name: 'Sửa', exact: true }).click();
  await page.getByRole('button', { name: 'Xóa nội dung 3' }).click();
  const visual = page.getByRole('group', { name: 'Cổ động trực quan' });
  await visual.getByLabel('Số lượng').fill('10');
  await page.getByRole('button', { name: 'Lưu và xem văn bản' }).click();
  await expect(page).toHaveURL(planUrl);
  await page.getByRole('tab', { name: 'Bao quát kế hoạch cấp trên' }).click();
  const coverage = page.getByTestId('coverage');
  await expect(coverage).toContainText('Chưa bao quát hết kế hoạch cấp trên');
  await expect(coverage).toContainText('Đấu tranh phản bác các quan điểm sai trái, thù địch');
  await expect(coverage).toContainText('Cổ động trực quan: cấp trên 20 băng rôn, kế hoạch này 10 băng rôn');

  // Bình Lư now shows its draft in the province's recipients view, still "not issued".
  await page.getByRole('link', { name: 'số 1-KH/TU' }).first().click();
  await page.getByRole('tab', { name: 'Nơi nhận và triển khai' }).click();
  const row = page.getByTestId('recipient-row').filter({ hasText: 'Đảng ủy xã Bình Lư' });
  await expect(row.getByTestId('implementing-plan')).toContainText('Chưa ban hành (dự thảo)');
});

test('a ward that already has its implementing plan is taken to it instead of starting another', async ({ page }) => {
  await signIn(page, 'admin.tanphong');
  await openPlanByNumber(page, 'quan triet', '1-KH/TU');
  await page.getByRole('button', { name: 'Xây dựng kế hoạch thực hiện' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xây dựng kế hoạch thực hiện' });
  await expect(dialog.getByTestId('already-implementing')).toContainText('Đơn vị đã có kế hoạch thực hiện kế hoạch này.');
  await dialog.getByRole('link', { name: 'Mở kế hoạch thực hiện' }).click();
  await expect(page.getByRole('main').getByTestId('plan-number')).toHaveText('Số 1-KH/ĐU');
  await expect(page.getByText('Đơn vị ban hành: Đảng ủy phường Tân Phong')).toBeVisible();
});
