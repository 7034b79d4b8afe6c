import { readFile, stat } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { signIn, uniq } from './helpers';
import { fillDate, pickUnit } from './plans-helpers';

test('the province writes a plan, submits and issues it, finds it by number and exports it to Word', async ({ page }) => {
  await signIn(page, 'admin.tinh');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kế hoạch' }).click();
  await page.getByRole('link', { name: 'Tạo kế hoạch' }).click();
  await expect(page.getByRole('heading', { name: 'Tạo kế hoạch, hướng dẫn' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Đơn vị ban hành' })).toHaveValue('Tỉnh ủy Lai Châu');

  const tag = uniq();
  const title = `tuyên truyền kỷ niệm 80 năm Ngày Toàn quốc kháng chiến (đợt ${tag})`;
  await page.getByLabel('Trích yếu').fill(title);
  await fillDate(page, 'Thời gian thực hiện: từ ngày', '01/12/2026');
  await fillDate(page, 'đến ngày', '31/12/2026');

  // A theme with one point (Enter in a point adds the next one).
  await page.getByRole('button', { name: 'Thêm nội dung' }).click();
  const theme = page.getByRole('group', { name: 'Nội dung 1' });
  await theme.getByLabel('Tên nội dung').fill('Ý nghĩa lịch sử của Ngày Toàn quốc kháng chiến');
  await theme.getByRole('button', { name: 'Thêm ý' }).click();
  await theme.getByRole('textbox', { name: 'Các ý chính 1', exact: true }).fill('Lời kêu gọi Toàn quốc kháng chiến của Chủ tịch Hồ Chí Minh');

  // A dated phase with a task.
  await page.getByRole('button', { name: 'Thêm đợt' }).click();
  const phase = page.getByRole('group', { name: 'Đợt 1' });
  await expect(phase.getByLabel('Tên đợt')).toHaveValue('Đợt 1');
  await fillDate(page, 'Từ ngày', '01/12/2026', phase);
  await fillDate(page, 'Đến ngày', '20/12/2026', phase);
  await phase.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  await phase.getByRole('textbox', { name: 'Nhiệm vụ 1', exact: true }).fill('Treo băng rôn, khẩu hiệu tại trụ sở và nơi công cộng');

  // A channel with a target.
  await page.getByRole('group', { name: 'Chọn hình thức tuyên truyền' }).getByLabel('Cổ động trực quan').check();
  const visual = page.getByRole('group', { name: 'Cổ động trực quan' });
  await visual.getByLabel('Ghi chú, cách làm').fill('Băng rôn, pa nô tại các trục đường chính');
  await visual.getByLabel('Đặt chỉ tiêu').check();
  await visual.getByLabel('Số lượng').fill('30');
  await visual.getByRole('combobox', { name: 'Đơn vị tính' }).fill('băng rôn');
  await page.keyboard.press('Escape');

  // The anniversaries of the period are proposed; the round one is marked and ticked in.
  const proposals = page.getByRole('group', { name: 'Ngày kỷ niệm đề xuất' });
  const resistance = proposals.getByRole('checkbox', { name: /80 năm Ngày Toàn quốc kháng chiến/ });
  await expect(proposals.getByText(/80 năm Ngày Toàn quốc kháng chiến/).locator('..')).toContainText('chẵn');
  await resistance.check();

  // A recipient from the tree, bound to issue its own plan; and the signer.
  await page.getByRole('button', { name: 'Thêm nơi nhận' }).click();
  await pickUnit(page, 'Chọn nơi nhận 1 từ cây đơn vị', 'binh lu', 'Đảng ủy xã Bình Lư');
  await expect(page.getByLabel('Tên nơi nhận 1')).toHaveValue('Đảng ủy xã Bình Lư');
  await page.getByLabel('Nơi nhận 1 phải xây dựng kế hoạch thực hiện').check();
  await page.getByRole('combobox', { name: 'Thẩm quyền ký' }).fill('T/M BAN THƯỜNG VỤ');
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'Chức vụ người ký' }).fill('PHÓ BÍ THƯ THƯỜNG TRỰC');
  await page.keyboard.press('Escape');
  await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn Hùng');

  await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(page).toHaveURL(/\/ke-hoach\/\d+\/sua$/);
  await expect(page.getByTestId('save-state')).toHaveText('Đã lưu mọi thay đổi');
  await page.getByRole('button', { name: 'Xem văn bản' }).click();

  // The draft reads like the document.
  await expect(page).toHaveURL(/\/ke-hoach\/\d+$/);
  await expect(page.getByTestId('plan-status')).toHaveText('Dự thảo');
  const doc = page.getByTestId('plan-document');
  await expect(doc).toContainText('Ý nghĩa lịch sử của Ngày Toàn quốc kháng chiến');
  await expect(doc).toContainText('Cổ động trực quan');
  await expect(doc).toContainText('chỉ tiêu: 30 băng rôn, cả kế hoạch');
  await expect(doc).toContainText('Kỷ niệm 80 năm Ngày Toàn quốc kháng chiến');
  await expect(doc).toContainText('- Đảng ủy xã Bình Lư.');

  // Submit, then issue today: the plan gets the next number of the province's register.
  await page.getByRole('button', { name: 'Trình duyệt' }).click();
  await page.getByRole('dialog', { name: 'Trình duyệt kế hoạch' }).getByRole('button', { name: 'Trình duyệt' }).click();
  await expect(page.getByTestId('plan-status')).toHaveText('Chờ duyệt');
  await page.getByRole('button', { name: 'Ban hành' }).click();
  const issue = page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
  await expect(issue.getByRole('textbox', { name: 'Ngày ban hành' })).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
  await issue.getByRole('button', { name: 'Ban hành' }).click();
  await expect(issue).toBeHidden();
  await expect(page.getByTestId('plan-status')).toHaveText('Đã ban hành');
  const numberText = (await page.getByRole('main').getByTestId('plan-number').textContent()) ?? '';
  expect(numberText).toMatch(/^Số \d+-KH\/TU$/);
  const number = numberText.replace(/^Số /, '');
  expect(number).not.toBe('1-KH/TU');
  await expect(page.getByTestId('doc-number')).toHaveText(`Số ${number}`);

  // The list finds it without diacritics and shows its number.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kế hoạch' }).click();
  await page.getByRole('textbox', { name: 'Tìm kiếm' }).fill(`toan quoc khang chien (dot ${tag.toLowerCase()})`);
  const rows = page.getByTestId('plans-table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('plan-row-number')).toHaveText(number);
  await expect(rows.first()).toContainText('Đã ban hành');
  await rows.first().getByRole('link').click();

  // Export to Word: a real .docx (a ZIP) of some size.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Word' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const path = await download.path();
  const bytes = await readFile(path);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect((await stat(path)).size).toBeGreaterThan(5 * 1024);
});
