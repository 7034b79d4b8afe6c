import { expect, type Page } from '@playwright/test';
import { escapeRegExp } from './helpers';

/** Types a date into a dd/mm/yyyy field and leaves it. */
export async function fillDate(page: Page, label: string | RegExp, ddmmyyyy: string, scope = page.locator('body')): Promise<void> {
  const box = scope.getByRole('textbox', { name: label });
  await box.fill(ddmmyyyy);
  await box.press('Tab');
  await expect(box).toHaveValue(ddmmyyyy);
}

/** Picks a unit in a unit picker by typing part of its name without diacritics. */
export async function pickUnit(page: Page, label: string, query: string, name: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.click();
  await box.fill(query);
  // An option reads as the unit's name followed by where it sits in the tree.
  await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(name)}( |$)`) }).click();
  await expect(box).toHaveValue(name);
}

/** Opens the plans list and the plan whose number is shown, through the diacritic-insensitive search. */
export async function openPlanByNumber(page: Page, query: string, number: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kế hoạch' }).click();
  await page.getByRole('textbox', { name: 'Tìm kiếm' }).fill(query);
  const row = page.getByTestId('plans-table').locator('tbody tr').filter({ has: page.getByTestId('plan-row-number').getByText(number, { exact: true }) });
  await expect(row).toHaveCount(1);
  await row.getByRole('link').click();
  await expect(page.getByRole('main').getByTestId('plan-number')).toHaveText(`Số ${number}`);
}
