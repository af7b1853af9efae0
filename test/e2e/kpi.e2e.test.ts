import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer } from '../../src/domain/contracts/customers';
import { StaffApi } from './support/api';
import { launchBrowser, loginViaForm, newStaffPage, screenshot } from './support/browser';
import { REPO_ROOT, type RunningServer, startServer } from './support/server';

const PASSWORD = 'Demo@12345';

const text = async (locator: Locator) => (await locator.textContent()) ?? '';

function todayShanghai(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Cases that really happen, so the dashboard has numbers to show. */
class Api extends StaffApi {
  /** A B01 household with a meter, its application accepted with every material in hand. */
  async acceptedCase(name: string): Promise<{ caseNo: string; accountNo: string }> {
    const { accountNo } = await this.call<{ accountNo: string }>('clerk1', 'POST', '/customers', {
      type: 'residential',
      name,
      idType: 'resident_id',
      idNumber: '11010519491231002X',
      phone: '13800138000',
      address: '滨江市测试路 1 号',
      facilities: [{ facility: 'meter', serialNo: `MT-${Math.random().toString(36).slice(2, 10)}` }],
    });
    const { caseNo } = await this.call<{ caseNo: string }>('clerk1', 'POST', '/cases', {
      accountNo,
      channel: 'counter',
      applicant: { name, idType: 'resident_id', idNumber: '11010519491231002X', phone: '13800138000' },
      reason: '房屋出售，不再用气',
    });
    await this.act('clerk1', caseNo, 'preliminary-review', {
      result: 'accept',
      materials: ['application_form', 'applicant_id', 'gas_use_certificate'].map((kind) => ({
        kind,
        supplied: true,
        originalSighted: true,
      })),
    });
    return { caseNo, accountNo };
  }

  async inspect(caseNo: string, result: 'pass' | 'hazard') {
    await this.act('inspector1', caseNo, 'schedule-inspection', { scheduledFor: todayShanghai() });
    await this.act('inspector1', caseNo, 'record-inspection', {
      items: ['pipe', 'valve', 'meter', 'connector'].map((facility) => ({
        facility,
        condition: result === 'pass' || facility !== 'valve' ? 'ok' : 'leak',
        note: '',
      })),
      result,
      hazards: result === 'hazard' ? [{ description: '表前阀门漏气', facility: 'valve' }] : [],
    });
  }

  /** One case from application to follow-up, so every stage leaves its numbers. */
  async closedCase(): Promise<string> {
    const { caseNo, accountNo } = await this.acceptedCase('王建国');
    await this.act('cs1', caseNo, 'confirm-intent', {
      contactMethod: 'phone',
      contactedAt: new Date().toISOString(),
      confirmed: true,
      note: '',
    });
    await this.inspect(caseNo, 'pass');
    await this.act('finance1', caseNo, 'check-fees');
    await this.act('finance1', caseNo, 'issue-settlement-certificate');
    await this.act('cs1', caseNo, 'approve', { note: '' });
    await this.act('cs1', caseNo, 'choose-removal', { mode: 'self' });
    const customer = await this.call<Customer>('clerk1', 'GET', `/customers/${accountNo}`);
    await this.act('inspector1', caseNo, 'record-removal', {
      removedItems: customer.facilities.map((f) => ({ facility: f.facility, serialNo: f.serialNo })),
      removedAt: new Date().toISOString(),
      removedBy: 'customer',
    });
    await this.act('inspector1', caseNo, 'record-sealing', {
      sealedAt: new Date().toISOString(),
      method: 'cap',
      permanent: true,
      materialStandard: 'GB/T 3287',
    });
    await this.act('clerk1', caseNo, 'finalize', {
      identityVerified: true,
      identityDocument: 'resident_id',
      collected: ['gas_use_certificate'],
    });
    await this.act('cs1', caseNo, 'record-follow-up', {
      method: 'phone',
      rating: 4,
      satisfied: true,
      facilityDisposal: '燃气表已由我司回收',
    });
    return caseNo;
  }
}

async function quietScreenshot(page: Page, name: string) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-skeleton-active').count()).toBe(0);
  await page.waitForTimeout(600);
  await screenshot(page, name);
}

describe('KPI dashboard in the browser (R-25)', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await mkdir(path.join(REPO_ROOT, 'test-artifacts'), { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  it('shows every KPI with its formula, the trend, the cases behind a figure, and exports', async () => {
    const base = server.baseUrl;
    const api = new Api(base);
    // One case closed and followed up; another whose inspection found a hazard.
    const closed = await api.closedCase();
    const { caseNo: hazard } = await api.acceptedCase('李秀英');
    await api.inspect(hazard, 'hazard');

    const page = await newStaffPage(browser);
    await loginViaForm(page, base, 'manager1', PASSWORD);
    await page.getByTestId('shell-user').waitFor();
    await page.getByRole('menu').getByRole('link', { name: '考核指标', exact: true }).click();
    await page.waitForURL('**/kpis');
    const table = page.getByTestId('kpi-table');
    await table.locator('thead').getByText('城东营业厅').waitFor();
    // Every KPI of the definitions is a row.
    expect(await table.locator('[data-testid^="kpi-name-"]').count()).toBe(20);
    // Two inspections, one passed; the closed case counts once and its follow-up scored 4.
    const headline = page.getByTestId('kpi-headline');
    await expect.poll(() => text(headline)).toContain('50.0%');
    expect(await text(headline)).toContain('4.0');
    await page.getByTestId('kpi-trend-chart').locator('canvas').waitFor();

    // The formula is one hover away.
    await table.getByTestId('kpi-name-inspection_pass').hover();
    await page
      .getByRole('tooltip')
      .getByText(/检查合格次数 ÷ 上门检查次数/)
      .waitFor();
    await page.mouse.move(0, 0);
    await expect.poll(() => page.getByRole('tooltip').count()).toBe(0);
    await quietScreenshot(page, 'kpi-dashboard');

    // The figure opens the cases behind it, each a link to its case page.
    await table.getByTestId('kpi-figure-inspection_pass').first().click();
    const drill = page.getByTestId('kpi-drill');
    await drill.getByRole('link', { name: hazard }).waitFor();
    await drill.getByRole('link', { name: closed }).waitFor();
    await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(REPO_ROOT, 'test-artifacts', 'kpi-drill.png') });
    await drill.locator('.ant-drawer-close').click();

    // Another KPI on the chart, the company view, and both downloads.
    const pick = page.getByRole('combobox', { name: '选择指标' });
    await pick.click();
    await pick.fill('销户办结');
    await page.locator('.ant-select-item-option').filter({ hasText: '销户办结数' }).click();
    await page.waitForURL(/metric=closures/);
    await page.getByTestId('kpi-group-by').getByText('全公司').click();
    await table.locator('thead').getByText('全公司').waitFor();
    const cookie = await api.cookie('manager1');
    for (const format of ['xlsx', 'csv'] as const) {
      const href = (await page.getByTestId(`kpi-export-${format}`).getAttribute('href')) ?? '';
      expect(href).toContain(`format=${format}`);
      const res = await fetch(`${base}${href}`, { headers: { cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain(format);
    }

    // 指标说明 lists each KPI's formula.
    await page.getByRole('link', { name: '指标说明' }).click();
    await page.waitForURL('**/kpis/definitions');
    const definitions = page.getByTestId('kpi-definitions');
    await definitions.getByText('受理及时率').waitFor();
    expect(await text(definitions)).toContain('在 P-ACCEPT 个工作日内完成初审的申请数');
    await page.context().close();
  });
});
