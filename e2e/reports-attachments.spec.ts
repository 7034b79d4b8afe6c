import { expect, test, type Browser, type Page } from '@playwright/test';
import { csrfToken, signIn, png } from './helpers';

/** A minimal valid one-page PDF, with a correct cross-reference table. */
function pdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

async function newSession(browser: Browser, user: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

/** Opens (creates) the ward's report on 1-KH/TU for a period through the API, as "Mở báo cáo" does. */
async function openReport(page: Page, periodKey: string): Promise<number> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { roots: { id: number }[] };
  const unitId = me.roots[0]!.id;
  const plans = (await (await page.request.get(`/api/plans?unitId=${unitId}&status=issued`)).json()) as { items: { id: number; number: string }[] };
  const planId = plans.items.find((p) => p.number === '1-KH/TU')!.id;
  const res = await page.request.post(`/api/plans/${planId}/reports`, {
    headers: { 'x-csrf-token': await csrfToken(page.request) },
    data: { unitId, periodKey },
  });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { id: number }).id;
}

test('attachments: the ward attaches a photo and a PDF, a text file is refused, one is removed; after sending the province opens the photo', async ({
  browser,
}) => {
  const ward = await newSession(browser, 'admin.tanphong');
  const reportId = await openReport(ward, '2026-07');
  await ward.goto(`/bao-cao/${reportId}`);
  await expect(ward.getByRole('heading', { name: 'Báo cáo Tháng 7/2026' })).toBeVisible();
  await expect(ward.getByText('Chưa có tệp đính kèm.')).toBeVisible();
  await expect(ward.getByRole('button', { name: 'Đính kèm tệp' })).toBeVisible();

  // A photo and a scan, picked together.
  await ward.locator('input[type="file"]').setInputFiles([
    { name: 'anh-hoi-nghi.png', mimeType: 'image/png', buffer: png() },
    { name: 'bao-cao-ky.pdf', mimeType: 'application/pdf', buffer: pdf() },
  ]);
  await expect(ward.getByText('Đã đính kèm 2 tệp.')).toBeVisible();
  const list = ward.getByTestId('report-attachments');
  const photoRow = list.locator('tr', { hasText: 'anh-hoi-nghi.png' });
  const scanRow = list.locator('tr', { hasText: 'bao-cao-ky.pdf' });
  await expect(photoRow).toContainText('Ảnh PNG');
  await expect(photoRow).toContainText('1 KB');
  await expect(scanRow).toContainText('PDF');
  await expect(list.getByRole('link')).toHaveCount(2);

  // A text file is neither an image nor a PDF: the server's own words say so.
  await ward.locator('input[type="file"]').setInputFiles({ name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('Ghi chú hội nghị') });
  await expect(ward.getByTestId('attachment-error')).toContainText('ghi-chu.txt: Chỉ nhận ảnh (JPEG, PNG, WebP, GIF) hoặc bản quét PDF.');
  await expect(list.getByRole('link')).toHaveCount(2);

  // Remove the scan, after confirming.
  await scanRow.getByRole('button', { name: 'Xóa tệp' }).click();
  const confirm = ward.getByRole('dialog', { name: 'Xóa tệp đính kèm' });
  await expect(confirm).toContainText('bao-cao-ky.pdf');
  await confirm.getByRole('button', { name: 'Xóa tệp' }).click();
  await expect(ward.getByText('Đã xóa tệp đính kèm.')).toBeVisible();
  await expect(scanRow).toHaveCount(0);
  await expect(list.getByRole('link')).toHaveCount(1);

  // Sent: the list stays, the controls go, and the server refuses further files.
  await ward.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await ward.getByRole('dialog', { name: 'Gửi báo cáo' }).getByRole('button', { name: 'Gửi', exact: true }).click();
  await expect(ward.getByText('Đã gửi báo cáo.')).toBeVisible();
  await expect(ward.locator('[data-status="submitted"]')).toBeVisible();
  await expect(photoRow).toBeVisible();
  await expect(ward.getByRole('button', { name: 'Đính kèm tệp' })).toHaveCount(0);
  await expect(ward.getByRole('button', { name: 'Xóa tệp' })).toHaveCount(0);
  await expect(ward.locator('input[type="file"]')).toHaveCount(0);
  const late = await ward.request.post(`/api/reports/${reportId}/attachments?filename=muon.png`, {
    headers: { 'x-csrf-token': await csrfToken(ward.request), 'content-type': 'application/octet-stream' },
    data: png(),
  });
  expect(late.status()).toBe(409);
  expect(((await late.json()) as { code: string }).code).toBe('report_locked');
  await ward.context().close();

  // The province receives the report and opens the photo.
  const province = await newSession(browser, 'admin.tinh');
  await province.goto(`/bao-cao/${reportId}`);
  await expect(province.getByRole('heading', { name: 'Báo cáo Tháng 7/2026' })).toBeVisible();
  const link = province.getByTestId('report-attachments').getByRole('link', { name: 'anh-hoi-nghi.png' });
  await expect(link).toHaveAttribute('target', '_blank');
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/api\/report-attachments\/\d+$/);
  const file = await province.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('image/png');
  expect(Buffer.compare(await file.body(), png())).toBe(0);
  await expect(province.getByRole('button', { name: 'Đính kèm tệp' })).toHaveCount(0);
  await expect(province.getByRole('button', { name: 'Xóa tệp' })).toHaveCount(0);
  // Returned for more photos: the ward may attach again. (It also leaves nothing waiting in the
  // province's queue, which the later report specs count.)
  await province.getByRole('button', { name: 'Trả lại' }).click();
  const back = province.getByRole('dialog', { name: 'Trả lại báo cáo' });
  await back.getByLabel('Lý do, nội dung cần sửa').fill('Bổ sung ảnh buổi tuyên truyền lưu động.');
  await back.getByRole('button', { name: 'Trả lại' }).click();
  await expect(province.locator('[data-status="returned"]')).toBeVisible();
  await province.context().close();
});
