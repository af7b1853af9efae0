import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let admin: string;
let clerk: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin1');
  clerk = await t.login('clerk1');
});
afterAll(() => t.close());

const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

describe('R-27 working-day calendar over HTTP', () => {
  it('R-27 2026 has the statutory holidays and make-up working days of the State Council notice', async () => {
    const res = await get('/api/calendar/2026', clerk);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const day = (d: string) => body.days.find((x: { date: string }) => x.date === d);
    expect(body.days).toHaveLength(365);
    expect(day('2026-10-01')).toMatchObject({ kind: 'holiday', working: false, name: '国庆节' });
    expect(day('2026-10-10')).toMatchObject({ kind: 'makeup_workday', working: true });
    expect(day('2026-02-14')).toMatchObject({ kind: 'makeup_workday', working: true });
    expect(day('2026-02-23')).toMatchObject({ kind: 'holiday', working: false });
    expect(day('2026-03-07')).toMatchObject({ kind: 'weekend', working: false });
    expect(body.workingDayCount).toBe(248);
  });

  it('R-27 adding working days across National Day 2026 counts the make-up Saturday', async () => {
    const res = await get('/api/calendar/add-working-days?from=2026-09-30&days=3', clerk);
    expect(res.json()).toEqual({ from: '2026-09-30', days: 3, result: '2026-10-10' });
    const one = await get('/api/calendar/add-working-days?from=2026-09-30&days=1', clerk);
    expect(one.json().result).toBe('2026-10-08');
  });

  it('R-27 a year with no published calendar is an error, never a weekend-only count', async () => {
    const res = await get('/api/calendar/2027', clerk);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('CALENDAR_NOT_PUBLISHED');
    const add = await get('/api/calendar/add-working-days?from=2026-12-28&days=5', clerk);
    expect(add.statusCode).toBe(422);
    expect(add.json().code).toBe('CALENDAR_NOT_PUBLISHED');
  });

  it('R-27 only admins set overrides; an override changes the count and is audited', async () => {
    const denied = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar/overrides/2026-12-31',
      headers: { cookie: clerk },
      payload: { kind: 'holiday', name: '公司年终盘点' },
    });
    expect(denied.statusCode).toBe(403);
    const ok = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar/overrides/2026-12-31',
      headers: { cookie: admin },
      payload: { kind: 'holiday', name: '公司年终盘点' },
    });
    expect(ok.statusCode).toBe(204);
    const year = (await get('/api/calendar/2026', clerk)).json();
    expect(year.days.find((d: { date: string }) => d.date === '2026-12-31')).toMatchObject({
      kind: 'holiday',
      overridden: true,
      name: '公司年终盘点',
    });
    expect(year.workingDayCount).toBe(247);
    const audit = await get('/api/audit-log?entity=calendar_day:2026-12-31', admin);
    expect(audit.json().items[0]).toMatchObject({
      action: 'calendar.override_set',
      after: { kind: 'holiday' },
    });
    const removed = await t.app.inject({
      method: 'DELETE',
      url: '/api/calendar/overrides/2026-12-31',
      headers: { cookie: admin },
    });
    expect(removed.statusCode).toBe(204);
    expect((await get('/api/calendar/2026', clerk)).json().workingDayCount).toBe(248);
  });

  it('R-27 an admin loads 2027 from the notice and publishes it; then deadlines into 2027 work', async () => {
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/calendar/2027/publish',
      headers: { cookie: admin },
    });
    expect(refused.statusCode).toBe(422);
    for (const date of ['2027-01-01']) {
      await t.app.inject({
        method: 'PUT',
        url: `/api/calendar/overrides/${date}`,
        headers: { cookie: admin },
        payload: { kind: 'holiday', name: '元旦' },
      });
    }
    const published = await t.app.inject({
      method: 'POST',
      url: '/api/calendar/2027/publish',
      headers: { cookie: admin },
    });
    expect(published.statusCode).toBe(200);
    expect(published.json().published).toBe(true);
    // 2026-12-31 (Thu) +1 → 2027-01-01 is a holiday, 01-02/03 weekend → Monday 2027-01-04.
    const add = await get('/api/calendar/add-working-days?from=2026-12-31&days=1', clerk);
    expect(add.json().result).toBe('2027-01-04');
  });

  it('rejects an impossible date with a clear message', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar/overrides/2026-02-30',
      headers: { cookie: admin },
      payload: { kind: 'holiday' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('INVALID_DATE');
  });
});
