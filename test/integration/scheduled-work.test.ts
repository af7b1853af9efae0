import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/rows.js';
import { watchArrearsPlans } from '../../src/server/scheduler/arrears-plans.js';
import { sendDeadlineAlerts } from '../../src/server/scheduler/deadline-alerts.js';
import { JOBS, runJob } from '../../src/server/scheduler/scheduler.js';
import { loadRules } from '../../src/server/settings/rules.js';
import { CaseDriver, todayShanghai } from '../support/case-helpers.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let d: CaseDriver;
beforeAll(async () => {
  t = await createTestApp();
  d = new CaseDriver(t);
});
afterAll(() => t.close());

const notes = (who: string, caseNo: string) =>
  queryRows<{ kind: string }>(
    t.handle.db,
    sql`select kind from staff_notifications where recipient = ${who} and link = ${`/cases/${caseNo}`} order by kind`,
  );

describe('X10 deadline warnings and escalation', () => {
  it('X10 a missed acceptance deadline tells the outlet’s clerks, then escalates to the managers — once, even run twice at once', async () => {
    const caseNo = await d.open(await d.newCustomer(), { channel: 'mail', receivedAt: '2026-11-02' });
    const rules = await loadRules(t.handle.db);
    await Promise.all([sendDeadlineAlerts(t.handle.db, rules), sendDeadlineAlerts(t.handle.db, rules)]);
    await sendDeadlineAlerts(t.handle.db, rules);
    expect(await notes('clerk1', caseNo)).toEqual([{ kind: 'deadline_missed' }]);
    expect(await notes('clerk2', caseNo)).toEqual([]);
    expect(await notes('manager1', caseNo)).toEqual([{ kind: 'deadline_escalated' }]);
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/notifications/mine?unread=true',
      headers: await d.as('clerk1'),
    });
    const item = mine.json().items.find((n: { link: string }) => n.link === `/cases/${caseNo}`);
    expect(item.title).toContain('已于 2026-11-03 逾期');
    const read = await t.app.inject({
      method: 'POST',
      url: `/api/notifications/mine/${item.id}/read`,
      headers: await d.as('clerk1'),
    });
    expect(read.statusCode).toBe(204);
  });

  it('X10 a deadline due within P-WARN working days gets a warning, not an escalation', async () => {
    const caseNo = await d.open(await d.newCustomer());
    await sendDeadlineAlerts(t.handle.db, await loadRules(t.handle.db));
    expect(await notes('clerk1', caseNo)).toEqual([{ kind: 'deadline_warning' }]);
    expect(await notes('manager1', caseNo)).toEqual([]);
  });

  it('X10 the scheduler runs every job under a lock', async () => {
    for (const job of JOBS) expect(await runJob(t.handle.db, job), job.name).toBe(true);
  });
});

describe('R-22 arrears plans after closure', () => {
  async function signedPlan() {
    const accountNo = await d.newCustomer();
    await d.charge(accountNo, '300.00');
    const caseNo = await d.accepted(accountNo);
    await d.ok('finance1', caseNo, 'check-fees');
    await d.ok('finance1', caseNo, 'propose-arrears-plan', {
      installments: [
        { dueDate: '2027-01-31', amount: '100.00' },
        { dueDate: '2027-02-28', amount: '200.00' },
      ],
      guarantee: { type: 'other_asset', description: '商铺租金收益权质押', value: '1000.00' },
      reason: '家庭困难',
    });
    await d.ok('manager1', caseNo, 'approve-arrears-plan', { decision: 'approve' });
    await d.ok('finance1', caseNo, 'sign-repayment-agreement', {
      agreementNo: `BJ-${caseNo}`,
      signedAt: todayShanghai(),
      finalDueDate: '2027-02-28',
      defaultLiability: '逾期按协议计收违约金',
    });
    return { accountNo, caseNo };
  }

  it('R-22 a missed installment marks the plan broken and tells finance and the managers', async () => {
    const { accountNo, caseNo } = await signedPlan();
    await d.pay(accountNo, '60.00');
    expect(await watchArrearsPlans(t.handle.db, new Date('2027-01-15T00:00:00Z'))).toMatchObject({
      broken: 0,
    });
    const result = await watchArrearsPlans(t.handle.db, new Date('2027-02-05T00:00:00Z'));
    expect(result.broken).toBe(1);
    const c = await d.get(caseNo, 'finance1');
    expect(c.tracks.finance.plan.status).toBe('broken');
    const customer = (
      await t.app.inject({
        method: 'GET',
        url: `/api/customers/${accountNo}`,
        headers: await d.as('finance1'),
      })
    ).json();
    expect(customer.arrearsPlans).toEqual([
      expect.objectContaining({ caseNo, status: 'broken', brokenInstallment: 1, total: '300.00' }),
    ]);
    expect((await notes('finance1', caseNo)).map((n) => n.kind)).toEqual(['plan_broken']);
    expect((await notes('manager1', caseNo)).map((n) => n.kind)).toEqual(['plan_broken']);
    expect((await watchArrearsPlans(t.handle.db, new Date('2027-03-05T00:00:00Z'))).broken).toBe(0);
  });

  it('R-22 installments paid on time complete the plan', async () => {
    const { accountNo, caseNo } = await signedPlan();
    await d.pay(accountNo, '300.00');
    expect((await watchArrearsPlans(t.handle.db, new Date('2027-03-05T00:00:00Z'))).completed).toBe(1);
    expect((await d.get(caseNo, 'finance1')).tracks.finance.plan.status).toBe('completed');
  });
});
