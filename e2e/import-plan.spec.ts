import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { MARKDOWN_FROM_WORD, THANH_UY_TABS } from '../src/domain/import/testing/plans.ts';
import { signIn } from './helpers';

// Invented plans of the project's own fixtures (the real samples are checked by npm run test:samples only).
const WARD_PLAN = fileURLToPath(new URL('../tests/fixtures/ke-hoach-dang-uy-phuong.txt', import.meta.url));
const wardPlan = () => ({ name: 'ke-hoach-dang-uy-phuong.txt', mimeType: 'text/plain', buffer: readFileSync(WARD_PLAN) });
const textFile = (name: string, text: string, mimeType = 'text/plain') => ({ name, mimeType, buffer: Buffer.from(text) });

test('import one plan file: side-by-side review, correct the title, save as a draft and land in the editor', async ({ page }, info) => {
  await signIn(page, 'admin.tanphong');
  await page.goto('/ke-hoach');
  await page.getByRole('link', { name: 'Nhập từ văn bản' }).click();
  await expect(page).toHaveURL(/\/ke-hoach\/nhap$/);
  await expect(page.getByRole('heading', { name: 'Nhập kế hoạch từ văn bản' })).toBeVisible();

  await page.getByLabel('Chọn tệp văn bản').setInputFiles(wardPlan());

  const review = page.getByTestId('import-review');
  await expect(review).toBeVisible();
  // Left: the source text, the title marked where it was found.
  const source = page.getByTestId('source-text');
  const titleMark = source.locator('mark[data-field="title"]');
  await expect(titleMark).toHaveCount(1);
  await expect(titleMark).toContainText('tuyên truyền Đại hội đại biểu');
  // Right: the parsed values in the form.
  const form = page.getByTestId('import-form');
  await expect(form.getByRole('textbox', { name: 'Ký hiệu', exact: true })).toHaveValue('KH/ĐU');
  await expect(form.getByRole('textbox', { name: 'Trích yếu' })).toHaveValue(/^tuyên truyền Đại hội đại biểu Đảng bộ phường Tân Phong/);
  // The serial is blank in this document: flagged for checking.
  await expect(form.locator('[data-span="number"]').getByText('Cần kiểm tra')).toBeVisible();

  // Pointing at the title field highlights its span in the source.
  await form.locator('[data-span="title"]').hover();
  await expect(source).toHaveAttribute('data-active', 'title');
  await expect(titleMark).toHaveAttribute('data-active-match', 'true');
  await page.screenshot({ path: info.outputPath('review.png'), fullPage: false });

  const corrected = 'tuyên truyền Đại hội Đảng bộ phường Tân Phong (bản nhập thử)';
  await form.getByRole('textbox', { name: 'Trích yếu' }).fill(corrected);
  await expect(page.getByTestId('import-savebar').getByLabel('Đơn vị lưu', { exact: true })).toHaveValue(/Tân Phong/);
  await page.getByRole('button', { name: 'Lưu thành dự thảo' }).click();

  await expect(page).toHaveURL(/\/ke-hoach\/\d+\/sua$/);
  // The plan's own summary line (the bases below have theirs too).
  const editorTitle = page.getByRole('textbox', { name: 'Trích yếu', description: /Viết tiếp sau tên loại văn bản/ });
  await expect(editorTitle).toHaveValue(corrected);
});

test('what the reader noticed and what the plan lacks are said in Vietnamese', async ({ page }) => {
  await signIn(page, 'admin.tanphong');
  await page.goto('/ke-hoach/nhap');
  const text = [
    'ĐẢNG BỘ TỈNH LAI CHÂU',
    'BAN TUYÊN GIÁO',
    'Số 12-KH/BTG',
    'KẾ HOẠCH',
    'Tuyên truyền kỷ niệm ngày thành lập tỉnh',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Nâng cao nhận thức của cán bộ, đảng viên.',
    'II. NỘI DUNG',
    '1. Tuyên truyền trên loa truyền thanh.',
  ].join('\r\n');
  // Saved by Notepad as "Unicode": UTF-16 LE with a byte-order mark.
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  await page.getByLabel('Chọn tệp văn bản').setInputFiles({ name: 'ky-niem.txt', mimeType: 'text/plain', buffer: utf16 });
  await expect(page.getByTestId('import-review')).toBeVisible();
  await expect(page.getByTestId('source-notes')).toContainText('Bảng mã: UTF-16 LE, có BOM.');
  const warnings = page.getByTestId('plan-warnings');
  await expect(warnings).toContainText('Chưa ghi hoặc không tìm thấy ngày ban hành.');
  await expect(warnings).not.toContainText('encoding');
  await expect(warnings).not.toContainText('not found');
});

test('batch import: progress to the end, two plans read, the broken .docx refused in Vietnamese', async ({ page }, info) => {
  await signIn(page, 'admin.tanphong');
  await page.goto('/ke-hoach/nhap');
  await page.getByLabel('Chọn tệp văn bản').setInputFiles([
    wardPlan(),
    textFile('huong-dan-btg.md', MARKDOWN_FROM_WORD, 'text/markdown'),
    { name: 'hong.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('khong phai docx') },
  ]);

  await expect(page.getByTestId('batch-progress-label')).toHaveText('Đã đọc 3/3 tệp');
  const table = page.getByTestId('batch-table');
  await expect(table.locator('tr[data-status="parsed"]')).toHaveCount(2);
  const bad = table.locator('tr[data-status="refused"]');
  await expect(bad).toHaveCount(1);
  await expect(bad).toContainText('hong.docx');
  const refusal = (await bad.getByTestId('row-refusal').textContent()) ?? '';
  expect(refusal.trim().length).toBeGreaterThan(10);
  expect(refusal).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳýệếềểễộốồổỗợớờởỡụủứừửữựịỉĩọỏ]/i);
  await expect(table.locator('tr[data-status="parsed"]').first()).toContainText('Kế hoạch');
  await page.screenshot({ path: info.outputPath('batch.png'), fullPage: true });

  // Open one for review and come back to the list.
  await table.locator('tr[data-status="parsed"]').nth(1).getByRole('button', { name: 'Xem và sửa' }).click();
  await expect(page.getByTestId('import-review')).toBeVisible();
  await page.getByRole('button', { name: 'Danh sách tệp' }).click();
  await expect(table.locator('tr[data-status="parsed"]')).toHaveCount(2);

  // Save all the parsed ones as drafts: one outcome per row.
  await page.getByRole('button', { name: /Lưu tất cả thành dự thảo/ }).click();
  await expect(table.getByTestId('row-saved')).toHaveCount(2);
  await expect(table.getByRole('link', { name: /Đã lưu dự thảo/ })).toHaveCount(2);
});

test('a refused file is said clearly; a higher-level plan is registered as an external document of the unit', async ({ page }, info) => {
  await signIn(page, 'admin.tanphong');
  await page.goto('/ke-hoach/nhap');
  const input = page.getByLabel('Chọn tệp văn bản');
  await input.setInputFiles({ name: 'rong.txt', mimeType: 'text/plain', buffer: Buffer.from('') });
  const refusal = page.getByTestId('import-refusal');
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('rong.txt');
  expect(((await refusal.textContent()) ?? '').length).toBeGreaterThan('Không nhập được tệp rong.txt'.length + 5);

  // Another file straight from the refusal screen.
  await input.setInputFiles(textFile('ke-hoach-30-thu.txt', THANH_UY_TABS));
  await expect(page.getByTestId('import-review')).toBeVisible();
  await page.screenshot({ path: info.outputPath('review-top.png') });
  await page.getByRole('button', { name: 'Đăng ký văn bản cấp trên' }).click();
  const dialog = page.getByRole('dialog', { name: 'Đăng ký văn bản cấp trên' });
  await expect(dialog).toContainText('30-KH/ThU');
  await dialog.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Đã đăng ký văn bản cấp trên', { exact: true })).toBeVisible();
  const list = page.getByTestId('external-docs');
  await expect(list.locator('tr[data-new]')).toContainText('30-KH/ThU');
  await page.screenshot({ path: info.outputPath('external.png') });
});
