import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchOutbox } from '../../src/server/notifications/dispatcher.js';
import type { OutboxRow } from '../../src/server/notifications/outbox.repository.js';
import { enqueueNotifications } from '../../src/server/notifications/outbox.service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const status = async () =>
  (
    (await t.handle.db.execute(
      sql`select status, attempts, last_error from outbox order by created_at`,
    )) as unknown as {
      rows: { status: string; attempts: number; last_error: string | null }[];
    }
  ).rows;

describe('R-29 notification outbox', () => {
  it('R-29 a message queued in a rolled-back transaction never exists', async () => {
    await expect(
      t.handle.db.transaction(async (tx) => {
        await enqueueNotifications(tx, [
          { channel: 'sms', recipient: '13800138000', template: 'system.test', params: { at: 'x' } },
        ]);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await status()).toEqual([]);
  });

  it('R-29 a failed send is retried with backoff and recorded as sent once it goes through', async () => {
    await t.handle.db.transaction((tx) =>
      enqueueNotifications(tx, [
        { channel: 'email', recipient: 'a@example.com', template: 'system.test', params: { at: '今天' } },
      ]),
    );
    let now = new Date();
    const failing = { send: async () => Promise.reject(new Error('smtp down')) };
    expect(await dispatchOutbox(t.handle.db, failing, () => now)).toEqual({ claimed: 1, sent: 0 });
    expect(await status()).toEqual([{ status: 'pending', attempts: 1, last_error: 'smtp down' }]);
    // not due again until the backoff has passed
    expect((await dispatchOutbox(t.handle.db, failing, () => now)).claimed).toBe(0);
    now = new Date(now.getTime() + 31_000);
    const delivered: OutboxRow[] = [];
    const ok = { send: async (m: OutboxRow) => void delivered.push(m) };
    expect(await dispatchOutbox(t.handle.db, ok, () => now)).toEqual({ claimed: 1, sent: 1 });
    expect(delivered[0]?.body).toBe('这是一条测试消息，发送于 今天。');
    expect((await status())[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('R-29 two dispatchers running at once send every message exactly once', async () => {
    await t.handle.db.transaction((tx) =>
      enqueueNotifications(
        tx,
        Array.from({ length: 40 }, (_, i) => ({
          channel: 'sms' as const,
          recipient: `1380013${String(i).padStart(4, '0')}`,
          template: 'system.test' as const,
          params: { at: String(i) },
        })),
      ),
    );
    const seen: string[] = [];
    const transport = { send: async (m: OutboxRow) => void seen.push(m.id) };
    await Promise.all([dispatchOutbox(t.handle.db, transport), dispatchOutbox(t.handle.db, transport)]);
    expect(seen).toHaveLength(40);
    expect(new Set(seen).size).toBe(40);
  });
});

describe('Idempotency-Key (SPEC §7)', () => {
  const body = {
    username: 'cs9',
    displayName: '幂等测试',
    role: 'cs',
    branchCode: 'B01',
    password: 'Start1234',
  };

  it('a retried write returns the first answer and changes nothing more', async () => {
    const cookie = await t.login('admin1');
    const headers = { cookie, 'idempotency-key': 'create-cs9-0001' };
    const first = await t.app.inject({ method: 'POST', url: '/api/users', headers, payload: body });
    const second = await t.app.inject({ method: 'POST', url: '/api/users', headers, payload: body });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replay']).toBe('true');
    expect(second.json()).toEqual(first.json());
    const n = (await t.handle.db.execute(
      sql`select count(*)::int as n from users where username = 'cs9'`,
    )) as unknown as {
      rows: { n: number }[];
    };
    expect(n.rows[0]?.n).toBe(1);
  });

  it('the same key with a different body is refused', async () => {
    const cookie = await t.login('admin1');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie, 'idempotency-key': 'create-cs9-0001' },
      payload: { ...body, displayName: '别的' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('a malformed key is a validation error', async () => {
    const cookie = await t.login('admin1');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie, 'idempotency-key': 'x' },
      payload: body,
    });
    expect(res.statusCode).toBe(422);
  });
});
