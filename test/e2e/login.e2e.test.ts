import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CurrentUser, SessionResponse } from '../../src/domain/contracts/auth';
import { launchBrowser, loginViaForm, newStaffPage, screenshot } from './support/browser';
import { type RunningServer, startServer } from './support/server';

const PASSWORD = 'Demo@12345';

/** The user as the server describes them, so the assertions do not hard-code the demo names. */
async function whoIs(baseUrl: string, username: string): Promise<CurrentUser> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as SessionResponse).user;
}

const menuItem = (page: Page, name: string) =>
  page.getByRole('menu').getByRole('link', { name, exact: true });

describe('login and the workbench shell', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  it('shows the server’s message when the password is wrong', async () => {
    const page = await newStaffPage(browser);
    await page.goto(`${server.baseUrl}/`);
    await page.waitForURL('**/login');
    await page.getByText('燃气用户销户管理系统').first().waitFor();

    await loginViaForm(page, server.baseUrl, 'clerk1', 'wrong-password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.trim()).not.toBe('');
    expect(page.url()).toMatch(/\/login$/);
    await screenshot(page, 'login-error');
    await page.context().close();
  }, 60_000);

  it('clerk1 works in Chinese, switches to English and back, and logs out', async () => {
    const clerk = await whoIs(server.baseUrl, 'clerk1');
    expect(clerk.branch).not.toBeNull();
    const page = await newStaffPage(browser);

    await loginViaForm(page, server.baseUrl, 'clerk1', PASSWORD);
    await menuItem(page, '工作台').waitFor();
    expect(await menuItem(page, '工作日历').count()).toBe(1);
    expect(await menuItem(page, '用户管理').count()).toBe(0);
    expect(await menuItem(page, '审计日志').count()).toBe(0);

    const header = page.locator('.shell-header');
    await expect.poll(() => header.textContent()).toContain(clerk.displayName);
    expect(await header.textContent()).toContain('营业网点受理员');
    expect(await header.textContent()).toContain(clerk.branch?.name ?? '(no outlet)');
    await page.getByText(clerk.displayName, { exact: false }).first().waitFor();
    await page
      .getByText(/下一个工作日|尚未发布/)
      .first()
      .waitFor();
    await screenshot(page, 'workbench-clerk1');

    await page.getByRole('button', { name: 'English' }).click();
    await menuItem(page, 'Workbench').waitFor();
    expect(await header.textContent()).toContain('Counter clerk');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // The choice is remembered in this browser.
    await page.reload();
    await menuItem(page, 'Working calendar').waitFor();
    await page
      .getByText(/Next working day|not been published/)
      .first()
      .waitFor();
    await screenshot(page, 'workbench-clerk1-en');

    await page.getByRole('button', { name: '中文' }).click();
    await menuItem(page, '工作台').waitFor();

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL('**/login');
    await page.getByLabel('用户名', { exact: true }).waitFor();
    const me = await page.request.get(`${server.baseUrl}/api/auth/me`);
    expect(me.status()).toBe(401);
    await screenshot(page, 'login');
    await page.context().close();
  }, 90_000);

  it('admin1 manages users and is company-wide', async () => {
    const page = await newStaffPage(browser);
    await loginViaForm(page, server.baseUrl, 'admin1', PASSWORD);
    await menuItem(page, '用户管理').waitFor();
    expect(await menuItem(page, '审计日志').count()).toBe(1);
    expect(await page.locator('.shell-header').textContent()).toContain('全公司');

    await menuItem(page, '用户管理').click();
    await page.waitForURL('**/users');
    await page.getByRole('cell', { name: 'clerk1', exact: true }).waitFor();
    await screenshot(page, 'users-admin1');
    await page.context().close();
  }, 60_000);
});
