import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './test-app.js';

/** Small drivers for the closure API, so the tests read like the process they prove. */
export class CaseDriver {
  private readonly cookies = new Map<string, string>();

  constructor(readonly t: TestApp) {}

  async as(user: string): Promise<{ cookie: string }> {
    let cookie = this.cookies.get(user);
    if (!cookie) {
      cookie = await this.t.login(user);
      this.cookies.set(user, cookie);
    }
    return { cookie };
  }

  async newCustomer(
    type: 'residential' | 'commercial' | 'industrial' = 'residential',
    outlet = 'B01',
  ): Promise<string> {
    const res = await this.t.app.inject({
      method: 'POST',
      url: '/api/customers',
      headers: await this.as(outlet === 'B01' ? 'clerk1' : 'clerk2'),
      payload: {
        type,
        name: type === 'residential' ? '测试用户' : '测试餐饮有限公司',
        idType: type === 'residential' ? 'resident_id' : 'uscc',
        idNumber: type === 'residential' ? '11010519491231002X' : '91350100M000100Y43',
        phone: '13800138000',
        address: '滨江市测试路 1 号',
        facilities: [
          {
            facility: 'meter',
            serialNo: `MT-${Math.random().toString(36).slice(2, 10)}`,
            meterKind: 'smart',
          },
        ],
      },
    });
    if (res.statusCode !== 201) throw new Error(`customer: ${res.statusCode} ${res.body}`);
    return res.json().accountNo;
  }

  async charge(accountNo: string, amount: string, kind = 'gas') {
    const res = await this.t.app.inject({
      method: 'POST',
      url: `/api/customers/${accountNo}/charges`,
      headers: await this.as('finance1'),
      payload: { kind, amount, dueDate: '2026-11-30' },
    });
    if (res.statusCode !== 201) throw new Error(`charge: ${res.statusCode} ${res.body}`);
  }

  async pay(accountNo: string, amount: string) {
    const res = await this.t.app.inject({
      method: 'POST',
      url: `/api/customers/${accountNo}/payments`,
      headers: {
        ...(await this.as('finance1')),
        'idempotency-key': `pay-${Math.random().toString(36).slice(2)}`,
      },
      payload: { amount, method: 'cash', paidAt: new Date().toISOString() },
    });
    if (res.statusCode !== 201) throw new Error(`pay: ${res.statusCode} ${res.body}`);
  }

  async apply(
    accountNo: string,
    extra: Record<string, unknown> = {},
    user = 'clerk1',
  ): Promise<LightMyRequestResponse> {
    return this.t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: await this.as(user),
      payload: {
        accountNo,
        channel: 'counter',
        applicant: {
          name: '测试用户',
          idType: 'resident_id',
          idNumber: '11010519491231002X',
          phone: '13800138000',
        },
        reason: '房屋出售，不再用气',
        ...extra,
      },
    });
  }

  async open(accountNo: string, extra: Record<string, unknown> = {}): Promise<string> {
    const res = await this.apply(accountNo, extra);
    if (res.statusCode !== 201) throw new Error(`apply: ${res.statusCode} ${res.body}`);
    return res.json().caseNo;
  }

  async get(caseNo: string, user = 'cs1') {
    const res = await this.t.app.inject({
      method: 'GET',
      url: `/api/cases/${caseNo}`,
      headers: await this.as(user),
    });
    if (res.statusCode !== 200) throw new Error(`get: ${res.statusCode} ${res.body}`);
    return res.json();
  }

  /** Takes an action with the case's current version. */
  async act(
    user: string,
    caseNo: string,
    action: string,
    payload: Record<string, unknown> = {},
  ): Promise<LightMyRequestResponse> {
    const { version } = await this.get(caseNo);
    return this.t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseNo}/actions/${action}`,
      headers: await this.as(user),
      payload: { expectedVersion: version, ...payload },
    });
  }

  /** Takes an action that must succeed; returns the updated case. */
  async ok(user: string, caseNo: string, action: string, payload: Record<string, unknown> = {}) {
    const res = await this.act(user, caseNo, action, payload);
    if (res.statusCode !== 200) throw new Error(`${action} by ${user}: ${res.statusCode} ${res.body}`);
    return res.json();
  }

  allMaterials(kinds: string[]) {
    return kinds.map((kind) => ({ kind, supplied: true, originalSighted: true }));
  }

  /** Submitted → under review with every residential material in hand. */
  async accepted(accountNo: string): Promise<string> {
    const caseNo = await this.open(accountNo);
    await this.ok('clerk1', caseNo, 'preliminary-review', {
      result: 'accept',
      materials: this.allMaterials(['application_form', 'applicant_id', 'gas_use_certificate']),
    });
    return caseNo;
  }

  /** A residential case all the way to approval, on a new customer with a meter (serial returned). */
  async approved(type: 'residential' | 'commercial' | 'industrial' = 'residential') {
    const accountNo = await this.newCustomer(type);
    const customer = await this.t.app.inject({
      method: 'GET',
      url: `/api/customers/${accountNo}`,
      headers: await this.as('clerk1'),
    });
    const meter = customer.json().facilities.find((f: { facility: string }) => f.facility === 'meter')
      .serialNo as string;
    const caseNo = await this.open(accountNo);
    const materials =
      type === 'residential'
        ? ['application_form', 'applicant_id', 'gas_use_certificate']
        : [
            'application_form',
            'business_license',
            'legal_rep_id',
            'gas_use_certificate',
            ...(type === 'industrial' ? ['closure_report'] : []),
          ];
    await this.ok('clerk1', caseNo, 'preliminary-review', {
      result: 'accept',
      materials: this.allMaterials(materials),
    });
    await this.ok('cs1', caseNo, 'confirm-intent', {
      contactMethod: 'phone',
      contactedAt: new Date().toISOString(),
      confirmed: true,
      note: '',
    });
    await this.passInspection(caseNo);
    await this.ok('finance1', caseNo, 'check-fees');
    await this.ok('finance1', caseNo, 'issue-settlement-certificate');
    await this.ok('cs1', caseNo, 'approve');
    return { accountNo, caseNo, meter };
  }

  async passInspection(caseNo: string) {
    await this.ok('inspector1', caseNo, 'schedule-inspection', { scheduledFor: todayShanghai() });
    return this.ok('inspector1', caseNo, 'record-inspection', {
      items: ['pipe', 'valve', 'meter', 'connector'].map((facility) => ({
        facility,
        condition: 'ok',
        note: '',
      })),
      result: 'pass',
    });
  }
}

export function todayShanghai(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}
