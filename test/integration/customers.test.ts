import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/rows.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['clerk1', 'clerk2', 'cs1', 'finance1', 'inspector1', 'admin1', 'supervisor1', 'manager1'])
    cookies[u] = await t.login(u);
});
afterAll(() => t.close());

const as = (user: string) => ({ cookie: cookies[user] ?? '' });
const ID = '11010519491231002X';
const PHONE = '13812348000';

async function create(user: string, overrides: Record<string, unknown> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/customers',
    headers: as(user),
    payload: {
      type: 'residential',
      name: '张三丰',
      idType: 'resident_id',
      idNumber: ID,
      phone: `+86 ${PHONE}`,
      address: '滨江市解放路 1 号 2 栋 301 室',
      gasCertificateNo: 'RQZ-TEST-1',
      facilities: [
        { facility: 'meter', serialNo: 'MT-0001', meterKind: 'ic_card' },
        { facility: 'pipe', serialNo: 'PIPE-1' },
      ],
      ...overrides,
    },
  });
}

let accountNo = '';

describe('R-01 customers and accounts', () => {
  it('R-01 a clerk creates a residential customer; the account number is generated and the outlet is the clerk’s', async () => {
    const res = await create('clerk1');
    expect(res.statusCode).toBe(201);
    const c = res.json();
    accountNo = c.accountNo;
    expect(c.accountNo).toMatch(/^\d{10}$/);
    expect(c).toMatchObject({
      type: 'residential',
      outlet: { code: 'B01' },
      status: 'active',
      idNumber: '110105********002X',
      phone: PHONE,
      version: 1,
    });
    expect(c.facilities).toHaveLength(2);
    expect(c.facilities.find((f: { facility: string }) => f.facility === 'meter')).toMatchObject({
      meterKind: 'ic_card',
      status: 'in_service',
    });
  });

  it('SPEC §8 an invalid resident ID is refused with INVALID_ID_NUMBER naming the fault, and nothing is stored', async () => {
    const count = async () =>
      JSON.stringify(await queryRows(t.handle.db, sql`select count(*)::int as n from accounts`));
    const before = await count();
    const res = await create('clerk1', { idNumber: '110105194912310021' });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('INVALID_ID_NUMBER');
    expect(res.json().detail).toMatch(/校验/);
    const badDate = await create('clerk1', { idNumber: '110105194902300028' });
    expect(badDate.json().code).toBe('INVALID_ID_NUMBER');
    expect(badDate.json().detail).toMatch(/日期/);
    expect(await count()).toEqual(before);
  });

  it('SPEC §8 a bad mobile number is refused with INVALID_PHONE; a bad USCC with INVALID_ID_NUMBER', async () => {
    const phone = await create('clerk1', { phone: '12345678901' });
    expect(phone.statusCode).toBe(422);
    expect(phone.json().code).toBe('INVALID_PHONE');
    const uscc = await create('clerk1', {
      type: 'commercial',
      idType: 'uscc',
      idNumber: '91350100M000100Y44',
    });
    expect(uscc.json().code).toBe('INVALID_ID_NUMBER');
  });

  it('SPEC §8 identity and phone numbers are encrypted at rest: the raw tables hold no plaintext', async () => {
    const dump = await t.handle.db.execute(sql`select row_to_json(a)::text as j from accounts a`);
    const text = JSON.stringify(dump);
    expect(text).not.toContain(ID);
    expect(text).not.toContain(ID.slice(0, 17));
    expect(text).not.toContain(PHONE);
    const audit = await t.handle.db.execute(sql`select row_to_json(l)::text as j from audit_log l`);
    expect(JSON.stringify(audit)).not.toContain(ID.slice(0, 17));
  });

  it('SPEC §8 masking per role: finance sees a masked phone, cs the full one; the ID is masked for both', async () => {
    const fin = (
      await t.app.inject({ method: 'GET', url: `/api/customers/${accountNo}`, headers: as('finance1') })
    ).json();
    expect(fin.phone).toBe('138****8000');
    expect(fin.idNumber).toBe('110105********002X');
    const cs = (
      await t.app.inject({ method: 'GET', url: `/api/customers/${accountNo}`, headers: as('cs1') })
    ).json();
    expect(cs.phone).toBe(PHONE);
    expect(cs.idNumber).toBe('110105********002X');
  });

  it('SPEC §8 a reveal shows the full number to a role that needs it and is audited; others get 403', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/customers/${accountNo}/reveal-identity`,
      headers: as('clerk1'),
      payload: { reason: '柜台核对申请人身份' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ idNumber: ID, phone: PHONE });
    const audit = await t.app.inject({
      method: 'GET',
      url: `/api/audit-log?entity=customer:${accountNo}`,
      headers: as('supervisor1'),
    });
    expect(audit.json().items[0]).toMatchObject({
      action: 'customer.identity_revealed',
      actor: { username: 'clerk1' },
      after: { reason: '柜台核对申请人身份' },
    });
    const denied = await t.app.inject({
      method: 'POST',
      url: `/api/customers/${accountNo}/reveal-identity`,
      headers: as('inspector1'),
      payload: { reason: '现场核对' },
    });
    expect(denied.statusCode).toBe(403);
  });

  it('SPEC §1 staff of another outlet cannot see the account; company-wide roles can', async () => {
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/customers/${accountNo}`,
      headers: as('clerk2'),
    });
    expect(other.statusCode).toBe(403);
    const mgr = await t.app.inject({
      method: 'GET',
      url: `/api/customers/${accountNo}`,
      headers: as('manager1'),
    });
    expect(mgr.statusCode).toBe(200);
    const list = (
      await t.app.inject({ method: 'GET', url: '/api/customers?pageSize=200', headers: as('clerk2') })
    ).json();
    expect(list.items.every((c: { outlet: { code: string } }) => c.outlet.code === 'B02')).toBe(true);
  });

  it('editing needs the current version; a stale version is 409 VERSION_CONFLICT', async () => {
    const ok = await t.app.inject({
      method: 'PATCH',
      url: `/api/customers/${accountNo}`,
      headers: as('cs1'),
      payload: { expectedVersion: 1, address: '滨江市解放路 1 号 2 栋 302 室' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(2);
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/customers/${accountNo}`,
      headers: as('cs1'),
      payload: { expectedVersion: 1, address: 'x' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
  });
});

describe('search', () => {
  const search = async (q: string, user = 'cs1') =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/customers?q=${encodeURIComponent(q)}`,
        headers: as(user),
      })
    ).json();

  it('finds by account number, partial name, phone and exact ID number; results are masked', async () => {
    expect((await search(accountNo)).items.map((c: { accountNo: string }) => c.accountNo)).toEqual([
      accountNo,
    ]);
    expect((await search('三丰')).items.map((c: { accountNo: string }) => c.accountNo)).toContain(accountNo);
    expect((await search('138 1234 8000')).items.map((c: { accountNo: string }) => c.accountNo)).toEqual([
      accountNo,
    ]);
    const byId = await search(ID.toLowerCase());
    expect(byId.items.map((c: { accountNo: string }) => c.accountNo)).toEqual([accountNo]);
    expect(byId.items[0].idNumber).toBe('110105********002X');
    const fin = await search(accountNo, 'finance1');
    expect(fin.items[0].phone).toBe('138****8000');
  });

  it('pages results and reports the total', async () => {
    const page = (
      await t.app.inject({ method: 'GET', url: '/api/customers?page=2&pageSize=5', headers: as('manager1') })
    ).json();
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeGreaterThanOrEqual(37);
    expect(page.page).toBe(2);
  });
});

describe('R-02 ledger', () => {
  it('R-02 many small charges and payments sum exactly, as yuan strings', async () => {
    for (let i = 0; i < 30; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/customers/${accountNo}/charges`,
        headers: as('finance1'),
        payload: { kind: i % 3 === 0 ? 'late_fee' : 'gas', amount: '0.10', dueDate: '2026-11-30' },
      });
      expect(res.statusCode).toBe(201);
    }
    const pay = await t.app.inject({
      method: 'POST',
      url: `/api/customers/${accountNo}/payments`,
      headers: { ...as('finance1'), 'idempotency-key': 'pay-small-0001' },
      payload: { amount: '0.20', method: 'wechat', paidAt: '2026-12-01T10:00:00+08:00' },
    });
    expect(pay.statusCode).toBe(201);
    const ledger = pay.json();
    expect(ledger.totals).toMatchObject({
      totalCharged: '3.00',
      totalPaid: '0.20',
      outstanding: '2.80',
      balance: '2.80',
      credit: '0.00',
    });
    expect(ledger.totals.byKind.late_fee).toEqual({ charged: '1.00', paid: '0.10', outstanding: '0.90' });
    expect(ledger.totals.byKind.gas).toEqual({ charged: '2.00', paid: '0.10', outstanding: '1.90' });
    expect(typeof ledger.charges[0].amount).toBe('string');
  });

  it('R-02 a payment is recorded once: a retry with the same Idempotency-Key changes nothing', async () => {
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/customers/${accountNo}/payments`,
        headers: { ...as('finance1'), 'idempotency-key': 'pay-once-0001' },
        payload: {
          amount: '1.00',
          method: 'cash',
          paidAt: '2026-12-02T09:00:00+08:00',
          receiptNo: 'R20261202001',
        },
      });
    const [a, b] = await Promise.all([send(), send()]);
    // Whichever arrives second either replays the first answer or is told the first is still running.
    const codes = [a.statusCode, b.statusCode].sort();
    expect(codes[0]).toBe(201);
    expect([201, 409]).toContain(codes[1]);
    const ledger = (
      await t.app.inject({
        method: 'GET',
        url: `/api/customers/${accountNo}/ledger`,
        headers: as('finance1'),
      })
    ).json();
    expect(
      ledger.payments.filter((p: { receiptNo: string | null }) => p.receiptNo === 'R20261202001'),
    ).toHaveLength(1);
    expect(ledger.totals.totalPaid).toBe('1.20');
  });

  it('R-02 a payment without Idempotency-Key, a duplicate receipt, or a bad amount is refused', async () => {
    const noKey = await t.app.inject({
      method: 'POST',
      url: `/api/customers/${accountNo}/payments`,
      headers: as('finance1'),
      payload: { amount: '1.00', method: 'cash', paidAt: '2026-12-02T09:00:00+08:00' },
    });
    expect(noKey.statusCode).toBe(422);
    const dupReceipt = await t.app.inject({
      method: 'POST',
      url: `/api/customers/${accountNo}/payments`,
      headers: { ...as('finance1'), 'idempotency-key': 'pay-dup-receipt' },
      payload: {
        amount: '5.00',
        method: 'cash',
        paidAt: '2026-12-02T09:00:00+08:00',
        receiptNo: 'R20261202001',
      },
    });
    expect(dupReceipt.statusCode).toBe(409);
    for (const amount of ['1.234', '-1.00', '0.00', 'abc']) {
      const bad = await t.app.inject({
        method: 'POST',
        url: `/api/customers/${accountNo}/charges`,
        headers: as('finance1'),
        payload: { kind: 'gas', amount, dueDate: '2026-11-30' },
      });
      expect(bad.statusCode, amount).toBe(422);
    }
    const number = await t.app.inject({
      method: 'POST',
      url: `/api/customers/${accountNo}/charges`,
      headers: as('finance1'),
      payload: { kind: 'gas', amount: 12.5, dueDate: '2026-11-30' },
    });
    expect(number.statusCode).toBe(422);
  });

  it('only finance adds charges', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/customers/${accountNo}/charges`,
      headers: as('clerk1'),
      payload: { kind: 'gas', amount: '1.00', dueDate: '2026-11-30' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('R-02 eligibility lists arrears by kind in plain words', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/customers/${accountNo}/closure-eligibility`,
      headers: as('clerk1'),
    });
    const e = res.json();
    expect(e.eligible).toBe(false);
    const arrears = e.blockers.find((b: { code: string }) => b.code === 'ARREARS_OUTSTANDING');
    expect(arrears.amounts).toEqual([
      { kind: 'gas', amount: '1.20' },
      { kind: 'late_fee', amount: '0.60' },
    ]);
    expect(arrears.message).toContain('¥1.80');
    expect(arrears.message).toContain('燃气费 ¥1.20');
  });

  it('R-02 once everything is paid the account is eligible', async () => {
    await t.app.inject({
      method: 'POST',
      url: `/api/customers/${accountNo}/payments`,
      headers: { ...as('finance1'), 'idempotency-key': 'pay-rest-0001' },
      payload: { amount: '1.80', method: 'alipay', paidAt: '2026-12-02T10:00:00+08:00' },
    });
    const e = (
      await t.app.inject({
        method: 'GET',
        url: `/api/customers/${accountNo}/closure-eligibility`,
        headers: as('clerk1'),
      })
    ).json();
    expect(e).toMatchObject({ eligible: true, blockers: [] });
  });

  it('a closed account takes no new charges except the removal fee, and is not eligible again', async () => {
    await t.handle.db.execute(
      sql`update accounts set status = 'closed', closed_on = '2026-12-02' where account_no = ${accountNo}`,
    );
    const gas = await t.app.inject({
      method: 'POST',
      url: `/api/customers/${accountNo}/charges`,
      headers: as('finance1'),
      payload: { kind: 'gas', amount: '1.00', dueDate: '2026-12-31' },
    });
    expect(gas.statusCode).toBe(409);
    expect(gas.json().code).toBe('ACCOUNT_CLOSED');
    const removal = await t.app.inject({
      method: 'POST',
      url: `/api/customers/${accountNo}/charges`,
      headers: as('finance1'),
      payload: { kind: 'removal', amount: '80.00', dueDate: '2026-12-31' },
    });
    expect(removal.statusCode).toBe(201);
    const e = (
      await t.app.inject({
        method: 'GET',
        url: `/api/customers/${accountNo}/closure-eligibility`,
        headers: as('clerk1'),
      })
    ).json();
    expect(e.blockers.map((b: { code: string }) => b.code)).toContain('ACCOUNT_CLOSED');
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/customers/${accountNo}`,
      headers: as('cs1'),
      payload: { expectedVersion: 2, address: '改地址' },
    });
    expect(edit.json().code).toBe('ACCOUNT_CLOSED');
  });

  it('every ledger change is in the customer’s audit chain', async () => {
    const audit = (
      await t.app.inject({
        method: 'GET',
        url: `/api/audit-log?entity=customer:${accountNo}&pageSize=100`,
        headers: as('supervisor1'),
      })
    ).json();
    const actions = audit.items.map((i: { action: string }) => i.action);
    expect(actions.filter((a: string) => a === 'ledger.charge_added')).toHaveLength(31);
    expect(actions.filter((a: string) => a === 'ledger.payment_recorded')).toHaveLength(3);
    expect(actions).toContain('customer.created');
  });
});
