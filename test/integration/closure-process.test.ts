import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDriver, todayShanghai } from '../support/case-helpers.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let d: CaseDriver;
beforeAll(async () => {
  t = await createTestApp();
  d = new CaseDriver(t);
});
afterAll(() => t.close());

const intent = {
  contactMethod: 'phone',
  contactedAt: new Date().toISOString(),
  confirmed: true,
  note: '用户确认房屋已出售',
};
const messagesOf = async (caseNo: string) =>
  (
    (await t.handle.db.execute(
      sql`select template, recipient from outbox where entity_id = ${caseNo} order by created_at`,
    )) as unknown as {
      rows: { template: string; recipient: string }[];
    }
  ).rows.map((r) => r.template);

describe('R-02…R-11 residential happy path', () => {
  it('R-06 R-07 R-08 R-10 R-11 a counter application goes through the three reviews to approval', async () => {
    const accountNo = await d.newCustomer();
    const created = await d.apply(accountNo);
    expect(created.statusCode).toBe(201);
    const c0 = created.json();
    expect(c0).toMatchObject({
      state: 'submitted',
      version: 1,
      channel: 'counter',
      receivedAt: todayShanghai(),
    });
    expect(c0.caseNo).toMatch(/^XH\d{4}\d{6}$/);
    expect(c0.materials.map((m: { kind: string }) => m.kind)).toEqual([
      'application_form',
      'applicant_id',
      'gas_use_certificate',
    ]);
    expect(c0.deadlines).toEqual([
      expect.objectContaining({ kind: 'acceptance', startDate: todayShanghai(), status: 'open' }),
    ]);
    expect(c0.availableActions.map((a: { action: string }) => a.action)).toEqual([
      'preliminary-review',
      'withdraw',
      'open-dispute',
    ]);
    const caseNo = c0.caseNo;
    const account = await t.app.inject({
      method: 'GET',
      url: `/api/customers/${accountNo}`,
      headers: await d.as('clerk1'),
    });
    expect(account.json().status).toBe('closing');

    const csView = await d.get(caseNo, 'cs1');
    expect(csView.availableActions.map((a: { action: string }) => a.action)).toEqual([
      'withdraw',
      'open-dispute',
    ]);

    const accepted = await d.ok('clerk1', caseNo, 'preliminary-review', {
      result: 'accept',
      materials: d.allMaterials(['application_form', 'applicant_id', 'gas_use_certificate']),
    });
    expect(accepted).toMatchObject({
      state: 'under_review',
      tracks: { cs: { state: 'pending' }, safety: { state: 'pending' }, finance: { state: 'pending' } },
    });
    expect(accepted.deadlines.map((x: { kind: string; status: string }) => `${x.kind}:${x.status}`)).toEqual([
      'acceptance:met',
      'inspection:open',
    ]);
    const tasks = (await t.handle.db.execute(
      sql`select department, status from case_tasks t join closure_cases c on c.id = t.case_id where c.case_no = ${caseNo} order by t.id`,
    )) as unknown as { rows: { department: string; status: string }[] };
    expect(tasks.rows).toEqual([
      { department: 'clerk', status: 'done' },
      { department: 'cs', status: 'open' },
      { department: 'inspector', status: 'open' },
      { department: 'finance', status: 'open' },
    ]);

    const blocked = (await d.get(caseNo, 'cs1')).availableActions.find(
      (a: { action: string }) => a.action === 'approve',
    );
    expect(blocked).toMatchObject({ allowed: false, blockedBy: { code: 'ACTION_NOT_ALLOWED' } });

    await d.ok('cs1', caseNo, 'confirm-intent', intent);
    const inspected = await d.passInspection(caseNo);
    expect(inspected.tracks.safety.state).toBe('passed');
    expect(inspected.tracks.safety.inspections[0]).toMatchObject({
      round: 1,
      result: 'pass',
      inspector: 'inspector1',
    });
    const checked = await d.ok('finance1', caseNo, 'check-fees');
    expect(checked.tracks.finance).toMatchObject({ state: 'settled', outstanding: '0.00' });
    expect(checked.deadlines.find((x: { kind: string }) => x.kind === 'finance')).toMatchObject({
      status: 'open',
    });
    const cert = await d.ok('finance1', caseNo, 'issue-settlement-certificate');
    expect(cert.tracks.finance.state).toBe('certificate_issued');
    expect(cert.tracks.finance.settlementCertificateNo).toMatch(/^JQ\d{10}$/);
    expect(cert.readiness.every((l: { done: boolean }) => l.done)).toBe(true);

    const approved = await d.ok('cs1', caseNo, 'approve', { note: '三方审核均已完成' });
    expect(approved.state).toBe('approved');
    expect(approved.documents.map((x: { kind: string }) => x.kind)).toEqual([
      'settlement_certificate',
      'closure_notice',
    ]);
    expect(approved.deadlines.find((x: { kind: string }) => x.kind === 'removal')).toMatchObject({
      status: 'open',
      startDate: todayShanghai(),
    });
    expect(approved.timeline.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'preliminary-review',
      'confirm-intent',
      'schedule-inspection',
      'record-inspection',
      'check-fees',
      'issue-settlement-certificate',
      'approve',
    ]);
    expect(await messagesOf(caseNo)).toEqual([
      'case.received',
      'case.accepted',
      'case.inspection_scheduled',
      'case.approved',
    ]);

    const pdf = await t.app.inject({
      method: 'GET',
      url: approved.documents[1].url,
      headers: await d.as('cs1'),
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const audit = await t.app.inject({
      method: 'GET',
      url: `/api/audit-log?entity=case:${caseNo}&pageSize=50`,
      headers: await d.as('supervisor1'),
    });
    expect(audit.json().total).toBe(8);
  });
});

describe('R-05 preliminary review and the one-time notice', () => {
  it('R-05 accept is refused with MATERIALS_INCOMPLETE while a required item is missing', async () => {
    const caseNo = await d.open(await d.newCustomer());
    const res = await d.act('clerk1', caseNo, 'preliminary-review', {
      result: 'accept',
      materials: d.allMaterials(['application_form', 'applicant_id']),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'MATERIALS_INCOMPLETE',
      detail: expect.stringContaining('燃气使用证'),
    });
    expect((await d.get(caseNo)).version).toBe(1);
  });

  it('R-05 X2 incomplete issues one notice listing everything; a later notice may only repeat those items', async () => {
    const caseNo = await d.open(await d.newCustomer());
    const first = await d.ok('clerk1', caseNo, 'preliminary-review', {
      result: 'incomplete',
      materials: d.allMaterials(['application_form']),
      missing: [
        { kind: 'applicant_id', reason: '未提供申请人身份证原件' },
        { kind: 'gas_use_certificate', reason: '未携带燃气使用证' },
      ],
    });
    expect(first.state).toBe('awaiting_materials');
    expect(first.notices).toEqual([{ seq: 1, issuedOn: todayShanghai(), items: expect.any(Array) }]);
    expect(first.documents.map((x: { kind: string; paperNo: string }) => x.kind)).toEqual([
      'one_time_notice',
    ]);
    expect(first.deadlines.map((x: { kind: string; status: string }) => `${x.kind}:${x.status}`)).toEqual([
      'acceptance:met',
      'supplement:open',
    ]);
    expect(await messagesOf(caseNo)).toContain('case.materials_incomplete');

    await d.ok('clerk1', caseNo, 'supplement-materials', {
      supplied: ['applicant_id', 'gas_use_certificate'],
    });
    const violation = await d.act('clerk1', caseNo, 'preliminary-review', {
      result: 'incomplete',
      missing: [{ kind: 'application_form', reason: '签名不全' }],
    });
    expect(violation.statusCode).toBe(409);
    expect(violation.json().code).toBe('ONE_TIME_NOTICE_VIOLATION');

    const second = await d.ok('clerk1', caseNo, 'preliminary-review', {
      result: 'incomplete',
      missing: [{ kind: 'gas_use_certificate', reason: '使用证户名与账户不符' }],
    });
    expect(second.notices.map((n: { seq: number }) => n.seq)).toEqual([1, 2]);
    await d.ok('clerk1', caseNo, 'supplement-materials', { supplied: ['gas_use_certificate'] });
    const accepted = await d.ok('clerk1', caseNo, 'preliminary-review', { result: 'accept' });
    expect(accepted.state).toBe('under_review');
  });

  it('R-04 a mailed application counts acceptance from the day it arrived', async () => {
    const caseNo = await d.open(await d.newCustomer(), { channel: 'mail', receivedAt: '2026-09-30' });
    const c = await d.get(caseNo);
    expect(c.deadlines[0]).toMatchObject({
      kind: 'acceptance',
      startDate: '2026-09-30',
      dueDate: '2026-10-08',
      status: 'missed',
    });
  });

  it('R-02 an account with an open case or already closed is refused at once, with the reasons', async () => {
    const accountNo = await d.newCustomer();
    await d.open(accountNo);
    const again = await d.apply(accountNo);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'ACTION_NOT_ALLOWED',
      detail: expect.stringContaining('正在办理'),
    });
    const closed = await d.newCustomer();
    await t.handle.db.execute(
      sql`update accounts set status = 'closed', closed_on = '2026-01-05' where account_no = ${closed}`,
    );
    const refused = await d.apply(closed);
    expect(refused.json().detail).toContain('已于 2026-01-05 销户');
  });

  it('R-02 two applications for one account at the same moment: exactly one is taken', async () => {
    const accountNo = await d.newCustomer();
    const results = await Promise.all([d.apply(accountNo), d.apply(accountNo)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('SPEC §8 an applicant with an invalid ID is refused naming the field', async () => {
    const res = await d.apply(await d.newCustomer(), {
      applicant: {
        name: '张三',
        idType: 'resident_id',
        idNumber: '110105194912310021',
        phone: '13800138000',
      },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'INVALID_ID_NUMBER', errors: [{ path: 'applicant.idNumber' }] });
  });
});

describe('R-09 R-20 hazards', () => {
  it('R-09 a hazard blocks approval until a re-inspection passes; any number of rounds', async () => {
    const caseNo = await d.accepted(await d.newCustomer());
    await d.ok('cs1', caseNo, 'confirm-intent', intent);
    await d.ok('finance1', caseNo, 'check-fees');
    await d.ok('finance1', caseNo, 'issue-settlement-certificate');
    await d.ok('inspector1', caseNo, 'schedule-inspection', { scheduledFor: todayShanghai() });
    const badPass = await d.act('inspector1', caseNo, 'record-inspection', {
      items: [{ facility: 'connector', condition: 'leak', note: '连接管老化漏气' }],
      result: 'pass',
    });
    expect(badPass.statusCode).toBe(422);
    for (let round = 1; round <= 2; round++) {
      const hazard = await d.ok('inspector1', caseNo, 'record-inspection', {
        items: [{ facility: 'connector', condition: 'leak', note: '连接管老化漏气' }],
        result: 'hazard',
        hazards: [{ description: '燃气灶连接软管老化开裂', facility: 'connector' }],
      });
      expect(hazard.tracks.safety.state).toBe('hazard');
      expect(hazard.tracks.safety.inspections[round - 1].rectificationOrderNo).toMatch(/^ZG/);
      const refused = await d.act('cs1', caseNo, 'approve');
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('HAZARD_UNRESOLVED');
      await d.ok('cs1', caseNo, 'record-rectification', { note: '已更换不锈钢波纹管' });
      expect((await d.act('cs1', caseNo, 'approve')).json().code).toBe('HAZARD_UNRESOLVED');
      await d.ok('inspector1', caseNo, 'schedule-inspection', { scheduledFor: todayShanghai() });
    }
    const passed = await d.ok('inspector1', caseNo, 'record-inspection', {
      items: [{ facility: 'connector', condition: 'ok', note: '已更换' }],
      result: 'pass',
    });
    expect(passed.tracks.safety.inspections.map((i: { result: string }) => i.result)).toEqual([
      'hazard',
      'hazard',
      'pass',
    ]);
    expect(passed.documents.filter((x: { kind: string }) => x.kind === 'rectification_order')).toHaveLength(
      2,
    );
    expect((await d.ok('cs1', caseNo, 'approve')).state).toBe('approved');
  });
});

describe('R-10 R-19 R-22 fees', () => {
  it('R-19 arrears block approval; a payment and a new check clear them', async () => {
    const accountNo = await d.newCustomer();
    await d.charge(accountNo, '88.80');
    await d.charge(accountNo, '4.44', 'late_fee');
    const caseNo = await d.accepted(accountNo);
    await d.ok('cs1', caseNo, 'confirm-intent', intent);
    await d.passInspection(caseNo);
    const arrears = await d.ok('finance1', caseNo, 'check-fees');
    expect(arrears.tracks.finance).toMatchObject({ state: 'arrears', outstanding: '93.24' });
    expect(arrears.tracks.finance.checks[0].byKind).toEqual({ gas: '88.80', late_fee: '4.44' });
    expect(await messagesOf(caseNo)).toContain('case.arrears');
    const refused = await d.act('cs1', caseNo, 'approve');
    expect(refused.json()).toMatchObject({
      code: 'ARREARS_OUTSTANDING',
      detail: expect.stringContaining('¥93.24'),
    });
    expect((await d.act('finance1', caseNo, 'issue-settlement-certificate')).json().code).toBe(
      'ARREARS_OUTSTANDING',
    );
    await d.pay(accountNo, '93.24');
    expect((await d.ok('finance1', caseNo, 'check-fees')).tracks.finance.state).toBe('settled');
    await d.ok('finance1', caseNo, 'issue-settlement-certificate');
    expect((await d.ok('cs1', caseNo, 'approve')).state).toBe('approved');
  });

  it('R-10 a charge added after the check stops the certificate', async () => {
    const accountNo = await d.newCustomer();
    const caseNo = await d.accepted(accountNo);
    await d.ok('finance1', caseNo, 'check-fees');
    await d.charge(accountNo, '10.00');
    const res = await d.act('finance1', caseNo, 'issue-settlement-certificate');
    expect(res.json()).toMatchObject({
      code: 'ARREARS_OUTSTANDING',
      detail: expect.stringContaining('¥10.00'),
    });
  });

  it('R-22 an arrears plan with guarantee, approved by a manager and signed, lets the certificate issue', async () => {
    const accountNo = await d.newCustomer();
    await d.charge(accountNo, '3000.00');
    const caseNo = await d.accepted(accountNo);
    await d.ok('finance1', caseNo, 'check-fees');
    const plan = {
      installments: [
        { dueDate: '2027-01-31', amount: '1000.00' },
        { dueDate: '2027-02-28', amount: '1000.00' },
      ],
      guarantee: { type: 'bank_guarantee', description: '滨江银行保函 BG-2026-001', value: '5000.00' },
      reason: '经营困难，申请分期补缴',
    };
    const wrongTotal = await d.act('finance1', caseNo, 'propose-arrears-plan', plan);
    expect(wrongTotal.statusCode).toBe(422);
    expect(wrongTotal.json().errors[0].message).toContain('¥3,000.00');
    plan.installments.push({ dueDate: '2027-03-31', amount: '1000.00' });
    const proposed = await d.ok('finance1', caseNo, 'propose-arrears-plan', plan);
    expect(proposed.tracks.finance.plan).toMatchObject({ status: 'pending', total: '3000.00' });
    expect(
      (await d.act('finance1', caseNo, 'approve-arrears-plan', { decision: 'approve' })).statusCode,
    ).toBe(403);
    expect((await d.act('finance1', caseNo, 'issue-settlement-certificate')).json().code).toBe(
      'ARREARS_OUTSTANDING',
    );
    await d.ok('manager1', caseNo, 'approve-arrears-plan', { decision: 'approve', note: '保函有效，同意' });
    const signed = await d.ok('finance1', caseNo, 'sign-repayment-agreement', {
      agreementNo: 'BJ-2026-0042',
      signedAt: todayShanghai(),
      finalDueDate: '2027-03-31',
      defaultLiability: '逾期按日万分之五计收违约金，并由担保银行代偿',
    });
    expect(signed.tracks.finance.plan.status).toBe('signed');
    const cert = await d.ok('finance1', caseNo, 'issue-settlement-certificate');
    expect(cert.tracks.finance.state).toBe('certificate_issued');
    expect(cert.timeline.at(-1).summary).toContain('BJ-2026-0042');
  });
});

describe('R-21 disputes', () => {
  it('R-21 a dispute suspends the case, pauses deadlines, refuses other actions, and resumes where it stopped', async () => {
    const caseNo = await d.accepted(await d.newCustomer());
    const suspended = await d.ok('cs1', caseNo, 'open-dispute', {
      subject: 'fees',
      description: '用户对滞纳金计算有异议',
    });
    expect(suspended).toMatchObject({
      state: 'suspended',
      suspendedFrom: 'under_review',
      dispute: { subject: 'fees' },
    });
    expect(suspended.deadlines.find((x: { kind: string }) => x.kind === 'inspection').status).toBe('paused');
    const refused = await d.act('cs1', caseNo, 'confirm-intent', intent);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('DISPUTE_OPEN');
    expect((await d.act('clerk1', caseNo, 'withdraw', { reason: 'x' })).json().code).toBe('DISPUTE_OPEN');
    const resumed = await d.ok('manager1', caseNo, 'resolve-dispute', {
      resolution: 'negotiated',
      outcome: '核减滞纳金 20 元，用户同意',
    });
    expect(resumed).toMatchObject({ state: 'under_review', suspendedFrom: null, dispute: null });
    expect(resumed.deadlines.find((x: { kind: string }) => x.kind === 'inspection').status).toBe('open');
    expect(resumed.readiness.find((l: { key: string }) => l.key === 'dispute').done).toBe(true);
  });
});

describe('R-11 reject and withdraw', () => {
  it('R-11 a rejection states each reason with what the user can do, and frees the account', async () => {
    const accountNo = await d.newCustomer();
    const caseNo = await d.accepted(accountNo);
    const rejected = await d.ok('cs1', caseNo, 'reject', {
      reasons: [
        '申请人非户主且无授权委托书',
        { reason: '该户存在未结清的安装费争议', remedy: '请先到财务窗口核对安装费' },
      ],
    });
    expect(rejected.state).toBe('rejected');
    expect(rejected.rejectionReasons).toEqual([
      { reason: '申请人非户主且无授权委托书', remedy: expect.stringContaining('重新申请') },
      { reason: '该户存在未结清的安装费争议', remedy: '请先到财务窗口核对安装费' },
    ]);
    expect(rejected.documents.map((x: { kind: string }) => x.kind)).toContain('rejection_notice');
    expect(rejected.availableActions).toEqual([]);
    const account = await t.app.inject({
      method: 'GET',
      url: `/api/customers/${accountNo}`,
      headers: await d.as('cs1'),
    });
    expect(account.json().status).toBe('active');
  });

  it('R-02 the applicant may withdraw at any open state; the account becomes active again', async () => {
    const accountNo = await d.newCustomer();
    const caseNo = await d.accepted(accountNo);
    const withdrawn = await d.ok('clerk1', caseNo, 'withdraw', { reason: '用户决定继续用气' });
    expect(withdrawn.state).toBe('withdrawn');
    expect((await d.act('clerk1', caseNo, 'withdraw', { reason: '再次' })).json().code).toBe(
      'ACTION_NOT_ALLOWED',
    );
    const again = await d.apply(accountNo);
    expect(again.statusCode).toBe(201);
  });
});

describe('concurrency and versions', () => {
  it('two identical actions sent at once: exactly one succeeds, the other gets 409 VERSION_CONFLICT', async () => {
    const caseNo = await d.accepted(await d.newCustomer());
    const { version } = await d.get(caseNo);
    const send = async () =>
      t.app.inject({
        method: 'POST',
        url: `/api/cases/${caseNo}/actions/confirm-intent`,
        headers: await d.as('cs1'),
        payload: { expectedVersion: version, ...intent },
      });
    const results = await Promise.all([send(), send()]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().code).toBe('VERSION_CONFLICT');
    const contacts = (await d.get(caseNo)).tracks.cs.contacts;
    expect(contacts).toHaveLength(1);
  });

  it('a stale version is refused and nothing is written', async () => {
    const caseNo = await d.accepted(await d.newCustomer());
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseNo}/actions/confirm-intent`,
      headers: await d.as('cs1'),
      payload: { expectedVersion: 1, ...intent },
    });
    expect(res.statusCode).toBe(409);
    expect((await d.get(caseNo)).tracks.cs.contacts).toEqual([]);
  });
});
