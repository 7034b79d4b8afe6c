import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

/** Collects every Content-Security-Policy violation the page reports, from before its first script. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|CSP violation/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return violations;
}

test('the login page and the app render under the Content-Security-Policy with no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/dang-nhap');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  // Mantine's styles apply (its global font, not the browser's default serif).
  await expect(page.locator('body')).toHaveCSS('font-family', /sans-serif/);
  expect(violations).toEqual([]);

  await signIn(page, 'admin.tinh');
  for (const path of ['/ke-hoach', '/lich', '/bao-cao', '/tong-quan']) {
    await page.goto(path);
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
  }
  // The check itself works: an inline script is refused and reported.
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('script'), { textContent: 'window.tt = 1' })));
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as { tt?: number }).tt)).toBeUndefined();
  expect(violations.every((v) => /script-src/.test(v))).toBe(true);
});
