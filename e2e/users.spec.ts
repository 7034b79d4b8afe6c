import { expect, test } from '@playwright/test';
import { signIn, uniq } from './helpers';

test('an administrator creates a user by invitation; the invitee sets a password and signs in', async ({ page, browser }) => {
  await signIn(page, 'admin.tanphong');
  await page.getByRole('navigation').getByRole('link', { name: 'Người dùng' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Người dùng' })).toBeVisible();
  const table = page.getByTestId('users-table');
  await expect(table.locator('tr[data-username="admin.tanphong"]')).toBeVisible();

  const username = `canbo.${uniq().toLowerCase()}`;
  const fullName = 'Hoàng Thị Lan';
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
  await dialog.getByLabel('Tên đăng nhập').fill(username);
  await dialog.getByLabel('Họ và tên').fill(fullName);
  await dialog.getByRole('combobox', { name: 'Vai trò tại đơn vị' }).click();
  await page.getByRole('option', { name: 'Biên tập' }).click();
  await expect(dialog.getByText('Gửi đường dẫn mời')).toBeVisible();
  await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();

  // The invitation link is shown once.
  const secret = page.getByRole('dialog', { name: 'Đường dẫn mời' });
  await expect(secret).toBeVisible();
  const link = ((await secret.getByTestId('secret-value').textContent()) ?? '').trim();
  expect(link).toMatch(/\/moi\/[^/\s]+$/);
  await secret.getByRole('button', { name: 'Đã ghi lại' }).click();

  const row = table.locator(`tr[data-username="${username}"]`);
  await expect(row).toBeVisible();
  await expect(row).toContainText(fullName);
  await expect(row).toContainText('Biên tập');

  // The invitee, in a browser of their own.
  const other = await browser.newContext();
  const invitee = await other.newPage();
  await invitee.goto(new URL(link).pathname);
  await invitee.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill('matkhau-moi-2026');
  await invitee.getByLabel('Nhập lại mật khẩu mới').fill('matkhau-moi-2026');
  await invitee.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(invitee.getByText('Mật khẩu đã được đặt')).toBeVisible();
  await invitee.getByRole('link', { name: 'Đến trang đăng nhập' }).click();
  await invitee.getByLabel('Tên đăng nhập').fill(username);
  await invitee.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill('matkhau-moi-2026');
  await invitee.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(invitee.getByTestId('header-user-name')).toHaveText(fullName);
  await expect(invitee.getByTestId('unit-my-role')).toHaveText('Biên tập');
  await other.close();
});

test('an administrator creates a user with a password, then resets it: the user must change it', async ({ page, browser }) => {
  await signIn(page, 'admin.tinh');
  await page.getByRole('navigation').getByRole('link', { name: 'Người dùng' }).click();
  const username = `xem.${uniq().toLowerCase()}`;
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
  await dialog.getByLabel('Tên đăng nhập').fill(username);
  await dialog.getByLabel('Họ và tên').fill('Lường Văn Toàn');
  await dialog.getByLabel('Thư điện tử').fill(`${username}@example.vn`);
  await dialog.getByText('Đặt mật khẩu ngay').click();
  await dialog.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill('matkhau-ban-dau');
  await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId('users-table').locator(`tr[data-username="${username}"]`);
  await expect(row).toBeVisible();
  await expect(row).toContainText('Xem');

  // Reset: a temporary password is shown once.
  await row.getByRole('button', { name: `Thao tác với ${username}` }).click();
  await page.getByRole('menuitem', { name: 'Đặt lại mật khẩu' }).click();
  await page.getByRole('dialog', { name: 'Đặt lại mật khẩu' }).getByRole('button', { name: 'Đặt lại' }).click();
  const secret = page.getByRole('dialog', { name: 'Mật khẩu tạm thời' });
  const temporary = ((await secret.getByTestId('secret-value').textContent()) ?? '').trim();
  expect(temporary.length).toBeGreaterThanOrEqual(8);
  await secret.getByRole('button', { name: 'Đã ghi lại' }).click();
  await expect(row).toContainText('Chờ đổi mật khẩu');

  // The user signs in with it and must choose a new password first.
  const other = await browser.newContext();
  const user = await other.newPage();
  await user.goto('/dang-nhap');
  await user.getByLabel('Tên đăng nhập').fill(username);
  await user.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(temporary);
  await user.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(user.getByRole('heading', { name: 'Đổi mật khẩu' })).toBeVisible();
  await user.getByLabel('Mật khẩu hiện tại (mật khẩu tạm)').fill(temporary);
  await user.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill('matkhau-cua-toi');
  await user.getByLabel('Nhập lại mật khẩu mới').fill('matkhau-cua-toi');
  await user.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(user.getByRole('tree', { name: 'Cây đơn vị' })).toBeVisible();
  await expect(user.getByTestId('header-user-name')).toHaveText('Lường Văn Toàn');
  await other.close();
});

test('an administrator gives a user a second role and takes it back', async ({ page }) => {
  await signIn(page, 'admin.tanphong');
  await page.getByRole('navigation').getByRole('link', { name: 'Người dùng' }).click();
  const row = page.getByTestId('users-table').locator('tr[data-username="xem.chibo"]');
  await row.getByRole('button', { name: 'Thao tác với xem.chibo' }).click();
  await page.getByRole('menuitem', { name: 'Phân quyền' }).click();
  const dialog = page.getByRole('dialog', { name: 'Phân quyền' });
  const roles = dialog.getByTestId('role-table').locator('tbody tr');
  await expect(roles).toHaveCount(1);

  // Editor at the commune's radio station, picked by searching without diacritics.
  const unit = dialog.getByRole('combobox', { name: 'Đơn vị' });
  await unit.click();
  await unit.fill('dai truyen thanh');
  await page.getByRole('option', { name: /Đài Truyền thanh phường Tân Phong/ }).click();
  await dialog.getByRole('combobox', { name: 'Vai trò' }).click();
  await page.getByRole('option', { name: 'Biên tập' }).click();
  await dialog.getByRole('button', { name: 'Giao' }).click();
  await expect(roles).toHaveCount(2);
  const added = roles.filter({ hasText: 'Đài Truyền thanh phường Tân Phong' });
  await expect(added).toContainText('Biên tập');

  await added.getByRole('button', { name: /^Thu hồi vai trò/ }).click();
  await expect(roles).toHaveCount(1);
  await expect(roles.first()).toContainText('Chi bộ Tổ dân phố số 1');
  await dialog.getByRole('button', { name: 'Đóng', exact: true }).last().click();
  await expect(row).not.toContainText('Biên tập');
});
