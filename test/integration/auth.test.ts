import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/server/auth/auth.service.js';
import { DEMO_STAFF } from '../../src/server/seed/demo-organisation.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('staff login and sessions', () => {
  it.each(DEMO_STAFF.map((s) => [s.username, s.role, s.branchCode] as const))(
    'demo user %s logs in as %s and sees its outlet',
    async (username, role, branchCode) => {
      const cookie = await t.login(username);
      const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
      expect(me.statusCode).toBe(200);
      const { user } = me.json();
      expect(user.role).toBe(role);
      expect(user.branch?.code ?? null).toBe(branchCode);
      expect(user.companyName).toBe('滨江市燃气集团有限公司');
      expect(user.permissions).toContain('workbench.view');
    },
  );

  it('the session cookie is HttpOnly and SameSite, and only its hash is stored', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'cs1', password: 'Demo@12345' },
    });
    const c = res.cookies.find((x) => x.name === 'gc_session');
    expect(c?.httpOnly).toBe(true);
    expect(c?.sameSite).toBe('Strict');
    const raw = (await t.handle.db.execute(sql`select token_hash from sessions`)) as unknown as {
      rows: { token_hash: string }[];
    };
    const hashes = raw.rows.map((r) => r.token_hash);
    expect(hashes).toContain(hashToken(c?.value ?? ''));
    expect(hashes).not.toContain(c?.value);
  });

  it('a wrong password is 401 INVALID_CREDENTIALS and creates no session', async () => {
    const before = (await t.handle.db.execute(sql`select count(*)::int as n from sessions`)) as unknown as {
      rows: { n: number }[];
    };
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'finance1', password: 'wrong' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('INVALID_CREDENTIALS');
    const after = (await t.handle.db.execute(sql`select count(*)::int as n from sessions`)) as unknown as {
      rows: { n: number }[];
    };
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('an unknown user gets the same answer as a wrong password', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody', password: 'x' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('five failures lock the username: even the right password is refused with 429', async () => {
    for (let i = 0; i < 5; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'inspector2', password: 'bad' },
      });
    }
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'inspector2', password: 'Demo@12345' },
    });
    expect(res.statusCode).toBe(429);
    expect(res.json()).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      detail: expect.stringContaining('分钟后再试'),
    });
  });

  it('without a session /me is 401 UNAUTHENTICATED', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('an expired session is 401 and the row is not extended', async () => {
    const cookie = await t.login('clerk2');
    await t.handle.db.execute(
      sql`update sessions set expires_at = now() - interval '1 minute' where token_hash = ${hashToken(cookie.split('=')[1] ?? '')}`,
    );
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('logout ends the session', async () => {
    const cookie = await t.login('cs2');
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });
});

describe('access gate (SPEC §1)', () => {
  it('a clerk may not read the audit log or change settings: 403 FORBIDDEN', async () => {
    const cookie = await t.login('clerk1');
    const audit = await t.app.inject({ method: 'GET', url: '/api/audit-log', headers: { cookie } });
    expect(audit.statusCode).toBe(403);
    expect(audit.json().code).toBe('FORBIDDEN');
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/settings/P-ACCEPT',
      headers: { cookie },
      payload: { value: 2 },
    });
    expect(put.statusCode).toBe(403);
  });

  it('anonymous callers get 401, not 403', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/settings' });
    expect(res.statusCode).toBe(401);
  });
});
