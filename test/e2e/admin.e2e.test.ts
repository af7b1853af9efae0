import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loginViaForm, newStaffPage, screenshot } from './support/browser';
import { type RunningServer, startServer } from './support/server';

const PASSWORD = 'Demo@12345';
/** Far enough ahead that no statutory calendar exists for it, whatever today's date. */
const FUTURE_YEAR = 2099;

const openMenu = (page: Page, name: string) =>
  page.getByRole('menu').getByRole('link', { name, exact: true }).click();

describe('administration pages', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await newStaffPage(browser);
    await loginViaForm(page, server.baseUrl, 'admin1', PASSWORD);
    await page.getByRole('menu').waitFor();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  it.each([
    ['工作日历', '/calendar'],
    ['策略参数', '/settings'],
    ['审计日志', '/audit'],
    ['用户管理', '/users'],
    ['通知发件箱', '/outbox'],
  ])('%s opens without errors', async (title, path) => {
    await openMenu(page, title);
    await page.waitForURL(`**${path}`);
    await page.getByRole('heading', { name: title, exact: true }).waitFor();
    await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
    expect(await page.locator('.ant-alert-error').count()).toBe(0);
    await screenshot(page, `admin${path.replace('/', '-')}`);
  });

  it('shows the server’s objection next to a policy parameter and saves a valid value', async () => {
    await openMenu(page, '策略参数');
    const row = page.getByRole('row', { name: /P-ACCEPT/ });
    await row.getByRole('button', { name: '编辑' }).click();
    const input = row.getByRole('spinbutton');
    await input.fill('0');
    await input.press('Enter');
    await row.locator('.ant-form-item-explain-error').first().waitFor();
    await screenshot(page, 'admin-settings-error');

    await input.fill('2');
    await input.press('Enter');
    await row.getByText('已调整').waitFor();
    expect(await row.textContent()).toContain('admin1');

    await openMenu(page, '审计日志');
    await page.getByPlaceholder(/按对象筛选/).fill('setting:P-ACCEPT');
    await page.getByPlaceholder(/按对象筛选/).press('Enter');
    await page.getByRole('cell', { name: 'setting.updated' }).waitFor();
    await page.getByRole('button', { name: '校验审计链' }).click();
    await page.getByText('审计链完整').waitFor();
    await screenshot(page, 'admin-audit-verified');
  });

  it('enters a holiday run for an unpublished year and publishes it', async () => {
    await page.goto(`${server.baseUrl}/calendar?year=${FUTURE_YEAR}`);
    await page.getByText(`${FUTURE_YEAR} 年工作日历尚未发布`).waitFor();

    await page.getByRole('button', { name: '添加调整' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByPlaceholder('开始日期').fill(`${FUTURE_YEAR}-01-01`);
    await dialog.getByPlaceholder('结束日期').fill(`${FUTURE_YEAR}-01-03`);
    await dialog.getByPlaceholder('结束日期').press('Enter');
    await dialog.getByLabel('名称', { exact: true }).fill('元旦');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`共 3 天`).waitFor();
    await expect.poll(() => page.getByRole('row', { name: /元旦/ }).count()).toBe(3);

    await page.getByRole('button', { name: `发布 ${FUTURE_YEAR} 年日历` }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /发布/ }).click();
    await page.locator('.cal-month').first().waitFor();
    expect(await page.locator('.cal-day.cal-holiday').count()).toBe(3);
    expect(await page.getByRole('button', { name: `发布 ${FUTURE_YEAR} 年日历` }).count()).toBe(0);
    await screenshot(page, 'admin-calendar-published');
  });
});
