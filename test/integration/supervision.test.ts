import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawSample } from '../../src/domain/supervision/sample.js';
import { queryRows } from '../../src/server/db/rows.js';
import { drawMonthlySample } from '../../src/server/supervision/sampling.service.js';
import { CaseDriver } from '../support/case-helpers.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let d: CaseDriver;
beforeAll(async () => {
  t = await createTestApp();
  d = new CaseDriver(t);
});
afterAll(() => t.close());

async function call(user: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) {
  return t.app.inject({
    method,
    url,
    headers: await d.as(user),
    payload: payload as Record<string, unknown>,
  });
}

/**
 * Closed cases for sampling: copies of a real case of the outlet, marked closed at the given
 * instants (the closing step itself is not what these tests prove).
 */
async function closedCases(outlet: 'B01' | 'B02', prefix: string, closedAt: string[]) {
  const accountNo = await d.newCustomer('residential', outlet);
  const res = await d.apply(accountNo, {}, outlet === 'B01' ? 'clerk1' : 'clerk2');
  if (res.statusCode !== 201) throw new Error(`apply: ${res.statusCode} ${res.body}`);
  const template = res.json().caseNo as string;
  for (const [i, at] of closedAt.entries()) {
    await t.handle.db.execute(sql`
      insert into closure_cases (case_no, account_id, branch_id, customer_type, channel, received_on, reason,
                                 applicant, state, closed_at)
      select ${`${prefix}${String(i).padStart(4, '0')}`}, account_id, branch_id, customer_type, channel,
             received_on, reason, applicant, 'closed', ${at}::timestamptz
        from closure_cases where case_no = ${template}`);
  }
}

const october = (n: number, day0 = 5) =>
  Array.from({ length: n }, (_, i) => {
    const day = String(day0 + (i % 20)).padStart(2, '0');
    const hour = String(8 + (i % 10)).padStart(2, '0');
    return `2026-10-${day}T${hour}:00:00+08:00`;
  });

const ALL_OK = [
  'materials_review',
  'one_time_notice_rule',
  'contact_log',
  'inspection_record_complete',
  'settlement_certificate',
  'removal',
  'sealing_pressure_test',
  'closure_certificate',
].map((key) => ({ key, ok: true, note: '' }));

describe('R-23 supervision group', () => {
  it('R-23 an admin names managers, customer service and inspectors; other roles are refused', async () => {
    const added = await call('admin1', 'POST', '/api/supervision/group', { username: 'cs1' });
    expect(added.statusCode).toBe(201);
    expect(added.json().members).toEqual([
      expect.objectContaining({
        username: 'cs1',
        role: 'cs',
        branch: { code: 'B01', name: expect.any(String) },
        addedBy: 'admin1',
      }),
    ]);
    expect(
      (await call('admin1', 'POST', '/api/supervision/group', { username: 'inspector1' })).statusCode,
    ).toBe(201);
    expect(
      (await call('admin1', 'POST', '/api/supervision/group', { username: 'manager1' })).statusCode,
    ).toBe(201);

    const clerk = await call('admin1', 'POST', '/api/supervision/group', { username: 'clerk1' });
    expect(clerk.statusCode).toBe(422);
    expect(clerk.json().errors).toEqual([expect.objectContaining({ path: 'username' })]);
    expect((await call('admin1', 'POST', '/api/supervision/group', { username: 'nobody' })).statusCode).toBe(
      422,
    );
    expect((await call('admin1', 'POST', '/api/supervision/group', { username: 'cs1' })).json().code).toBe(
      'CONFLICT',
    );
    expect((await call('admin1', 'POST', '/api/supervision/group', {})).statusCode).toBe(422);

    const removed = await call('admin1', 'DELETE', '/api/supervision/group/inspector1');
    expect(removed.json().members.map((m: { username: string }) => m.username)).toEqual(['cs1', 'manager1']);
    expect((await call('admin1', 'DELETE', '/api/supervision/group/inspector1')).statusCode).toBe(404);
    expect(
      (await call('supervisor1', 'POST', '/api/supervision/group', { username: 'cs2' })).statusCode,
    ).toBe(403);
    expect((await call('cs1', 'GET', '/api/supervision/group')).statusCode).toBe(403);
  });
});

describe('R-23 monthly audit sample', () => {
  it('R-23 draws ceil(P-AUDIT × closed cases) with one per outlet, reproducible from the recorded seed, once', async () => {
    // 45 + 2 closed in October (Asia/Shanghai), plus one each side of the month's edges.
    await closedCases('B01', 'OCT1', [...october(44), '2026-10-01T00:10:00+08:00']);
    await closedCases('B02', 'OCT2', october(2, 20));
    await closedCases('B01', 'EDGE', ['2026-09-30T23:50:00+08:00', '2026-11-01T00:05:00+08:00']);

    const res = await call('supervisor1', 'POST', '/api/supervision/samples', { month: '2026-10' });
    expect(res.statusCode).toBe(201);
    const sample = res.json();
    expect(sample).toMatchObject({
      month: '2026-10',
      sharePercent: 5,
      population: 47,
      drawnBy: 'supervisor1',
    });
    expect(sample.seed).toEqual(expect.any(String));
    expect(sample.audits).toHaveLength(3);
    expect(
      sample.audits.every(
        (a: { reason: string; status: string }) => a.reason === 'random' && a.status === 'open',
      ),
    ).toBe(true);
    expect(new Set(sample.audits.map((a: { outlet: { code: string } }) => a.outlet.code))).toEqual(
      new Set(['B01', 'B02']),
    );

    const population = await queryRows<{ case_no: string; branch_id: string }>(
      t.handle.db,
      sql`select case_no, branch_id from closure_cases
           where closed_at >= '2026-10-01T00:00:00+08:00' and closed_at < '2026-11-01T00:00:00+08:00'`,
    );
    expect(population).toHaveLength(47);
    const redrawn = drawSample(
      population.map((c) => ({ key: c.case_no, outlet: c.branch_id })),
      500,
      sample.seed,
    );
    expect(sample.audits.map((a: { caseNo: string }) => a.caseNo).sort()).toEqual(
      redrawn.map((c) => c.key).sort(),
    );

    const again = await call('manager1', 'POST', '/api/supervision/samples', {
      month: '2026-10',
      seed: 'another',
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(sample);
    expect((await call('manager1', 'GET', '/api/supervision/samples/2026-10')).json()).toEqual(sample);
  });

  it('R-23 the scheduler draws with no actor; a month with one closure samples that one', async () => {
    const { created, sample } = await drawMonthlySample(t.handle.db, '2026-09', null, 'fixed-seed');
    expect(created).toBe(true);
    expect(sample).toMatchObject({ month: '2026-09', seed: 'fixed-seed', population: 1, drawnBy: 'system' });
    expect(sample.audits.map((a) => a.caseNo)).toEqual(['EDGE0000']);
    const empty = await drawMonthlySample(t.handle.db, '2026-08', null);
    expect(empty.sample).toMatchObject({ population: 0, audits: [] });
    const racing = await Promise.all([
      drawMonthlySample(t.handle.db, '2026-07', null, 'first'),
      drawMonthlySample(t.handle.db, '2026-07', null, 'second'),
    ]);
    expect(racing.map((r) => r.created).sort()).toEqual([false, true]);
    expect(racing[0].sample.seed).toBe(racing[1].sample.seed);
  });

  it('R-23 only a month that is over can be drawn; a malformed month is 422', async () => {
    const current = await call('supervisor1', 'POST', '/api/supervision/samples', { month: '2026-12' });
    expect(current.statusCode).toBe(409);
    expect(current.json().code).toBe('ACTION_NOT_ALLOWED');
    const bad = await call('supervisor1', 'POST', '/api/supervision/samples', { month: '2026-13' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'month' })]);
    expect((await call('supervisor1', 'GET', '/api/supervision/samples/2025-01')).statusCode).toBe(404);
  });

  it('R-23 a case is added to a drawn month by hand, once', async () => {
    const added = await call('supervisor1', 'POST', '/api/supervision/samples/2026-10/cases', {
      caseNo: 'edge0001',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().audits).toHaveLength(4);
    expect(added.json().audits).toContainEqual(
      expect.objectContaining({ caseNo: 'EDGE0001', reason: 'manual' }),
    );
    const twice = await call('supervisor1', 'POST', '/api/supervision/samples/2026-10/cases', {
      caseNo: 'EDGE0001',
    });
    expect(twice.json().code).toBe('CONFLICT');
    const unknown = await call('supervisor1', 'POST', '/api/supervision/samples/2026-10/cases', {
      caseNo: 'XH0000000000',
    });
    expect(unknown.statusCode).toBe(422);
    const undrawn = await call('supervisor1', 'POST', '/api/supervision/samples/2025-01/cases', {
      caseNo: 'EDGE0001',
    });
    expect(undrawn.json().code).toBe('ACTION_NOT_ALLOWED');
  });

  it('R-23 roles: customer service cannot draw; inspectors cannot read audits', async () => {
    expect((await call('cs1', 'POST', '/api/supervision/samples', { month: '2026-07' })).statusCode).toBe(
      403,
    );
    expect((await call('inspector1', 'GET', '/api/supervision/audits')).statusCode).toBe(403);
    expect((await call('admin1', 'GET', '/api/supervision/samples/2026-10')).statusCode).toBe(403);
  });
});

describe('R-23 audits and corrective tasks', () => {
  let caseNo: string;
  let auditId: string;

  it('R-23 the audit form shows, for each check, what the case records say', async () => {
    const accountNo = await d.newCustomer();
    caseNo = await d.accepted(accountNo);
    await d.ok('cs1', caseNo, 'confirm-intent', {
      contactMethod: 'phone',
      contactedAt: new Date().toISOString(),
      confirmed: true,
      note: '用户确认房屋已出售',
    });
    await d.passInspection(caseNo);
    await d.ok('finance1', caseNo, 'check-fees');
    await d.ok('finance1', caseNo, 'issue-settlement-certificate');
    await t.handle.db.execute(
      sql`update closure_cases set state = 'closed', closed_at = '2026-10-30T10:00:00+08:00' where case_no = ${caseNo}`,
    );
    const added = await call('manager1', 'POST', '/api/supervision/samples/2026-10/cases', { caseNo });
    auditId = added.json().audits.find((a: { caseNo: string }) => a.caseNo === caseNo).id;

    const listed = await call('supervisor1', 'GET', '/api/supervision/audits?status=open&month=2026-10');
    expect(listed.json().items.map((a: { id: string }) => a.id)).toContain(auditId);

    const res = await call('supervisor1', 'GET', `/api/supervision/audits/${auditId}`);
    expect(res.statusCode).toBe(200);
    const audit = res.json();
    expect(audit).toMatchObject({
      caseNo,
      reason: 'manual',
      status: 'open',
      case: { caseNo, state: 'closed' },
    });
    const check = (key: string) => audit.checks.find((c: { key: string }) => c.key === key);
    expect(audit.checks.map((c: { key: string }) => c.key)).toEqual(ALL_OK.map((c) => c.key));
    expect(check('materials_review')).toMatchObject({
      stage: 'acceptance',
      evidence: { present: true, staff: ['clerk1'] },
    });
    expect(check('one_time_notice_rule').evidence.facts[0]).toEqual({
      label: '一次性告知书份数',
      value: '0',
    });
    expect(check('contact_log')).toMatchObject({
      stage: 'review',
      department: 'cs',
      evidence: {
        present: true,
        staff: ['cs1'],
        facts: expect.arrayContaining([{ label: '联系记录条数', value: '1' }]),
      },
    });
    const inspection = check('inspection_record_complete').evidence;
    expect(inspection).toMatchObject({ present: true, staff: ['inspector1'] });
    expect(inspection.facts[1].value).toContain('检查项 4 项');
    expect(inspection.facts[1].value).toContain('均已检查');
    const settlement = check('settlement_certificate').evidence;
    expect(settlement.present).toBe(true);
    expect(settlement.facts.map((f: { value: string }) => f.value).join()).toMatch(/JQ\d{10}/);
    expect(check('removal').evidence).toMatchObject({ present: false, staff: [] });
    expect(check('closure_certificate').evidence.present).toBe(false);
    expect(audit.checks.every((c: { result: unknown }) => c.result === null)).toBe(true);
  });

  it('R-23 a bad audit form is refused with the field named', async () => {
    const complete = (body: unknown) =>
      call('supervisor1', 'POST', `/api/supervision/audits/${auditId}/complete`, body);
    const missing = await complete({ checks: ALL_OK.slice(1) });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors).toEqual([expect.objectContaining({ path: 'checks' })]);
    const failedWithoutFinding = await complete({
      checks: ALL_OK.map((c) => (c.key === 'contact_log' ? { ...c, ok: false } : c)),
    });
    expect(failedWithoutFinding.json().errors).toEqual([
      { path: 'checks.2.ok', message: expect.any(String) },
    ]);
    const wrongStage = await complete({
      checks: ALL_OK,
      findings: [
        { stage: 'acceptance', checkKey: 'contact_log', severity: 'minor', description: '记录不全' },
      ],
    });
    expect(wrongStage.json().errors).toEqual([expect.objectContaining({ path: 'findings.0.checkKey' })]);
    const unknownStaff = await complete({
      checks: ALL_OK,
      findings: [
        {
          stage: 'review',
          checkKey: 'contact_log',
          staffUsername: 'ghost',
          severity: 'minor',
          description: '记录不全',
        },
      ],
    });
    expect(unknownStaff.json().errors).toEqual([
      expect.objectContaining({ path: 'findings.0.staffUsername' }),
    ]);
    const unknownKey = await complete({ checks: [{ key: 'vibes', ok: true }] });
    expect(unknownKey.statusCode).toBe(422);
    const notMine = await call('clerk1', 'POST', `/api/supervision/audits/${auditId}/complete`, {
      checks: ALL_OK,
    });
    expect(notMine.statusCode).toBe(403);
    expect((await call('supervisor1', 'GET', '/api/supervision/audits/not-a-uuid')).statusCode).toBe(422);
    expect(
      (await call('supervisor1', 'GET', '/api/supervision/audits/00000000-0000-4000-8000-000000000000'))
        .statusCode,
    ).toBe(404);
    const [open] = await queryRows<{ status: string; n: number | string }>(
      t.handle.db,
      sql`select a.status, (select count(*) from staff_tasks) as n from supervision_audits a where a.id = ${auditId}`,
    );
    expect(open).toMatchObject({ status: 'open' });
    expect(Number(open?.n)).toBe(0);
  });

  it('R-23 R-25 completing records findings with the case and staff, and opens corrective tasks tracked to done', async () => {
    const res = await call('supervisor1', 'POST', `/api/supervision/audits/${auditId}/complete`, {
      checks: ALL_OK.map((c) =>
        c.key === 'contact_log' ? { key: c.key, ok: false, note: '未记录联系内容' } : c,
      ),
      findings: [
        {
          stage: 'review',
          checkKey: 'contact_log',
          staffUsername: 'cs1',
          severity: 'major',
          description: '电话确认意愿未留存通话要点，审核结论依据不足',
          reviewDecidedWrongly: true,
        },
        {
          stage: 'review',
          checkKey: 'settlement_certificate',
          severity: 'minor',
          description: '结清证明未加盖骑缝章',
        },
      ],
    });
    expect(res.statusCode).toBe(200);
    const audit = res.json();
    expect(audit).toMatchObject({
      status: 'completed',
      auditor: 'supervisor1',
      completedAt: expect.any(String),
    });
    expect(audit.checks.find((c: { key: string }) => c.key === 'contact_log').result).toEqual({
      ok: false,
      note: '未记录联系内容',
    });
    expect(audit.findings).toEqual([
      expect.objectContaining({
        checkKey: 'contact_log',
        staffUsername: 'cs1',
        reviewDecidedWrongly: true,
        taskStatus: 'open',
      }),
      expect.objectContaining({
        checkKey: 'settlement_certificate',
        staffUsername: null,
        reviewDecidedWrongly: false,
      }),
    ]);
    const [stored] = await queryRows<{
      case_no: string;
      staff_username: string;
      review_decided_wrongly: boolean;
    }>(
      t.handle.db,
      sql`select c.case_no, f.staff_username, f.review_decided_wrongly
            from audit_findings f join closure_cases c on c.id = f.case_id where f.check_key = 'contact_log'`,
    );
    expect(stored).toEqual({ case_no: caseNo, staff_username: 'cs1', review_decided_wrongly: true });

    const tasksOf = async (user: string) =>
      (await call(user, 'GET', '/api/tasks?kind=corrective&status=open')).json().items as Array<{
        id: string;
        department: string;
        assignee: string | null;
        branch: { code: string } | null;
        source: { type: string; id: string };
      }>;
    const [mine] = await tasksOf('cs1');
    expect(mine).toMatchObject({
      department: 'cs',
      assignee: 'cs1',
      branch: { code: 'B01' },
      source: { type: 'audit_finding', id: audit.findings[0].id },
    });
    expect((await tasksOf('finance1')).map((x) => x.department)).toEqual(['finance']);
    expect(await tasksOf('cs2')).toEqual([]);
    expect(await tasksOf('clerk1')).toEqual([]);
    expect(await tasksOf('manager1')).toHaveLength(2);

    const id = mine?.id ?? '';
    expect((await call('cs2', 'POST', `/api/tasks/${id}/done`, { note: '已整改' })).statusCode).toBe(403);
    expect((await call('finance1', 'POST', `/api/tasks/${id}/done`, { note: '已整改' })).statusCode).toBe(
      403,
    );
    expect((await call('cs1', 'POST', `/api/tasks/${id}/done`, { note: '' })).statusCode).toBe(422);
    const done = await call('cs1', 'POST', `/api/tasks/${id}/done`, {
      note: '已补录通话要点，组内学习联系记录规范',
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'done',
      doneBy: 'cs1',
      doneNote: '已补录通话要点，组内学习联系记录规范',
    });
    expect((await call('cs1', 'POST', `/api/tasks/${id}/done`, { note: '再次办结' })).json().code).toBe(
      'ACTION_NOT_ALLOWED',
    );
    expect(await tasksOf('cs1')).toEqual([]);
    expect((await call('cs1', 'GET', '/api/tasks?status=done')).json().items).toHaveLength(1);
    expect(
      (await call('supervisor1', 'GET', `/api/supervision/audits/${auditId}`)).json().findings[0].taskStatus,
    ).toBe('done');

    const again = await call('supervisor1', 'POST', `/api/supervision/audits/${auditId}/complete`, {
      checks: ALL_OK,
    });
    expect(again.json().code).toBe('ACTION_NOT_ALLOWED');
    expect(
      (
        await call('supervisor1', 'POST', '/api/tasks/00000000-0000-4000-8000-000000000000/done', {
          note: '无此任务',
        })
      ).statusCode,
    ).toBe(404);
  });
});
