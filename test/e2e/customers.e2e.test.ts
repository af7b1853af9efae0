import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClosureEligibility, CustomerPage } from '../../src/domain/contracts/customers';
import { launchBrowser, loginViaForm, newStaffPage, screenshot } from './support/browser';
import { type RunningServer, startServer } from './support/server';

const PASSWORD = 'Demo@12345';
/** ¥1,234.56: the currency sign, thousands separators, always two decimals. */
const CNY = /¥\d{1,3}(,\d{3})*\.\d{2}/;

const openMenu = (page: Page, name: string) =>
  page.getByRole('menu').getByRole('link', { name, exact: true }).click();

/** An element's text (DOM text content, not layout-dependent innerText). */
const text = async (locator: Locator) => (await locator.textContent()) ?? '';

const tableRows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');

/** Opens an antd Select by its accessible name and picks an option. */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

async function signIn(browser: Browser, baseUrl: string, username: string): Promise<Page> {
  const page = await newStaffPage(browser);
  await loginViaForm(page, baseUrl, username, PASSWORD);
  await page.getByRole('menu').waitFor();
  return page;
}

describe('customer pages', () => {
  let server: RunningServer;
  let browser: Browser;
  let tempDir: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    tempDir = await mkdtemp(path.join(tmpdir(), 'gas-closure-import-'));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }, 30_000);

  it('finds a customer by part of the name and by account number, and shows ledger and pre-check', async () => {
    const page = await signIn(browser, server.baseUrl, 'cs1');
    await openMenu(page, '客户查询');
    await page.waitForURL('**/customers');
    await page.getByRole('heading', { name: '客户查询', exact: true }).waitFor();
    await tableRows(page).first().waitFor();

    const search = page.getByPlaceholder(/户号.*姓名|户号.*名称/);
    await search.fill('陈');
    await search.press('Enter');
    await page.waitForURL(/q=/);
    await expect
      .poll(async () => {
        const names = await tableRows(page).locator('td:nth-child(2)').allTextContents();
        return names.length > 0 && names.every((n) => n.includes('陈'));
      })
      .toBe(true);
    // Outlet staff see only their own outlet, with ID numbers masked.
    const firstRow = tableRows(page).first();
    expect(await text(firstRow)).toContain('城东营业厅');
    expect(await text(firstRow.locator('td:nth-child(4)'))).toMatch(/\*{4,}/);
    await screenshot(page, 'customers-search');

    const accountNo = (await text(firstRow.locator('td').first())).trim();
    expect(accountNo).toMatch(/^[0-9A-Z]{6,20}$/);
    await search.fill(accountNo);
    await search.press('Enter');
    await expect.poll(() => tableRows(page).count()).toBe(1);
    await tableRows(page).first().locator('td:nth-child(3)').click();
    await page.waitForURL(`**/customers/${accountNo}`);

    await page.getByRole('heading', { name: '用户详情' }).waitFor();
    const eligibility = page.getByTestId('eligibility-card');
    await eligibility.getByText(/符合销户条件/).waitFor();
    const ledger = page.getByTestId('ledger-card');
    await ledger.getByText('应收合计').waitFor();
    expect(await text(ledger)).toMatch(CNY);
    await page.getByText('燃气设施').waitFor();
    await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
    expect(await page.locator('.ant-alert-error').count()).toBe(0);
    await screenshot(page, 'customer-detail');

    // The full ID number is shown only on a request with a reason, which the server audits.
    const idNumber = page.getByTestId('customer-id-number');
    expect(await text(idNumber)).toContain('*');
    await page.getByRole('button', { name: '查看完整号码' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('查看原因').fill('核对销户申请人身份');
    await dialog.getByRole('button', { name: /查\s*看/ }).click();
    await expect.poll(() => text(idNumber)).toMatch(/^\d{17}[\dX]$/);
    await page.getByText(/已记入审计日志/).waitFor();
    await page.context().close();
  });

  it('registers a customer, showing the server’s objection to the ID number on that field', async () => {
    const page = await signIn(browser, server.baseUrl, 'cs1');
    await page.goto(`${server.baseUrl}/customers`);
    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名称').fill('测试新户');
    await dialog.getByLabel('证件号码').fill('110105194912310021');
    await dialog.getByLabel('联系电话').fill('13900001111');
    await dialog.getByLabel('用气地址').fill('滨江市测试路 8 号 2 栋 301 室');
    await choose(page, '表具类型', '智能表');
    await dialog.getByLabel('设施编号').fill('M-E2E-001');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();

    const idError = dialog.locator('.ant-form-item-has-error').filter({ hasText: '证件号码' });
    await idError.getByText(/校验位/).waitFor();
    await screenshot(page, 'customer-create-error');

    await dialog.getByLabel('证件号码').fill('11010519491231002X');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(/\/customers\/\d{10}$/);
    await page.getByTestId('customer-name').getByText('测试新户').waitFor();
    await page.getByText('M-E2E-001').waitFor();
    await page.context().close();
  });

  it('records a payment that settles the arrears, sending an Idempotency-Key', async () => {
    const page = await signIn(browser, server.baseUrl, 'finance1');
    const api = (p: string) => page.request.get(`${server.baseUrl}/api${p}`).then((r) => r.json());
    const list = (await api('/customers?pageSize=100')) as CustomerPage;
    let owing: string | undefined;
    for (const c of list.items) {
      const check = (await api(`/customers/${c.accountNo}/closure-eligibility`)) as ClosureEligibility;
      if (check.blockers.some((b) => b.code === 'ARREARS_OUTSTANDING')) {
        owing = c.accountNo;
        break;
      }
    }
    expect(owing, 'the demo data has customers with arrears').toBeDefined();

    await page.goto(`${server.baseUrl}/customers/${owing}`);
    const eligibility = page.getByTestId('eligibility-card');
    await eligibility.getByText('暂不符合销户条件').waitFor();
    await eligibility.getByText('欠费未结清').waitFor();

    await page.getByRole('button', { name: '登记缴费' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '按欠费全额填写' }).click();
    await choose(page, '缴费方式', '微信支付');
    const request = page.waitForRequest((r) => r.url().endsWith('/payments') && r.method() === 'POST');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    expect((await request).headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);

    await eligibility.getByText('符合销户条件', { exact: true }).waitFor();
    const ledger = page.getByTestId('ledger-card');
    await ledger.getByText('微信支付').waitFor();
    await screenshot(page, 'customer-payment');
    await page.context().close();
  });

  it('imports a CSV in valid-only mode and lists the bad rows; all-or-nothing imports nothing', async () => {
    const csv = path.join(tempDir, 'customers.csv');
    await writeFile(
      csv,
      [
        '户号,用户类型,用户名称,证件类型,证件号码,联系电话,用气地址,营业网点',
        'E2E0000001,居民,导入测试甲,居民身份证,11010519491231002X,13900001111,滨江市测试路1号,B01',
        'E2E0000002,居民,导入测试乙,居民身份证,110105194912310021,13900001112,滨江市测试路2号,B01',
        'E2E0000003,商铺,导入测试丙,居民身份证,11010519491231002X,12345,滨江市测试路3号,B09',
      ].join('\n'),
    );
    const page = await signIn(browser, server.baseUrl, 'admin1');
    await openMenu(page, '数据导入');
    await page.waitForURL('**/import');
    await page.getByRole('heading', { name: '数据导入', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: /下载导入模板/ }).getAttribute('href')).toBe(
      '/api/customers/import-template.csv',
    );

    await page.locator('input[type=file]').setInputFiles(csv);
    await page.getByText('只导入正确的行').click();
    await page.getByRole('button', { name: '开始导入' }).click();
    const result = page.getByTestId('import-result');
    await result.getByText(/已导入 1 行；2 行有误/).waitFor();
    const errorRows = result.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => errorRows.count()).toBe(2);
    expect(await text(errorRows.nth(0))).toMatch(/E2E0000002[\s\S]*校验位/);
    expect(await text(errorRows.nth(1))).toMatch(/E2E0000003[\s\S]*用户类型/);
    expect(await text(result)).toContain('UTF-8');
    await screenshot(page, 'customer-import');

    // The same file again, all or nothing: the first row now exists, so nothing is imported.
    await page.getByText('全部正确才导入').click();
    await page.getByRole('button', { name: '开始导入' }).click();
    await result.getByText(/未导入任何数据/).waitFor();
    await expect.poll(() => errorRows.count()).toBe(3);
    expect(await text(errorRows.nth(0))).toContain('已存在');
    await screenshot(page, 'customer-import-refused');
    await page.context().close();
  });
});
