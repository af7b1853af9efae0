import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPolicy } from '../../src/server/settings/settings.service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin1');
});
afterAll(() => t.close());

describe('R-28 policy settings', () => {
  it('R-28 every parameter of SPEC §5 is readable with its default', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/settings',
      headers: { cookie: await t.login('cs1') },
    });
    expect(res.statusCode).toBe(200);
    const byId = Object.fromEntries(
      res.json().parameters.map((p: { id: string; value: number }) => [p.id, p.value]),
    );
    expect(byId).toMatchObject({
      'P-ACCEPT': 1,
      'P-INSPECT': 3,
      'P-RECTIFY': 10,
      'P-FINANCE': 2,
      'P-REMOVAL': 15,
      'P-SUPPLEMENT': 30,
      'P-RETAIN': 30,
      'P-FOLLOWUP': 1,
      'P-AUDIT': 5,
      'P-COMPLAINT': 5,
      'P-WARN': 1,
    });
  });

  it('R-28 an admin change is validated, stored and read back through the settings service', async () => {
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/settings/P-ACCEPT',
      headers: { cookie: admin },
      payload: { value: 0 },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'value' }] });
    const fraction = await t.app.inject({
      method: 'PUT',
      url: '/api/settings/P-ACCEPT',
      headers: { cookie: admin },
      payload: { value: 1.5 },
    });
    expect(fraction.statusCode).toBe(422);
    const retain = await t.app.inject({
      method: 'PUT',
      url: '/api/settings/P-RETAIN',
      headers: { cookie: admin },
      payload: { value: 20 },
    });
    expect(retain.statusCode).toBe(422);
    const ok = await t.app.inject({
      method: 'PUT',
      url: '/api/settings/P-ACCEPT',
      headers: { cookie: admin },
      payload: { value: 2 },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ id: 'P-ACCEPT', value: 2, default: 1, updatedBy: 'admin1' });
    expect((await readPolicy(t.handle.db))['P-ACCEPT']).toBe(2);
  });

  it('an unknown parameter is 404', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/settings/P-NOPE',
      headers: { cookie: admin },
      payload: { value: 1 },
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('staff users', () => {
  it('an admin creates a staff user who can then log in; the audit entry holds no password hash', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin },
      payload: {
        username: 'clerk3',
        displayName: '钱多多',
        role: 'clerk',
        branchCode: 'B02',
        password: 'Start1234',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username: 'clerk3',
      branch: { code: 'B02', name: '城西营业厅' },
      active: true,
    });
    await t.login('clerk3', 'Start1234');
    const audit = await t.app.inject({
      method: 'GET',
      url: '/api/audit-log?entity=user:clerk3',
      headers: { cookie: admin },
    });
    expect(JSON.stringify(audit.json())).not.toMatch(/argon2/);
  });

  it('a branch role needs an outlet, and usernames are unique', async () => {
    const noBranch = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin },
      payload: { username: 'insp9', displayName: '某某', role: 'inspector', password: 'Start1234' },
    });
    expect(noBranch.statusCode).toBe(422);
    expect(noBranch.json().errors[0].path).toBe('branchCode');
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin },
      payload: {
        username: 'clerk1',
        displayName: '重复',
        role: 'clerk',
        branchCode: 'B01',
        password: 'Start1234',
      },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('CONFLICT');
  });

  it('deactivating a user ends their sessions at once', async () => {
    const cookie = await t.login('finance2');
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/finance2',
      headers: { cookie: admin },
      payload: { active: false },
    });
    expect(res.statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'finance2', password: 'Demo@12345' },
    });
    expect(again.statusCode).toBe(401);
  });

  it('an admin cannot lock themselves out', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/admin1',
      headers: { cookie: admin },
      payload: { active: false },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('ACTION_NOT_ALLOWED');
  });
});

describe('outlets and the company name', () => {
  it('an admin opens an outlet and renames the company; both are audited; codes are unique', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/branches',
      headers: { cookie: admin },
      payload: {
        code: 'B03',
        name: '高新营业厅',
        address: '滨江市高新区科技路 9 号',
        phone: '0710-8588 0003',
      },
    });
    expect(res.statusCode).toBe(201);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/branches',
      headers: { cookie: admin },
      payload: { code: 'B03', name: '重复网点' },
    });
    expect(again.statusCode).toBe(409);
    const staff = await t.app.inject({
      method: 'GET',
      url: '/api/branches/B01/staff?role=inspector',
      headers: { cookie: await t.login('cs1') },
    });
    expect(staff.json().items.map((u: { username: string }) => u.username)).toEqual(['inspector1']);
    const otherOutlet = await t.app.inject({
      method: 'GET',
      url: '/api/branches/B02/staff',
      headers: { cookie: await t.login('cs1') },
    });
    expect(otherOutlet.statusCode).toBe(403);
    const renamed = await t.app.inject({
      method: 'PUT',
      url: '/api/company',
      headers: { cookie: admin },
      payload: { name: '滨江市燃气集团有限责任公司' },
    });
    expect(renamed.statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: admin } });
    expect(me.json().user.companyName).toBe('滨江市燃气集团有限责任公司');
    const audit = await t.app.inject({
      method: 'GET',
      url: '/api/audit-log?entity=branch:B03',
      headers: { cookie: admin },
    });
    expect(audit.json().items[0].action).toBe('branch.created');
  });
});
