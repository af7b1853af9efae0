import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/rows.js';
import { CaseDriver, todayShanghai } from '../support/case-helpers.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let d: CaseDriver;
const month = todayShanghai().slice(0, 7);
const now = () => new Date().toISOString();

async function close(caseNo: string, meter: string) {
  await d.ok('cs1', caseNo, 'choose-removal', { mode: 'self' });
  await d.ok('inspector1', caseNo, 'record-removal', {
    removedItems: [{ facility: 'meter', serialNo: meter }],
    removedAt: now(),
    removedBy: 'customer',
  });
  await d.ok('inspector1', caseNo, 'record-sealing', {
    sealedAt: now(),
    method: 'plug',
    permanent: true,
    materialStandard: '丝堵',
  });
  await d.ok('clerk1', caseNo, 'finalize', {
    identityVerified: true,
    identityDocument: 'resident_id',
    collected: ['gas_use_certificate'],
  });
}

beforeAll(async () => {
  t = await createTestApp();
  d = new CaseDriver(t);
  // A hand-made month: case A passes its first inspection; case B has a hazard, then passes.
  const a = await d.approved();
  const accountB = await d.newCustomer();
  const meterB = (
    await t.app.inject({ method: 'GET', url: `/api/customers/${accountB}`, headers: await d.as('clerk1') })
  ).json().facilities[0].serialNo;
  const b = await d.accepted(accountB);
  await d.ok('cs1', b, 'confirm-intent', { contactMethod: 'phone', contactedAt: now(), confirmed: true });
  await d.ok('inspector1', b, 'schedule-inspection', { scheduledFor: todayShanghai() });
  await d.ok('inspector1', b, 'record-inspection', {
    items: [{ facility: 'valve', condition: 'leak', note: '' }],
    result: 'hazard',
    hazards: [{ description: '阀门漏气' }],
  });
  await d.ok('cs1', b, 'record-rectification', { note: '已更换阀门' });
  await d.passInspection(b);
  await d.ok('finance1', b, 'check-fees');
  await d.ok('finance1', b, 'issue-settlement-certificate');
  await d.ok('cs1', b, 'approve');
  await close(a.caseNo, a.meter);
  await close(b, meterB);
  await d.ok('cs1', a.caseNo, 'record-follow-up', {
    method: 'phone',
    rating: 5,
    satisfied: true,
    facilityDisposal: '回收',
  });
  await d.ok('cs1', b, 'record-follow-up', {
    method: 'phone',
    rating: 2,
    satisfied: false,
    facilityDisposal: '回收',
  });
});
afterAll(() => t.close());

const report = async (groupBy: string) =>
  (
    await t.app.inject({
      method: 'GET',
      url: `/api/kpis?month=${month}&groupBy=${groupBy}`,
      headers: await d.as('manager1'),
    })
  ).json();

describe('R-25 monthly KPIs from recorded events', () => {
  it('R-25 each KPI of the hand-made month has the value worked out by hand', async () => {
    const company = (await report('company')).rows[0].values;
    expect(company.inspection_pass).toEqual({ num: 2, den: 3, value: 2 / 3 });
    expect(company.inspection_first_pass).toEqual({ num: 1, den: 2, value: 0.5 });
    expect(company.satisfaction_mean).toEqual({ num: 7, den: 2, value: 3.5 });
    expect(company.satisfaction_top2).toEqual({ num: 1, den: 2, value: 0.5 });
    expect(company.closures.value).toBe(2);
    expect(company.closure_cycle_median.value).toBe(0);
    expect(company.acceptance_timeliness).toEqual({ num: 2, den: 2, value: 1 });
    expect(company.one_time_notice).toEqual({ num: 2, den: 2, value: 1 });
    expect(company.review_accuracy).toEqual({ num: 2, den: 2, value: 1 });
    expect(company.ontime_removal).toEqual({ num: 2, den: 2, value: 1 });
    expect(company.ontime_rectification).toEqual({ num: 1, den: 1, value: 1 });
  });

  it('R-25 by staff and by outlet: the inspector and the outlet carry their own figures', async () => {
    const staff = (await report('staff')).rows;
    const inspector = staff.find((r: { key: string }) => r.key === 'inspector1');
    expect(inspector.label).toBe('李强（inspector1）');
    expect(inspector.values.inspection_pass.value).toBeCloseTo(2 / 3);
    const outlets = (await report('outlet')).rows;
    expect(outlets.map((r: { label: string }) => r.label)).toContain('城东营业厅');
  });

  it('R-25 the rollup equals a full recomputation over the raw events', async () => {
    const [raw] = await queryRows<{ inspections: number; passed: number; closures: number; ratings: number }>(
      t.handle.db,
      sql`select
        (select count(*) from case_events where action = 'record-inspection') as inspections,
        (select count(*) from case_events where action = 'record-inspection' and outcome = 'pass') as passed,
        (select count(*) from case_events where action = 'finalize') as closures,
        (select coalesce(sum(rating), 0) from follow_ups) as ratings`,
    );
    const company = (await report('company')).rows[0].values;
    expect(company.inspection_pass.den).toBe(Number(raw?.inspections));
    expect(company.inspection_pass.num).toBe(Number(raw?.passed));
    expect(company.closures.num).toBe(Number(raw?.closures));
    expect(company.satisfaction_mean.num).toBe(Number(raw?.ratings));
  });

  it('R-25 drill-down lists the cases behind a figure', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/kpis/cases?month=${month}&metric=closures`,
      headers: await d.as('manager1'),
    });
    expect(res.json().total).toBe(2);
  });

  it('R-25 the Excel download opens with the expected sheet and Chinese headers; the CSV has a BOM', async () => {
    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/kpis/export?month=${month}&groupBy=outlet&format=xlsx`,
      headers: await d.as('manager1'),
    });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet(`考核指标 ${month}`);
    expect(sheet).toBeDefined();
    const headers = ((sheet?.getRow(1).values ?? []) as unknown[]).filter(Boolean);
    expect(headers.slice(0, 4)).toEqual(['营业网点', '受理及时率', '审核准确率', '安全检查合格率']);
    expect(book.getWorksheet('指标说明')).toBeDefined();
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/kpis/export?month=${month}&groupBy=company&format=csv`,
      headers: await d.as('manager1'),
    });
    expect(csv.body.startsWith('\ufeff全公司,受理及时率')).toBe(true);
    expect(csv.body).toContain('66.7%');
  });

  it('R-23 R-25 a finding "review decided wrongly" lowers review accuracy for the month of the decision', async () => {
    const [decided] = await queryRows<{ id: string }>(
      t.handle.db,
      sql`select c.id from closure_cases c join case_events e on e.case_id = c.id where e.action = 'approve' order by e.id limit 1`,
    );
    const [audit] = await queryRows<{ id: string }>(
      t.handle.db,
      sql`insert into supervision_audits (case_id, reason, status, added_by) values (${decided?.id}, 'manual', 'completed', 'supervisor1') returning id`,
    );
    await t.handle.db.execute(
      sql`insert into audit_findings (audit_id, case_id, stage, check_key, staff_username, severity, description, review_decided_wrongly)
          values (${audit?.id}, ${decided?.id}, 'review', 'contact_log', 'cs1', 'major', '未核实申请人身份即批准', true)`,
    );
    const company = (await report('company')).rows[0].values;
    expect(company.review_accuracy).toEqual({ num: 1, den: 2, value: 0.5 });
    const cs1 = (await report('staff')).rows.find((r: { key: string }) => r.key === 'cs1');
    expect(cs1.values.review_accuracy.value).toBe(0.5);
  });

  it('R-24 R-25 complaints received and answered, with the median days to answer', async () => {
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/public/complaints',
      payload: { contact: '13900007777', subject: 'service_quality', text: '营业厅排队时间过长' },
    });
    expect(filed.statusCode).toBe(201);
    const supervisor = await d.as('supervisor1');
    const detail = (
      await t.app.inject({
        method: 'GET',
        url: `/api/complaints/${filed.json().trackingNo}`,
        headers: supervisor,
      })
    ).json();
    const answered = await t.app.inject({
      method: 'POST',
      url: `/api/complaints/${filed.json().trackingNo}/answer`,
      headers: supervisor,
      payload: { expectedVersion: detail.version, answer: '已增开窗口并致歉' },
    });
    expect(answered.statusCode).toBe(200);
    const company = (await report('company')).rows[0].values;
    expect(company.complaints_received.value).toBe(1);
    expect(company.complaints_answered.value).toBe(1);
    expect(company.complaint_answer_days_median.value).toBe(0);
  });

  it('R-25 the trend covers the requested months, and a clerk may not read KPIs', async () => {
    const trend = await t.app.inject({
      method: 'GET',
      url: `/api/kpis/trend?to=${month}&months=13`,
      headers: await d.as('supervisor1'),
    });
    expect(trend.json().months).toHaveLength(13);
    expect(trend.json().months.at(-1).values.closures.value).toBe(2);
    const clerk = await t.app.inject({
      method: 'GET',
      url: `/api/kpis?month=${month}`,
      headers: await d.as('clerk1'),
    });
    expect(clerk.statusCode).toBe(403);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/kpis?month=2026-13',
      headers: await d.as('manager1'),
    });
    expect(bad.statusCode).toBe(422);
  });
});
