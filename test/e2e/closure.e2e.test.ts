import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClosureEligibility, CustomerPage } from '../../src/domain/contracts/customers';
import { launchBrowser, loginViaForm, newStaffPage, screenshot } from './support/browser';
import { REPO_ROOT, type RunningServer, startServer } from './support/server';

const PASSWORD = 'Demo@12345';

/** An element's text (DOM text content, not layout-dependent innerText). */
const text = async (locator: Locator) => (await locator.textContent()) ?? '';

async function signIn(browser: Browser, baseUrl: string, username: string, phone = false): Promise<Page> {
  const page = phone
    ? await (
        await browser.newContext({
          locale: 'zh-CN',
          timezoneId: 'Asia/Shanghai',
          viewport: { width: 390, height: 844 },
          deviceScaleFactor: 2,
          isMobile: true,
          hasTouch: true,
        })
      ).newPage()
    : await newStaffPage(browser);
  page.setDefaultTimeout(15_000);
  await loginViaForm(page, baseUrl, username, PASSWORD);
  await page.getByTestId('shell-user').waitFor();
  return page;
}

/** A small real PNG (a gradient), as a phone camera would send a JPEG/PNG. */
function pngImage(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      rows.set(
        [80 + Math.round((x / width) * 120), 110 + Math.round((y / height) * 90), 160],
        row + 1 + x * 3,
      );
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** The case page's state tag. */
const caseState = (page: Page) => page.getByTestId('case-state');
const drawer = (page: Page) => page.locator('.ant-drawer-content-wrapper:visible');

/** Screenshots once the "done" toasts have gone and nothing is loading or fading in any more. */
async function quietScreenshot(page: Page, name: string) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
  await expect.poll(() => page.locator('.ant-spin-blur, .ant-spin-spinning').count()).toBe(0);
  await page.waitForTimeout(400);
  await screenshot(page, name);
}

/** Opens an action's form from its button, submits it, and waits for the drawer to close. */
async function act(page: Page, action: string, fill?: (form: Locator) => Promise<void>) {
  await page.getByTestId(`action-${action}`).click();
  const form = drawer(page);
  await form.waitFor();
  await fill?.(form);
  await form.getByTestId('action-submit').click();
  await form.waitFor({ state: 'hidden' });
}

describe('closure process in the browser (R-02…R-11)', () => {
  let server: RunningServer;
  let browser: Browser;
  let tempDir: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    tempDir = await mkdtemp(path.join(tmpdir(), 'gas-closure-case-'));
    await mkdir(path.join(REPO_ROOT, 'test-artifacts'), { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }, 30_000);

  it('takes an incomplete application, notifies once, reviews on three tracks and approves', async () => {
    const base = server.baseUrl;
    const scan = path.join(tempDir, '燃气使用证.pdf');
    const photo = path.join(tempDir, 'meter.png');
    await writeFile(scan, MINIMAL_PDF);
    await writeFile(photo, pngImage(160, 120));

    // ── clerk1: a B01 household without arrears, found through the customer API the pages use.
    const clerk = await signIn(browser, base, 'clerk1');
    const get = (p: string) => clerk.request.get(`${base}/api${p}`).then((r) => r.json());
    const households = (await get('/customers?type=residential&status=active&pageSize=100')) as CustomerPage;
    let accountNo: string | undefined;
    for (const c of households.items.filter((c) => c.outlet.code === 'B01')) {
      const check = (await get(`/customers/${c.accountNo}/closure-eligibility`)) as ClosureEligibility;
      if (check.eligible) {
        accountNo = c.accountNo;
        break;
      }
    }
    expect(accountNo, 'the demo data has a B01 household without arrears').toBeDefined();

    await clerk.getByRole('menu').getByRole('link', { name: '销户申请', exact: true }).click();
    await clerk.waitForURL('**/cases');
    await clerk.getByRole('button', { name: '受理申请' }).click();
    await clerk.waitForURL('**/cases/new');
    const lookup = clerk.getByRole('combobox', { name: '户号' });
    await lookup.fill(accountNo ?? '');
    await lookup.press('Enter');
    await clerk.getByTestId('eligibility-card').getByText('符合销户条件', { exact: true }).waitFor();
    await clerk.getByTestId('application-customer').waitFor();
    const idNumber = clerk.getByLabel('证件号码', { exact: true }).first();
    await idNumber.fill('110105194912310021');
    await clerk.getByLabel('联系电话', { exact: true }).first().fill('13900001111');
    await clerk.getByText('搬迁，不再用气', { exact: true }).click();
    // Application form and applicant's ID in hand, originals seen; the gas-use certificate is missing.
    const checklist = clerk.getByTestId('application-materials');
    for (const item of ['销户申请表', '申请人身份证件']) {
      await checklist.getByLabel(`${item} 已提交`).check();
      await checklist.getByLabel(`${item} 原件已核验`).check();
    }
    // The server's objection to the ID number lands on that field; corrected, the application is taken.
    await clerk.getByRole('button', { name: '受理申请' }).last().click();
    await clerk
      .locator('.ant-form-item-has-error')
      .filter({ hasText: '证件号码' })
      .getByText(/校验/)
      .waitFor();
    await idNumber.fill('11010519491231002X');
    await clerk.getByRole('button', { name: '受理申请' }).last().click();
    await clerk.waitForURL(/\/cases\/XH\d{10}$/);
    const caseNo = clerk.url().split('/').at(-1) ?? '';
    await expect.poll(() => text(caseState(clerk))).toBe('待初审');
    expect(await text(clerk.getByTestId('readiness-materials'))).toContain('燃气使用证');

    // Preliminary review: the form starts as "incomplete" with the missing item already listed.
    const request = clerk.waitForRequest((r) => r.url().endsWith('/actions/preliminary-review'));
    await act(clerk, 'preliminary-review', async (form) => {
      expect(await form.getByRole('radio', { name: '材料不齐，一次性告知' }).isChecked()).toBe(true);
      expect(await form.locator('.missing-row').count()).toBe(1);
      expect(await text(form.locator('.missing-row'))).toContain('燃气使用证');
    });
    expect((await request).headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => text(caseState(clerk))).toBe('待补正材料');
    await clerk.getByTestId('notices').getByText('已告知 1 次').waitFor();
    await clerk.getByTestId('documents').getByText('一次性告知书', { exact: true }).waitFor();
    expect(await text(clerk.getByTestId('documents'))).toMatch(/GZ\d{10}/);

    // The applicant brings the certificate: its scan is uploaded on its row, then the supplement recorded.
    await clerk.getByTestId('upload-gas_use_certificate').setInputFiles(scan);
    await clerk.getByTestId('materials').getByRole('link', { name: '燃气使用证.pdf' }).waitFor();
    await act(clerk, 'supplement-materials', async (form) => {
      expect(await form.getByRole('checkbox', { name: /燃气使用证/ }).isChecked()).toBe(true);
    });
    await expect.poll(() => text(caseState(clerk))).toBe('待初审');
    await act(clerk, 'preliminary-review', async (form) => {
      expect(await form.getByRole('radio', { name: '材料齐全，受理' }).isChecked()).toBe(true);
    });
    await expect.poll(() => text(caseState(clerk))).toBe('审核中');
    await clerk.context().close();

    // ── cs1: the case is in "my work"; approval is offered but blocked, saying why.
    const cs = await signIn(browser, base, 'cs1');
    const myWork = cs.getByTestId('my-work');
    const row = myWork.locator('tr.ant-table-row').filter({ hasText: caseNo });
    await row.waitFor();
    expect(await text(row)).toContain('确认销户意愿');
    expect(await text(row)).toMatch(/上门安全检查\s*\d{4}-\d{2}-\d{2}/);
    await quietScreenshot(cs, 'workbench-my-work');
    await row.getByRole('link', { name: caseNo }).click();
    await cs.waitForURL(`**/cases/${caseNo}`);
    const approve = cs.getByTestId('action-approve');
    await approve.waitFor();
    expect(await approve.isDisabled()).toBe(true);
    await approve.hover({ force: true });
    await cs
      .getByRole('tooltip')
      .getByText(/确认销户意愿/)
      .waitFor();
    await act(cs, 'confirm-intent');
    await cs.getByTestId('track-card-cs').getByText('意愿已确认', { exact: true }).waitFor();
    await cs.context().close();

    // ── inspector1, on a phone: schedules, then records a passing inspection with a photo.
    const inspector = await signIn(browser, base, 'inspector1', true);
    await inspector.goto(`${base}/cases/${caseNo}`);
    await act(inspector, 'schedule-inspection');
    await inspector.getByTestId('track-card-safety').getByText('已预约检查', { exact: true }).waitFor();
    await inspector.getByTestId('action-record-inspection').click();
    const form = drawer(inspector);
    await form.waitFor();
    expect((await form.boundingBox())?.width).toBeGreaterThanOrEqual(389);
    expect(await form.getByTestId('inspection-item').count()).toBe(4);
    await form.getByTestId('upload-inspection-photo').setInputFiles(photo);
    await expect.poll(() => form.locator('.photo-choice .ant-checkbox-checked').count()).toBe(1);
    // Touch targets: the condition buttons and the submit button are at least 40 px high.
    const okButton = form.getByRole('radio', { name: '正常' }).first().locator('xpath=ancestor::label[1]');
    expect((await okButton.boundingBox())?.height).toBeGreaterThanOrEqual(40);
    expect((await form.getByTestId('action-submit').boundingBox())?.height).toBeGreaterThanOrEqual(40);
    // The lower half of the form (last items, result, photos) once the toasts have gone.
    await expect.poll(() => inspector.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
    await form.getByRole('radio', { name: '合格', exact: true }).scrollIntoViewIfNeeded();
    await inspector.screenshot({ path: path.join(REPO_ROOT, 'test-artifacts', 'inspection-phone.png') });
    await form.getByTestId('action-submit').click();
    await form.waitFor({ state: 'hidden' });
    await inspector.getByTestId('track-card-safety').getByText('检查合格', { exact: true }).waitFor();
    await inspector.getByTestId('inspection-round-1').locator('img').first().waitFor();
    await inspector.context().close();

    // ── finance1: checks the fees (nothing owed), then issues the settlement certificate.
    const finance = await signIn(browser, base, 'finance1');
    await finance.goto(`${base}/cases/${caseNo}`);
    await act(finance, 'check-fees');
    await finance.getByTestId('track-card-finance').getByText('费用已结清', { exact: true }).waitFor();
    expect(await text(finance.getByTestId('readiness-fees'))).not.toContain('结清证明 JQ');
    await quietScreenshot(finance, 'case-page');
    await act(finance, 'issue-settlement-certificate');
    await finance
      .getByTestId('settlement-certificate')
      .getByText(/JQ\d{10}/)
      .waitFor();
    await finance.context().close();

    // ── cs1: everything on the readiness list is done; approve.
    const cs2 = await signIn(browser, base, 'cs1');
    await cs2.goto(`${base}/cases/${caseNo}`);
    await cs2.getByTestId('readiness').getByText('可以批准').waitFor();
    await act(cs2, 'approve');
    await expect.poll(() => text(caseState(cs2))).toBe('已批准');
    const documents = cs2.getByTestId('documents');
    await documents.getByText('销户通知书', { exact: true }).waitFor();
    await documents.getByText('费用结清证明', { exact: true }).waitFor();
    expect(await cs2.locator('.ant-alert-error').count()).toBe(0);
    await quietScreenshot(cs2, 'case-approved');
    await cs2.context().close();
  });
});
