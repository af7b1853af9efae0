import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, type LocalDate } from '../../src/domain/calendar/local-date.js';
import { verifyAuditChains } from '../../src/server/audit/audit.service.js';
import { loadCalendar } from '../../src/server/calendar/calendar.service.js';
import { escalateOverdueComplaints } from '../../src/server/complaints/escalation.js';
import { hasLegalHold } from '../../src/server/complaints/legal-hold.js';
import { queryRows } from '../../src/server/db/rows.js';
import { CaseDriver, todayShanghai } from '../support/case-helpers.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let d: CaseDriver;
beforeAll(async () => {
  t = await createTestApp();
  d = new CaseDriver(t);
});
afterAll(() => t.close());

let ipSeq = 0;
/** Every public filing from its own address, so the per-address limit only bites where it is tested. */
const nextIp = () => `10.1.${Math.floor(ipSeq / 250)}.${(ipSeq++ % 250) + 1}`;

const complaint = (extra: Record<string, unknown> = {}) => ({
  name: '张先生',
  contact: '13900139000',
  subject: 'service_quality',
  text: '营业厅工作人员办理销户时态度恶劣，多次推诿。',
  ...extra,
});

const filePublic = (payload: Record<string, unknown>, remoteAddress = nextIp()) =>
  t.app.inject({ method: 'POST', url: '/api/public/complaints', payload, remoteAddress });

async function filed(extra: Record<string, unknown> = {}) {
  const res = await filePublic(complaint(extra));
  if (res.statusCode !== 201) throw new Error(`file: ${res.statusCode} ${res.body}`);
  return res.json() as { trackingNo: string; accessCode: string; dueDate: string };
}

const lookup = (trackingNo: string, code: string) =>
  t.app.inject({
    method: 'GET',
    url: `/api/public/complaints/${trackingNo}?code=${encodeURIComponent(code)}`,
    remoteAddress: nextIp(),
  });

async function staff(user: string, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) {
  return t.app.inject({ method, url, headers: await d.as(user), payload });
}

async function detail(trackingNo: string, user = 'supervisor1') {
  const res = await staff(user, 'GET', `/api/complaints/${trackingNo}`);
  if (res.statusCode !== 200) throw new Error(`detail: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** A staff action with the complaint's current version. */
async function act(user: string, trackingNo: string, action: string, payload: Record<string, unknown> = {}) {
  const { version } = await detail(trackingNo);
  return staff(user, 'POST', `/api/complaints/${trackingNo}/${action}`, {
    expectedVersion: version,
    ...payload,
  });
}

const outboxOf = (trackingNo: string) =>
  queryRows<{ channel: string; recipient: string; template: string; body: string }>(
    t.handle.db,
    sql`select channel, recipient, template, body from outbox where entity_type = 'complaint'
        and entity_id = ${trackingNo} order by created_at`,
  );

describe('R-24 complaints from the public', () => {
  it('R-24 R-29 anyone files without login: tracking number, a code shown once, due in P-COMPLAINT working days, acknowledged by SMS', async () => {
    const res = await filePublic(complaint({ contact: '+86 139-0013-9000' }));
    expect(res.statusCode).toBe(201);
    const receipt = res.json();
    const calendar = await loadCalendar(t.handle.db);
    expect(receipt).toEqual({
      trackingNo: expect.stringMatching(/^TS2\d{3}\d{6}$/),
      accessCode: expect.stringMatching(/^[A-HJ-NP-Z2-9]{8}$/),
      dueDate: calendar.addWorkingDays(todayShanghai() as LocalDate, 5),
    });
    expect(receipt.trackingNo.slice(2, 6)).toBe(todayShanghai().slice(0, 4));

    const [row] = await queryRows<{ access_code_hash: string; contact: string; channel: string }>(
      t.handle.db,
      sql`select access_code_hash, contact, channel from complaints where tracking_no = ${receipt.trackingNo}`,
    );
    expect(row?.contact).toBe('13900139000');
    expect(row?.channel).toBe('web');
    expect(row?.access_code_hash).not.toContain(receipt.accessCode);
    const messages = await outboxOf(receipt.trackingNo);
    expect(messages).toEqual([
      expect.objectContaining({ channel: 'sms', recipient: '13900139000', template: 'complaint.received' }),
    ]);
    expect(messages[0]?.body).toContain(receipt.trackingNo);
    expect(messages[0]?.body).toContain(receipt.dueDate);
    expect(messages[0]?.body).not.toContain(receipt.accessCode);
  });

  it('R-24 the complainant follows it with the code; a wrong code and an unknown number get the same 404', async () => {
    const { trackingNo, accessCode, dueDate } = await filed();
    const ok = await lookup(trackingNo, accessCode.toLowerCase());
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({
      trackingNo,
      subject: 'service_quality',
      status: 'received',
      receivedOn: todayShanghai(),
      dueDate,
      answer: null,
      answeredAt: null,
    });
    const wrong = await lookup(trackingNo, accessCode === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA');
    const unknown = await lookup('TS2026999999', accessCode);
    expect(wrong.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.json().code).toBe('NOT_FOUND');
    const noCode = await t.app.inject({ method: 'GET', url: `/api/public/complaints/${trackingNo}` });
    expect(noCode.statusCode).toBe(422);
  });

  it('R-24 bad input is refused with the field named, never a 500', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [complaint({ contact: '0710-85880001' }), 'contact'],
      [complaint({ contact: 'zhang@' }), 'contact'],
      [complaint({ subject: 'weather' }), 'subject'],
      [complaint({ text: '   ' }), 'text'],
    ];
    for (const [payload, path] of cases) {
      const res = await filePublic(payload);
      expect(res.statusCode, path).toBe(422);
      expect(res.json().code).toBe('VALIDATION_FAILED');
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const notJson = await t.app.inject({
      method: 'POST',
      url: '/api/public/complaints',
      headers: { 'content-type': 'application/json' },
      payload: '{"contact":',
    });
    expect(notJson.statusCode).toBe(400);
  });

  it('R-24 a case number or account named must exist and agree; a named case is linked', async () => {
    const accountNo = await d.newCustomer();
    const caseNo = await d.open(accountNo);
    const unknownCase = await filePublic(complaint({ caseNo: 'XH2026999999' }));
    expect(unknownCase.statusCode).toBe(422);
    expect(unknownCase.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'caseNo' }] });
    expect(unknownCase.json().detail).toContain('XH2026999999');
    const unknownAccount = await filePublic(complaint({ accountNo: '9999999999' }));
    expect(unknownAccount.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'accountNo' }],
    });
    const otherAccount = await d.newCustomer();
    const mismatch = await filePublic(complaint({ caseNo, accountNo: otherAccount }));
    expect(mismatch.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'accountNo' }] });

    const { trackingNo } = await filed({ caseNo: caseNo.toLowerCase(), accountNo: '' });
    const view = await detail(trackingNo);
    expect(view).toMatchObject({ caseNo, accountNo, linkedCases: [{ caseNo, state: 'submitted' }] });
  });

  it('R-24 public filing is limited per network address, counted in the database', async () => {
    const ip = '10.99.0.1';
    for (let i = 0; i < 10; i += 1) expect((await filePublic(complaint(), ip)).statusCode).toBe(201);
    const limited = await filePublic(complaint(), ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('TOO_MANY_REQUESTS');
    expect((await filePublic(complaint(), '10.99.0.2')).statusCode).toBe(201);
  });
});

describe('R-24 complaint handling by staff', () => {
  it('R-24 R-29 assigned, investigated, linked and answered; the answer is sent and read with the code', async () => {
    const { trackingNo, accessCode } = await filed({ contact: 'complainer@example.com' });
    const list = await staff('supervisor1', 'GET', '/api/complaints?status=received&pageSize=200');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((c: { trackingNo: string }) => c.trackingNo)).toContain(trackingNo);

    const assigned = await act('supervisor1', trackingNo, 'assign', { assignee: 'cs1' });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({ status: 'assigned', assignee: 'cs1', version: 2 });
    const stale = await staff('cs1', 'POST', `/api/complaints/${trackingNo}/notes`, {
      expectedVersion: 1,
      note: '过期版本',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');

    const noted = await act('cs1', trackingNo, 'notes', { note: '调取营业厅录像，约谈当班受理员。' });
    expect(noted.json()).toMatchObject({
      status: 'investigating',
      notes: [{ by: 'cs1', note: '调取营业厅录像，约谈当班受理员。' }],
    });
    const accountNo = await d.newCustomer();
    const caseNo = await d.open(accountNo);
    const linked = await act('cs1', trackingNo, 'link-case', { caseNo });
    expect(linked.json().linkedCases).toEqual([
      { caseNo, state: 'submitted', outlet: { code: 'B01', name: expect.any(String) } },
    ]);
    expect((await act('cs1', trackingNo, 'link-case', { caseNo })).json().code).toBe('CONFLICT');

    const notMine = await act('cs2', trackingNo, 'answer', { answer: '已处理。' });
    expect(notMine.statusCode).toBe(409);
    expect(notMine.json().code).toBe('ACTION_NOT_ALLOWED');
    const answer = '经调查情况属实，已对当班人员批评教育并扣减当月绩效，向您致歉。';
    const answered = await act('cs1', trackingNo, 'answer', { answer });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', answer, answeredBy: 'cs1', overdue: false });

    const messages = await outboxOf(trackingNo);
    expect(messages.map((m) => `${m.channel}:${m.template}`)).toEqual([
      'email:complaint.received',
      'email:complaint.answered',
    ]);
    expect(messages[1]?.body).toContain(answer);
    const seen = await lookup(trackingNo, accessCode);
    expect(seen.json()).toMatchObject({ status: 'answered', answer, answeredAt: expect.any(String) });
    expect(seen.json()).not.toHaveProperty('notes');

    const after = await act('supervisor1', trackingNo, 'notes', { note: '补充' });
    expect(after.json().code).toBe('ACTION_NOT_ALLOWED');
    const log = await t.app.inject({
      method: 'GET',
      url: `/api/audit-log?entity=complaint:${trackingNo}`,
      headers: await d.as('supervisor1'),
    });
    expect(
      log
        .json()
        .items.map((e: { action: string }) => e.action)
        .sort(),
    ).toEqual(
      [
        'complaint.answered',
        'complaint.assigned',
        'complaint.case_linked',
        'complaint.filed',
        'complaint.note_added',
      ].sort(),
    );
    expect((await verifyAuditChains(t.handle.db)).intact).toBe(true);
  });

  it('R-24 customer service takes a phone complaint; the code is handed over, the e-mail acknowledged', async () => {
    const res = await staff('cs1', 'POST', '/api/complaints', {
      ...complaint({ contact: 'li.si@example.com', name: '' }),
      channel: 'phone',
      subject: 'fees',
    });
    expect(res.statusCode).toBe(201);
    const { trackingNo, accessCode } = res.json();
    expect(await detail(trackingNo, 'cs2')).toMatchObject({
      channel: 'phone',
      enteredBy: 'cs1',
      name: null,
      contact: 'li.si@example.com',
      status: 'received',
    });
    expect((await outboxOf(trackingNo)).map((m) => m.channel)).toEqual(['email']);
    expect((await lookup(trackingNo, accessCode)).statusCode).toBe(200);
  });

  it('R-24 an assignee must be someone who handles complaints; an omitted assignee is the caller', async () => {
    const { trackingNo } = await filed();
    const toClerk = await act('supervisor1', trackingNo, 'assign', { assignee: 'clerk1' });
    expect(toClerk.statusCode).toBe(422);
    expect(toClerk.json().errors).toEqual([expect.objectContaining({ path: 'assignee' })]);
    const mine = await act('cs2', trackingNo, 'assign');
    expect(mine.json()).toMatchObject({ assignee: 'cs2', status: 'assigned' });
  });

  it('R-24 roles: manager reads only; clerk, inspector and anonymous callers are refused', async () => {
    const { trackingNo } = await filed();
    expect((await staff('manager1', 'GET', '/api/complaints')).statusCode).toBe(200);
    expect((await act('manager1', trackingNo, 'assign', { assignee: 'cs1' })).statusCode).toBe(403);
    expect((await staff('clerk1', 'GET', '/api/complaints')).statusCode).toBe(403);
    expect((await staff('clerk1', 'GET', `/api/complaints/${trackingNo}`)).statusCode).toBe(403);
    const inspector = await staff('inspector1', 'POST', '/api/complaints', {
      ...complaint(),
      channel: 'counter',
    });
    expect(inspector.statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/complaints' });
    expect(anonymous.statusCode).toBe(401);
    expect((await staff('supervisor1', 'GET', '/api/complaints/TS2026999999')).statusCode).toBe(404);
    expect((await staff('supervisor1', 'GET', '/api/complaints?status=lost')).statusCode).toBe(422);
  });

  it('R-24 the list shows unanswered complaints past the end of their due date as overdue', async () => {
    const late = await filed();
    const onTime = await filed();
    const yesterday = addCalendarDays(todayShanghai() as LocalDate, -1);
    await t.handle.db.execute(
      sql`update complaints set due_date = ${yesterday} where tracking_no = ${late.trackingNo}`,
    );
    await t.handle.db.execute(
      sql`update complaints set due_date = ${todayShanghai()} where tracking_no = ${onTime.trackingNo}`,
    );
    const overdue = await staff('supervisor1', 'GET', '/api/complaints?overdue=true&pageSize=200');
    const numbers = overdue.json().items.map((c: { trackingNo: string }) => c.trackingNo);
    expect(numbers).toContain(late.trackingNo);
    expect(numbers).not.toContain(onTime.trackingNo);
    expect(overdue.json().items.every((c: { overdue: boolean }) => c.overdue)).toBe(true);
    const notOverdue = await staff('supervisor1', 'GET', '/api/complaints?overdue=false&pageSize=200');
    expect(notOverdue.json().items.map((c: { trackingNo: string }) => c.trackingNo)).toContain(
      onTime.trackingNo,
    );
  });
});

describe('R-24 legal hold and escalation', () => {
  it('R-16 R-24 an unanswered complaint naming or linked to a case holds it; answering releases it', async () => {
    const accountNo = await d.newCustomer();
    const caseNo = await d.open(accountNo);
    const [kase] = await queryRows<{ id: string }>(
      t.handle.db,
      sql`select id from closure_cases where case_no = ${caseNo}`,
    );
    const caseId = kase?.id ?? '';
    expect(await hasLegalHold(t.handle.db, caseId)).toBe(false);

    const byAccount = await filed({ accountNo });
    expect(await hasLegalHold(t.handle.db, caseId)).toBe(true);
    await act('supervisor1', byAccount.trackingNo, 'answer', { answer: '已核实，账务无误。' });
    expect(await hasLegalHold(t.handle.db, caseId)).toBe(false);

    const linked = await filed();
    await act('supervisor1', linked.trackingNo, 'link-case', { caseNo });
    expect(await hasLegalHold(t.handle.db, caseId)).toBe(true);
    await act('supervisor1', linked.trackingNo, 'answer', { answer: '已答复。' });
    expect(await hasLegalHold(t.handle.db, caseId)).toBe(false);

    await filed({ caseNo });
    expect(await hasLegalHold(t.handle.db, caseId)).toBe(true);
  });

  it('R-24 an overdue complaint is escalated once to the group, supervisors and assignee, even when two runs race', async () => {
    const admin = await d.as('admin1');
    for (const username of ['manager1', 'inspector2']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/supervision/group',
        headers: admin,
        payload: { username },
      });
      expect(res.statusCode).toBe(201);
    }
    const a = await filed();
    const b = await filed();
    const answered = await filed();
    const notYet = await filed();
    await act('supervisor1', b.trackingNo, 'assign', { assignee: 'cs2' });
    await act('supervisor1', answered.trackingNo, 'answer', { answer: '已答复。' });
    const ours = [a, b, answered, notYet].map((c) => c.trackingNo);
    // Everything else filed in this file is made not overdue, so the counts below are ours alone.
    await t.handle.db.execute(
      sql`update complaints set due_date = ${a.dueDate} where tracking_no not in (${sql.join(
        ours.map((n) => sql`${n}`),
        sql`, `,
      )})`,
    );
    const dueDate = a.dueDate as LocalDate;
    await t.handle.db.execute(
      sql`update complaints set due_date = ${addCalendarDays(dueDate, -2)} where tracking_no in (${a.trackingNo}, ${b.trackingNo}, ${answered.trackingNo})`,
    );
    const now = new Date(`${addCalendarDays(dueDate, -1)}T00:30:00+08:00`);

    const runs = await Promise.all([
      escalateOverdueComplaints(t.handle.db, now),
      escalateOverdueComplaints(t.handle.db, now),
    ]);
    expect(runs[0] + runs[1]).toBe(2);
    expect(await escalateOverdueComplaints(t.handle.db, now)).toBe(0);

    const notes = await queryRows<{ recipient: string; dedupe_key: string; kind: string }>(
      t.handle.db,
      sql`select recipient, dedupe_key, kind from staff_notifications where kind = 'complaint_overdue'
          order by dedupe_key, recipient`,
    );
    expect(notes.map((n) => `${n.dedupe_key}>${n.recipient}`)).toEqual([
      `complaint_overdue:${a.trackingNo}>inspector2`,
      `complaint_overdue:${a.trackingNo}>manager1`,
      `complaint_overdue:${a.trackingNo}>supervisor1`,
      `complaint_overdue:${b.trackingNo}>cs2`,
      `complaint_overdue:${b.trackingNo}>inspector2`,
      `complaint_overdue:${b.trackingNo}>manager1`,
      `complaint_overdue:${b.trackingNo}>supervisor1`,
    ]);
    const escalations = await queryRows<{ entity_id: string }>(
      t.handle.db,
      sql`select entity_id from audit_log where action = 'complaint.escalated' order by entity_id`,
    );
    expect(escalations.map((e) => e.entity_id)).toEqual([a.trackingNo, b.trackingNo].sort());
    expect((await detail(a.trackingNo)).escalatedAt).toEqual(expect.any(String));
    expect((await detail(notYet.trackingNo)).escalatedAt).toBeNull();
  });
});
