import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, verifyAuditChains } from '../../src/server/audit/audit.service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin1');
});
afterAll(() => t.close());

const put = (id: string, value: number) =>
  t.app.inject({ method: 'PUT', url: `/api/settings/${id}`, headers: { cookie: admin }, payload: { value } });

describe('R-26 audit log', () => {
  it('R-26 a settings change is audited with actor, before and after', async () => {
    expect((await put('P-INSPECT', 4)).statusCode).toBe(200);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/audit-log?entity=setting:P-INSPECT',
      headers: { cookie: admin },
    });
    const [entry] = res.json().items;
    expect(entry).toMatchObject({
      entityType: 'setting',
      entityId: 'P-INSPECT',
      seq: 1,
      action: 'setting.updated',
      actor: { username: 'admin1', role: 'admin' },
      before: { value: 3 },
      after: { value: 4 },
    });
  });

  it('R-26 chains are per entity: seq counts within the entity and links to the previous hash', async () => {
    await put('P-RECTIFY', 11);
    await put('P-RECTIFY', 12);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/audit-log?entity=setting:P-RECTIFY',
      headers: { cookie: admin },
    });
    const [second, first] = res.json().items;
    expect([first.seq, second.seq]).toEqual([1, 2]);
    expect(second.prevHash).toBe(first.hash);
    expect(first.prevHash).toBe('0'.repeat(64));
  });

  it('R-26 verify reports an intact log', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/audit-log/verify',
      headers: { cookie: await t.login('supervisor1') },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ intact: true, firstBroken: null });
    expect(res.json().entriesChecked).toBeGreaterThan(10);
  });

  it('R-26 a hand-edited entry is detected and named', async () => {
    await put('P-FINANCE', 3);
    await t.handle.db.execute(
      sql`update audit_log set after = '{"value": 9}'::jsonb where entity_type = 'setting' and entity_id = 'P-FINANCE'`,
    );
    const result = await verifyAuditChains(t.handle.db);
    expect(result.intact).toBe(false);
    expect(result.firstBroken).toMatchObject({ entityType: 'setting', entityId: 'P-FINANCE', seq: 1 });
    expect(result.firstBroken?.reason).toContain('哈希不符');
    // restore for the next test
    await t.handle.db.execute(
      sql`update audit_log set after = '{"value": 3}'::jsonb where entity_type = 'setting' and entity_id = 'P-FINANCE'`,
    );
    expect((await verifyAuditChains(t.handle.db)).intact).toBe(true);
  });

  it('R-26 a deleted entry in the middle of a chain is detected', async () => {
    await put('P-REMOVAL', 16);
    await put('P-REMOVAL', 17);
    await put('P-REMOVAL', 18);
    await t.handle.db.execute(
      sql`delete from audit_log where entity_type = 'setting' and entity_id = 'P-REMOVAL' and seq = 2`,
    );
    const result = await verifyAuditChains(t.handle.db);
    expect(result.firstBroken).toMatchObject({ entityId: 'P-REMOVAL', seq: 3 });
    expect(result.firstBroken?.reason).toContain('第 2 条记录缺失');
  });

  it('R-26 a deleted tail entry is detected through the chain head', async () => {
    await t.handle.db.execute(
      sql`delete from audit_log where entity_type = 'setting' and entity_id = 'P-REMOVAL'`,
    );
    await t.handle.db.execute(
      sql`delete from audit_chain_heads where entity_type = 'setting' and entity_id = 'P-REMOVAL'`,
    );
    await put('P-WARN', 2);
    await put('P-WARN', 3);
    await t.handle.db.execute(
      sql`delete from audit_log where entity_type = 'setting' and entity_id = 'P-WARN' and seq = 2`,
    );
    const result = await verifyAuditChains(t.handle.db);
    expect(result.firstBroken).toMatchObject({ entityId: 'P-WARN' });
    expect(result.firstBroken?.reason).toContain('链尾记录缺失');
  });

  it('R-26 concurrent appends to one entity all land, in one unbroken chain', async () => {
    await t.handle.db.execute(sql`delete from audit_log where entity_id = 'P-WARN'`);
    await t.handle.db.execute(sql`delete from audit_chain_heads where entity_id = 'P-WARN'`);
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.handle.db.transaction((tx) =>
          recordAudit(tx, null, {
            entityType: 'branch',
            entityId: 'B99',
            action: 'branch.updated',
            after: { i },
          }),
        ),
      ),
    );
    const rows = (await t.handle.db.execute(
      sql`select seq from audit_log where entity_type = 'branch' and entity_id = 'B99' order by seq`,
    )) as unknown as { rows: { seq: number }[] };
    expect(rows.rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await verifyAuditChains(t.handle.db)).intact).toBe(true);
  });

  it('R-26 a change that fails leaves neither the change nor its audit entry', async () => {
    const count = async () =>
      (
        (await t.handle.db.execute(sql`select count(*)::int as n from audit_log`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]?.n;
    const before = await count();
    await expect(
      t.handle.db.transaction(async (tx) => {
        await recordAudit(tx, null, {
          entityType: 'branch',
          entityId: 'B98',
          action: 'branch.updated',
          after: {},
        });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await count()).toBe(before);
  });
});
