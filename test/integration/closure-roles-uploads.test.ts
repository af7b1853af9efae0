import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../../src/domain/closure/transitions.js';
import { queryRows } from '../../src/server/db/rows.js';
import { CaseDriver } from '../support/case-helpers.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let d: CaseDriver;
beforeAll(async () => {
  t = await createTestApp();
  d = new CaseDriver(t);
});
afterAll(() => t.close());

const STAFF = {
  clerk: 'clerk1',
  cs: 'cs1',
  inspector: 'inspector1',
  finance: 'finance1',
  manager: 'manager1',
  supervisor: 'supervisor1',
  admin: 'admin1',
};

describe('SPEC §4 roles per action', () => {
  it.each(Object.entries(TRANSITIONS))(
    '%s: every staff role outside the table gets 403 FORBIDDEN',
    async (action, rule) => {
      const caseNo = await d.accepted(await d.newCustomer());
      for (const [role, user] of Object.entries(STAFF)) {
        if ((rule.roles as readonly string[]).includes(role)) continue;
        const res = await d.act(user, caseNo, action, {});
        expect(res.statusCode, `${action} by ${role}`).toBe(403);
        expect(res.json().code).toBe('FORBIDDEN');
      }
    },
  );

  it('an action from a state it does not start from is ACTION_NOT_ALLOWED with the state named', async () => {
    const caseNo = await d.open(await d.newCustomer());
    const res = await d.act('cs1', caseNo, 'confirm-intent', {
      contactMethod: 'phone',
      contactedAt: new Date().toISOString(),
      confirmed: true,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'ACTION_NOT_ALLOWED',
      detail: expect.stringContaining('待初审'),
    });
  });

  it('staff of another outlet cannot act on the case', async () => {
    const caseNo = await d.open(await d.newCustomer());
    const res = await d.act('clerk2', caseNo, 'preliminary-review', { result: 'accept' });
    expect(res.statusCode).toBe(403);
  });

  it('an unknown action is 404 and a bad payload is 422 with paths', async () => {
    const caseNo = await d.accepted(await d.newCustomer());
    expect((await d.act('cs1', caseNo, 'teleport')).statusCode).toBe(404);
    const bad = await d.act('cs1', caseNo, 'confirm-intent', { contactMethod: 'pigeon' });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['confirmed', 'contactMethod', 'contactedAt']);
  });
});

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

function multipart(name: string, bytes: Buffer, type = 'application/octet-stream') {
  const boundary = '----caseUpload';
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

describe('SPEC §8 uploads', () => {
  it('R-03 a scan is checked by content, stored by hash, marks the material supplied and is audited on download', async () => {
    const caseNo = await d.open(await d.newCustomer());
    const body = multipart('身份证.pdf', PNG);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseNo}/documents?kind=material&materialKind=applicant_id`,
      headers: { ...(await d.as('clerk1')), ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({
      contentType: 'image/png',
      size: PNG.length,
      sensitive: true,
      materialKind: 'applicant_id',
    });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    const c = await d.get(caseNo, 'clerk1');
    expect(c.materials.find((m: { kind: string }) => m.kind === 'applicant_id')).toMatchObject({
      supplied: true,
      documentIds: [doc.id],
    });
    const download = await t.app.inject({ method: 'GET', url: doc.url, headers: await d.as('cs1') });
    expect(download.rawPayload.equals(PNG)).toBe(true);
    const audit = await t.app.inject({
      method: 'GET',
      url: `/api/audit-log?entity=case:${caseNo}`,
      headers: await d.as('supervisor1'),
    });
    expect(audit.json().items[0]).toMatchObject({
      action: 'case.document_downloaded',
      actor: { username: 'cs1' },
    });
  });

  it('a file that is not PDF, JPEG or PNG is refused with UNSUPPORTED_FILE and nothing is stored', async () => {
    const caseNo = await d.open(await d.newCustomer());
    const count = async () =>
      JSON.stringify(await queryRows(t.handle.db, sql`select count(*)::int as n from case_documents`));
    const before = await count();
    const body = multipart('scan.png', Buffer.from('MZ\x90\x00 this is an executable'));
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseNo}/documents?kind=material&materialKind=applicant_id`,
      headers: { ...(await d.as('clerk1')), ...body.headers },
      payload: body.payload,
    });
    expect(res.json().code).toBe('UNSUPPORTED_FILE');
    expect(await count()).toEqual(before);
  });

  it('a file over the configured size limit is refused', async () => {
    const admin = await d.as('admin1');
    await t.app.inject({
      method: 'PUT',
      url: '/api/settings/UPLOAD-MAX-MB',
      headers: admin,
      payload: { value: 1 },
    });
    const caseNo = await d.open(await d.newCustomer());
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const body = multipart('big.pdf', big);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseNo}/documents?kind=other`,
      headers: { ...(await d.as('clerk1')), ...body.headers },
      payload: body.payload,
    });
    expect(res.json()).toMatchObject({ code: 'UNSUPPORTED_FILE', detail: expect.stringContaining('1 MB') });
    await t.app.inject({
      method: 'PUT',
      url: '/api/settings/UPLOAD-MAX-MB',
      headers: admin,
      payload: { value: 10 },
    });
  });
});

describe('workbench: my work', () => {
  it('lists the cases where the user has an action, nearest deadline first', async () => {
    const caseNo = await d.open(await d.newCustomer());
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/cases?mine=true&pageSize=100',
      headers: await d.as('clerk1'),
    });
    const item = mine.json().items.find((i: { caseNo: string }) => i.caseNo === caseNo);
    expect(item).toMatchObject({
      state: 'submitted',
      myActions: ['preliminary-review'],
    });
    expect(item.nextDeadline).toMatchObject({ kind: 'acceptance' });
    const dues = mine
      .json()
      .items.map((i: { nextDeadline: { dueDate: string } | null }) => i.nextDeadline?.dueDate ?? '9999');
    expect(dues).toEqual([...dues].sort());
    const inspector = await t.app.inject({
      method: 'GET',
      url: '/api/cases?mine=true',
      headers: await d.as('inspector1'),
    });
    expect(inspector.json().items.find((i: { caseNo: string }) => i.caseNo === caseNo)).toBeUndefined();
  });
});
