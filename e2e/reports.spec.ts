import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

// The whole reporting loop on the demo data: a ward enters what it did, reports it, the province accepts it,
// and the province's dashboard shows it. The steps share the server's database, so they run in order.
test.describe.configure({ mode: 'serial' });

const DUE = new Date('2026-03-20T23:59:59+07:00');
const late = () => new Date() > DUE;

async function openNav(page: Page, label: string) {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: label, exact: true }).click();
}

test('bulk entry: two activities typed with the keyboard, a bad row refused with its number, then saved in one go', async ({ page }) => {
  await signIn(page, 'admin.tanphong');
  await openNav(page, 'Kết quả');
  await expect(page.getByRole('heading', { name: 'Kết quả thực hiện' })).toBeVisible();
  await page.getByRole('tab', { name: 'Nhập nhanh (nhiều dòng)' }).click();
  const unitId = Number(new URL(page.url()).searchParams.get('unit'));
  const count = async () =>
    ((await (await page.request.get(`/api/units/${unitId}/activities?limit=200`)).json()) as { items: unknown[] }).items.length;
  const before = await count();
  const grid = page.getByTestId('activity-grid');
  await expect(grid).toBeVisible();
  const k = page.keyboard;

  // Row 1: a study meeting. Enter moves from cell to cell; selects take typed letters without diacritics.
  await page.getByLabel('Dòng 1: Ngày').click();
  await k.type('2/3/2026');
  await k.press('Enter');
  await expect(page.getByLabel('Dòng 1: Hình thức')).toBeFocused();
  await k.type('tuyen truyen mieng');
  await k.press('Enter');
  await expect(page.getByLabel('Dòng 1: Kế hoạch')).toBeFocused();
  await k.type('1-kh/tu');
  await k.press('Enter');
  // The phase follows from the plan and the date.
  await expect(page.getByLabel('Dòng 1: Đợt')).toHaveValue('Đợt 1');
  await expect(page.getByLabel('Dòng 1: Đợt')).toBeFocused();
  await k.press('Enter');
  await k.type('Kết quả Đại hội XIV');
  await k.press('Enter');
  await expect(page.getByLabel('Dòng 1: Tuyên truyền miệng, hội nghị: số buổi (buổi)')).toBeFocused();
  await k.type('2');
  await k.press('Enter');
  await k.type('150');
  await k.press('Enter');
  await expect(page.getByLabel('Dòng 1: Ghi chú')).toBeFocused();
  await k.type('Hội nghị học tập Nghị quyết');
  // Enter on the last cell adds a row (date, plan and phase carried over) and moves into it.
  await k.press('Enter');
  await expect(page.getByLabel('Dòng 2: Ngày')).toBeFocused();
  await expect(page.getByLabel('Dòng 2: Ngày')).toHaveValue('02/03/2026');
  await k.type('05/03/2026');
  await k.press('Enter');
  await k.type('co dong');
  await expect(page.getByLabel('Dòng 2: Hình thức')).toHaveValue('visual');
  await k.press('Enter');
  await expect(page.getByLabel('Dòng 2: Kế hoạch')).toHaveValue(/\d+/);
  await k.press('Enter');
  await k.press('Enter');
  await k.press('Enter');
  await expect(page.getByLabel('Dòng 2: Pa nô, áp phích, băng rôn, khẩu hiệu (cái)')).toBeFocused();
  await k.type('12');
  await k.press('Enter');
  await k.press('Enter'); // flags: none
  await k.type('Pa nô tại các tuyến phố chính');

  // Row 3: a news item whose title is far too long: the server refuses the batch and names the row.
  await k.press('Enter');
  await expect(page.getByLabel('Dòng 3: Ngày')).toBeFocused();
  await k.press('Enter');
  await k.type('trang');
  await expect(page.getByLabel('Dòng 3: Hình thức')).toHaveValue('website');
  await page.getByLabel('Dòng 3: Tiêu đề').fill('Tin '.repeat(150));
  await page.getByLabel('Dòng 3: Tiêu đề').press('Control+Enter');
  const error = page.getByTestId('grid-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('Dòng 3');
  await expect(error).toContainText('quá dài');
  await expect(grid.locator('tr[data-error="true"]')).toHaveCount(1);
  // All or none: nothing was stored.
  expect(await count()).toBe(before);

  // Drop the bad row and save the two good ones with Ctrl+Enter.
  await grid.getByRole('button', { name: 'Xóa dòng 3' }).click();
  await page.getByLabel('Dòng 2: Ghi chú').click();
  await k.press('Control+Enter');
  await expect(page.getByText('Đã ghi 2 kết quả.')).toBeVisible();
  await expect(page.getByLabel('Dòng 1: Ngày')).toBeFocused();
  expect(await count()).toBe(before + 2);

  await page.getByRole('tab', { name: 'Danh sách kết quả' }).click();
  const table = page.getByTestId('activity-table');
  const meeting = table.locator('tr', { hasText: 'Hội nghị học tập Nghị quyết' });
  await expect(meeting).toContainText('02/03/2026');
  await expect(meeting).toContainText('2 buổi');
  await expect(meeting).toContainText('150 lượt người');
  await expect(meeting).toContainText('1-KH/TU');
  const banners = table.locator('tr', { hasText: 'Pa nô tại các tuyến phố chính' });
  await expect(banners).toContainText('05/03/2026');
  await expect(banners).toContainText('12 cái');
});

test('report: opened for March 2026 it is pre-filled from the activities; saved and submitted', async ({ page }) => {
  await signIn(page, 'admin.tanphong');
  await openNav(page, 'Báo cáo');
  await expect(page.getByRole('heading', { name: 'Báo cáo định kỳ' })).toBeVisible();
  const row = page.getByTestId('own-reports').locator('tr', { hasText: 'Tháng 3/2026' });
  await expect(row).toContainText('1-KH/TU');
  await expect(row).toContainText('20/03/2026');
  await expect(row.locator('[data-timeliness]')).toHaveText(late() ? 'Chưa nộp (quá hạn)' : 'Chưa đến hạn');
  await row.getByRole('button', { name: 'Mở báo cáo' }).click();
  await expect(page).toHaveURL(/\/bao-cao\/\d+$/);
  await expect(page.getByRole('heading', { name: 'Báo cáo Tháng 3/2026' })).toBeVisible();
  await expect(page.getByText('15/02 – 14/03/2026')).toBeVisible();

  const figures = page.getByTestId('report-figures');
  await expect(figures.getByLabel('Tuyên truyền miệng: số buổi (buổi)')).toHaveValue('2');
  await expect(figures.getByLabel('Tuyên truyền miệng: tổng số người dự (lượt người)')).toHaveValue('150');
  await expect(figures.getByLabel('Pa nô, áp phích, khẩu hiệu (cái)')).toHaveValue('12');

  await page.getByLabel('Khó khăn, vướng mắc').fill('Một số tổ dân phố chưa có loa truyền thanh.');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã lưu báo cáo.')).toBeVisible();

  await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await page.getByRole('dialog', { name: 'Gửi báo cáo' }).getByRole('button', { name: 'Gửi', exact: true }).click();
  await expect(page.getByText('Đã gửi báo cáo.')).toBeVisible();
  await expect(page.locator('[data-status="submitted"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lưu', exact: true })).toHaveCount(0);
  await expect(page.getByText('Một số tổ dân phố chưa có loa truyền thanh.')).toBeVisible();
});

test('the province accepts the report: it is locked', async ({ page }) => {
  await signIn(page, 'admin.tinh');
  await openNav(page, 'Báo cáo');
  await page.getByRole('tab', { name: /Đơn vị trực thuộc gửi lên/ }).click();
  const list = page.getByTestId('sub-reports');
  await expect(list.locator('tbody tr')).toHaveCount(1); // the filter starts on "Chờ tiếp nhận"
  await list.getByRole('link', { name: 'Xem báo cáo Tháng 3/2026 của Đảng ủy phường Tân Phong' }).click();
  await expect(page.getByRole('heading', { name: 'Báo cáo Tháng 3/2026' })).toBeVisible();
  await expect(page.getByTestId('report-figures')).toContainText('150');

  await page.getByRole('button', { name: 'Tiếp nhận' }).click();
  await page.getByRole('dialog', { name: 'Tiếp nhận báo cáo' }).getByRole('button', { name: 'Tiếp nhận' }).click();
  await expect(page.getByText('Đã tiếp nhận báo cáo.')).toBeVisible();
  await expect(page.locator('[data-status="accepted"]')).toBeVisible();
  await expect(page.getByTestId('locked-badge')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tiếp nhận' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Trả lại' })).toHaveCount(0);
});

test('the province dashboard shows the accepted figures and the completeness counts; chart data downloads as CSV', async ({ page }) => {
  await signIn(page, 'admin.tinh');
  await openNav(page, 'Tổng quan');
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
  await expect(page).toHaveURL(/\/tong-quan\?unit=\d+/);

  const submitted = late() ? 'stat-late' : 'stat-on_time';
  await expect(page.getByTestId(submitted).locator('[data-value]')).toHaveText('1');
  await expect(page.getByTestId('stat-missing').locator('[data-value]')).not.toHaveText('0');
  const tp = page.getByTestId('child-completeness').locator('tr', { hasText: 'Đảng ủy phường Tân Phong' });
  await expect(tp).toBeVisible();

  const totals = page.getByTestId('totals-table');
  await expect(totals.locator('tr[data-indicator="meeting_sessions"] [data-value]')).toHaveText('2');
  await expect(totals.locator('tr[data-indicator="meeting_attendees"] [data-value]')).toHaveText('150');
  await expect(totals.locator('tr[data-indicator="visual_banners"] [data-value]')).toHaveText('12');
  await expect(page.getByTestId('chart-by-period').locator('.recharts-surface')).toBeVisible();
  await expect(page.getByTestId('child-figures-table')).toContainText('Đảng ủy phường Tân Phong');

  // The data of the chart over time, as a spreadsheet-friendly file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('chart-by-period').getByRole('button', { name: 'Tải dữ liệu (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^so-lieu-theo-ky-tinh-uy-lai-chau-.*\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark
  const csv = bytes.subarray(3).toString('utf8');
  const [header, ...lines] = csv.trim().split('\r\n');
  expect(header).toContain('Kỳ báo cáo');
  expect(header).toContain('Tuyên truyền miệng, hội nghị: số người dự (lượt người)');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Tháng 3\/2026,15\/02\/2026,/);
  expect(lines[0]!.split(',')).toEqual(expect.arrayContaining(['2', '150', '12']));

  // The consolidated report of the province, as Word and as Excel.
  for (const [label, ext] of [['Báo cáo tổng hợp (Word)', 'docx'], ['Báo cáo tổng hợp (Excel)', 'xlsx']] as const) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
    expect(file.suggestedFilename()).toMatch(new RegExp(`^bao-cao-tong-hop-.*\\.${ext}$`));
    const head = await readFile((await file.path())!);
    expect(head.subarray(0, 2).toString('latin1')).toBe('PK'); // an Office Open XML package
  }

  // A child unit's name drills down into its own subtree.
  const province = new URL(page.url()).searchParams.get('unit');
  await tp.getByRole('button', { name: 'Đảng ủy phường Tân Phong' }).click();
  await expect(page).not.toHaveURL(new RegExp(`unit=${province}(&|$)`));
  await expect(page.getByRole('combobox', { name: 'Đơn vị' })).toHaveValue('Đảng ủy phường Tân Phong');
  await expect(page.getByTestId('totals-table').locator('tr[data-indicator="meeting_attendees"] [data-value]')).toHaveText('150');
});
