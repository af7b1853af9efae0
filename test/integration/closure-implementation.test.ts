import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disposeArchive } from '../../src/server/archive/archive.service.js';
import { queryRows } from '../../src/server/db/rows.js';
import { qrMatrix } from '../../src/server/pdf/qr.js';
import { drawnQrMatrix, readPdf } from '../../src/server/pdf/test-support/pdf-text.js';
import { CaseDriver, todayShanghai } from '../support/case-helpers.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let d: CaseDriver;
beforeAll(async () => {
  t = await createTestApp();
  d = new CaseDriver(t);
});
afterAll(() => t.close());

const now = () => new Date().toISOString();
const goodTest = {
  medium: 'nitrogen',
  testPressureKPa: 5,
  durationMin: 30,
  pressureDropKPa: 0,
  result: 'pass',
};
const finalizeBody = {
  identityVerified: true,
  identityDocument: 'resident_id',
  collected: ['gas_use_certificate'],
};

async function toSealing(caseNo: string, meter: string, mode: 'self' | 'company' = 'self') {
  await d.ok('cs1', caseNo, 'choose-removal', { mode });
  return d.ok('inspector1', caseNo, 'record-removal', {
    removedItems: [{ facility: 'meter', serialNo: meter }],
    removedAt: now(),
    removedBy: mode === 'self' ? 'customer' : 'company',
  });
}

async function closedCase() {
  const { accountNo, caseNo, meter } = await d.approved();
  await toSealing(caseNo, meter);
  await d.ok('inspector1', caseNo, 'record-sealing', {
    sealedAt: now(),
    method: 'plug',
    permanent: true,
    materialStandard: 'GB/T 8163 钢管丝堵',
  });
  const closed = await d.ok('clerk1', caseNo, 'finalize', finalizeBody);
  return { accountNo, caseNo, closed };
}

describe('R-12 removal', () => {
  it('R-12 company removal charges the fee from the schedule in force and sends a work order to inspectors', async () => {
    const { accountNo, caseNo } = await d.approved();
    const chosen = await d.ok('clerk1', caseNo, 'choose-removal', { mode: 'company' });
    expect(chosen).toMatchObject({
      state: 'removal',
      implementation: { removal: { mode: 'company', fee: '80.00' } },
    });
    const ledger = (
      await t.app.inject({
        method: 'GET',
        url: `/api/customers/${accountNo}/ledger`,
        headers: await d.as('finance1'),
      })
    ).json();
    expect(ledger.totals.byKind.removal).toEqual({ charged: '80.00', paid: '0.00', outstanding: '80.00' });
    const tasks = await queryRows<{ department: string }>(
      t.handle.db,
      sql`select department from case_tasks t join closure_cases c on c.id = t.case_id where c.case_no = ${caseNo} and t.status = 'open'`,
    );
    expect(tasks.map((x) => x.department)).toContain('inspector');
  });

  it('R-12 a fee published for a later day does not apply today', async () => {
    const admin = await d.as('admin1');
    const future = new Date(Date.now() + 8 * 3600_000 + 30 * 86_400_000).toISOString().slice(0, 10);
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/fee-schedule',
      headers: admin,
      payload: { customerType: 'residential', facilityKind: 'meter', amount: '95.00', effectiveFrom: future },
    });
    expect(added.statusCode).toBe(201);
    const publicView = await t.app.inject({ method: 'GET', url: '/api/public/fee-schedule' });
    expect(publicView.statusCode).toBe(200);
    const meter = publicView
      .json()
      .inForce.find(
        (i: { customerType: string; facilityKind: string }) =>
          i.customerType === 'residential' && i.facilityKind === 'meter',
      );
    expect(meter.amount).toBe('80.00');
    expect(publicView.json().upcoming).toEqual([
      expect.objectContaining({ amount: '95.00', effectiveFrom: future }),
    ]);
    const later = await t.app.inject({ method: 'GET', url: `/api/public/fee-schedule?date=${future}` });
    expect(
      later
        .json()
        .inForce.find(
          (i: { facilityKind: string; customerType: string }) =>
            i.customerType === 'residential' && i.facilityKind === 'meter',
        ).amount,
    ).toBe('95.00');
    const past = await t.app.inject({
      method: 'POST',
      url: '/api/fee-schedule',
      headers: admin,
      payload: {
        customerType: 'residential',
        facilityKind: 'meter',
        amount: '1.00',
        effectiveFrom: '2026-01-02',
      },
    });
    expect(past.statusCode).toBe(422);
  });

  it('R-12 removal must name the account’s own meter; the facilities are marked removed', async () => {
    const { accountNo, caseNo, meter } = await d.approved();
    await d.ok('cs1', caseNo, 'choose-removal', { mode: 'self' });
    const wrong = await d.act('inspector1', caseNo, 'record-removal', {
      removedItems: [{ facility: 'meter', serialNo: 'NOT-MINE' }],
      removedAt: now(),
      removedBy: 'customer',
    });
    expect(wrong.statusCode).toBe(422);
    expect(
      wrong
        .json()
        .errors.map((e: { message: string }) => e.message)
        .join(),
    ).toContain(`燃气表 ${meter} 尚未拆除`);
    const ok = await d.ok('inspector1', caseNo, 'record-removal', {
      removedItems: [{ facility: 'meter', serialNo: meter }],
      removedAt: now(),
      removedBy: 'customer',
    });
    expect(ok.state).toBe('sealing');
    expect(ok.deadlines.find((x: { kind: string }) => x.kind === 'removal').status).toBe('met');
    const customer = (
      await t.app.inject({ method: 'GET', url: `/api/customers/${accountNo}`, headers: await d.as('clerk1') })
    ).json();
    expect(customer.facilities.find((f: { serialNo: string }) => f.serialNo === meter).status).toBe(
      'removed',
    );
  });
});

describe('R-13 sealing and the pressure test', () => {
  it('R-13 commercial permanent sealing needs a passing test: missing and failing are refused with their codes', async () => {
    const { caseNo, meter } = await d.approved('commercial');
    await toSealing(caseNo, meter);
    const base = {
      sealedAt: now(),
      method: 'blind_flange',
      permanent: true,
      materialStandard: 'GB/T 9124 盲板',
    };
    const missing = await d.act('inspector1', caseNo, 'record-sealing', base);
    expect(missing.json().code).toBe('PRESSURE_TEST_REQUIRED');
    const short = await d.act('inspector1', caseNo, 'record-sealing', {
      ...base,
      pressureTest: { ...goodTest, durationMin: 20 },
    });
    expect(short.json()).toMatchObject({
      code: 'PRESSURE_TEST_FAILED',
      detail: expect.stringContaining('不足 30 分钟'),
    });
    const water = await d.act('inspector1', caseNo, 'record-sealing', {
      ...base,
      pressureTest: { ...goodTest, medium: 'water' },
    });
    expect(water.json().detail).toContain('不得用水');
    const sealed = await d.ok('inspector1', caseNo, 'record-sealing', { ...base, pressureTest: goodTest });
    expect(sealed.state).toBe('awaiting_final');
    expect(sealed.documents.map((x: { kind: string }) => x.kind)).toContain('sealing_record');
    expect(sealed.implementation.sealing).toMatchObject({
      permanent: true,
      pressureTest: { testPressureKPa: 5, durationMin: 30 },
    });
  });

  it('R-13 the thresholds are settings: raising the minimum pressure refuses a test that passed before', async () => {
    const admin = await d.as('admin1');
    await t.app.inject({
      method: 'PUT',
      url: '/api/settings/SEAL-TEST-MIN-KPA',
      headers: admin,
      payload: { value: 7 },
    });
    const { caseNo, meter } = await d.approved('industrial');
    await toSealing(caseNo, meter);
    const res = await d.act('inspector1', caseNo, 'record-sealing', {
      sealedAt: now(),
      method: 'cap',
      permanent: true,
      materialStandard: 'GB/T 12459 管帽',
      pressureTest: goodTest,
    });
    expect(res.json().detail).toContain('低于 7 kPa');
    await t.app.inject({
      method: 'PUT',
      url: '/api/settings/SEAL-TEST-MIN-KPA',
      headers: admin,
      payload: { value: 5 },
    });
  });
});

describe('R-14 R-15 final closure and certificate', () => {
  it('R-14 finalize is refused while anything is owed, including the removal fee', async () => {
    const { accountNo, caseNo, meter } = await d.approved();
    await toSealing(caseNo, meter, 'company');
    await d.ok('inspector1', caseNo, 'record-sealing', {
      sealedAt: now(),
      method: 'plug',
      permanent: false,
      materialStandard: '丝堵',
    });
    const refused = await d.act('clerk1', caseNo, 'finalize', finalizeBody);
    expect(refused.json()).toMatchObject({
      code: 'ARREARS_OUTSTANDING',
      detail: expect.stringContaining('¥80.00'),
    });
    const noId = await d.act('clerk1', caseNo, 'finalize', { ...finalizeBody, identityVerified: false });
    expect(noId.statusCode).toBe(422);
    await d.pay(accountNo, '80.00');
    const closed = await d.ok('clerk1', caseNo, 'finalize', finalizeBody);
    expect(closed.state).toBe('closed');
  });

  it('R-14 R-15 closing deregisters the account, issues a numbered certificate (text and QR checked) and schedules the follow-up', async () => {
    const { accountNo, caseNo, closed } = await closedCase();
    expect(closed.implementation.certificate.certificateNo).toMatch(/^XZ\d{10}$/);
    expect(closed.implementation.certificate.verificationUrl).toContain(
      `/verify/${closed.implementation.certificate.certificateNo}?h=`,
    );
    expect(closed.deadlines.find((x: { kind: string }) => x.kind === 'follow_up')).toMatchObject({
      status: 'open',
    });
    const customer = (
      await t.app.inject({ method: 'GET', url: `/api/customers/${accountNo}`, headers: await d.as('clerk1') })
    ).json();
    expect(customer).toMatchObject({ status: 'closed', closedOn: todayShanghai() });
    const cert = closed.documents.find((x: { kind: string }) => x.kind === 'closure_certificate');
    const pdf = await t.app.inject({ method: 'GET', url: cert.url, headers: await d.as('clerk1') });
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const content = readPdf(pdf.rawPayload);
    for (const text of [
      '燃气用户销户证明',
      closed.implementation.certificate.certificateNo,
      '测试用户',
      accountNo,
      '城东营业厅',
    ]) {
      expect(content.flat, text).toContain(text);
    }
    expect(drawnQrMatrix(content.contentStreams[0] ?? '')).toEqual(
      qrMatrix(closed.implementation.certificate.verificationUrl),
    );
    const gas = await t.app.inject({
      method: 'POST',
      url: `/api/customers/${accountNo}/charges`,
      headers: await d.as('finance1'),
      payload: { kind: 'gas', amount: '1.00', dueDate: '2026-12-31' },
    });
    expect(gas.json().code).toBe('ACCOUNT_CLOSED');
    expect((await d.apply(accountNo)).json().detail).toContain('销户');
    expect(caseNo).toMatch(/^XH/);
  });

  it('X4 verification: genuine, unknown, altered (wrong bundle hash or a changed PDF)', async () => {
    const { closed } = await closedCase();
    const { certificateNo, verificationUrl } = closed.implementation.certificate;
    const h = new URL(verificationUrl).searchParams.get('h');
    const genuine = await t.app.inject({
      method: 'GET',
      url: `/api/public/certificates/${certificateNo}?h=${h}`,
    });
    expect(genuine.json()).toMatchObject({
      status: 'genuine',
      certificateNo,
      accountNo: closed.customer.accountNo,
      customerName: '测***',
    });
    const unknown = await t.app.inject({ method: 'GET', url: '/api/public/certificates/XZ2026999999' });
    expect(unknown.json()).toMatchObject({
      status: 'unknown',
      message: expect.stringContaining('查无此证明编号'),
    });
    const altered = await t.app.inject({
      method: 'GET',
      url: `/api/public/certificates/${certificateNo}?h=0000000000000000`,
    });
    expect(altered.json().status).toBe('altered');
    const cert = closed.documents.find((x: { kind: string }) => x.kind === 'closure_certificate');
    const original = (await t.app.inject({ method: 'GET', url: cert.url, headers: await d.as('clerk1') }))
      .rawPayload;
    const upload = async (bytes: Buffer) => {
      const boundary = '----cert';
      return t.app.inject({
        method: 'POST',
        url: `/api/public/certificates/${certificateNo}/check-file`,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="c.pdf"\r\n\r\n`,
          ),
          bytes,
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]),
      });
    };
    expect((await upload(original)).json().status).toBe('genuine');
    const tampered = Buffer.from(original);
    tampered[tampered.length - 20] = (tampered[tampered.length - 20] ?? 0) ^ 1;
    expect((await upload(tampered)).json().status).toBe('altered');
  });

  it('R-04 the application form is downloadable without login for each customer type', async () => {
    for (const type of ['residential', 'commercial', 'industrial']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/public/application-forms/${type}` });
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
  });
});

describe('R-16 archive', () => {
  it('R-16 archiving files the bundle with each file’s hash, retention to closure + P-RETAIN years, searchable', async () => {
    const { caseNo, closed } = await closedCase();
    const archived = await d.ok('cs1', caseNo, 'archive', {
      category: '销户档案（居民）',
      location: '城东营业厅档案室 A-03',
    });
    const year = Number(todayShanghai().slice(0, 4));
    expect(archived.implementation.archive).toMatchObject({
      retainUntil: `${year + 30}${todayShanghai().slice(4)}`,
    });
    expect((await d.act('cs1', caseNo, 'archive', { category: 'x' })).json().code).toBe('ACTION_NOT_ALLOWED');
    const archiveNo = archived.implementation.archive.archiveNo;
    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/archive/${archiveNo}`, headers: await d.as('cs1') })
    ).json();
    const files = detail.manifest.files as Array<{ kind: string; sha256: string }>;
    expect(files.map((f) => f.kind)).toEqual(
      expect.arrayContaining([
        'settlement_certificate',
        'closure_notice',
        'sealing_record',
        'closure_certificate',
      ]),
    );
    for (const f of files) {
      const doc = archived.documents.find((x: { sha256: string }) => x.sha256 === f.sha256);
      expect(doc, f.kind).toBeDefined();
    }
    expect(detail.manifest.certificateNo).toBe(closed.implementation.certificate.certificateNo);
    for (const q of [
      closed.customer.accountNo,
      caseNo,
      closed.implementation.certificate.certificateNo,
      archiveNo,
    ]) {
      const found = (
        await t.app.inject({ method: 'GET', url: `/api/archive?q=${q}`, headers: await d.as('cs1') })
      ).json();
      expect(
        found.items.map((i: { archiveNo: string }) => i.archiveNo),
        q,
      ).toContain(archiveNo);
    }
  });

  it('R-16 disposal is refused before expiry; allowed after it with an appraisal record', async () => {
    const { caseNo } = await closedCase();
    const archived = await d.ok('cs1', caseNo, 'archive', { category: '销户档案', location: '' });
    const archiveNo = archived.implementation.archive.archiveNo;
    const appraisal = {
      appraisal: { appraisers: ['张鉴定', '李鉴定'], conclusion: '保管期满，无保存价值', method: 'shred' },
    };
    const early = await t.app.inject({
      method: 'POST',
      url: `/api/archive/${archiveNo}/dispose`,
      headers: await d.as('admin1'),
      payload: appraisal,
    });
    expect(early.json()).toMatchObject({
      code: 'ACTION_NOT_ALLOWED',
      detail: expect.stringContaining('尚未届满'),
    });
    const admin = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: await d.as('admin1') });
    const actor = {
      userId: admin.json().user.id,
      username: 'admin1',
      displayName: '系统管理员',
      role: 'admin' as const,
      branchId: null,
    };
    const later = `${Number(todayShanghai().slice(0, 4)) + 31}-01-01` as never;
    const disposed = await disposeArchive(t.handle.db, actor, archiveNo, appraisal as never, later);
    expect(disposed.disposedAt).not.toBeNull();
    expect(disposed.disposal).toMatchObject({ conclusion: '保管期满，无保存价值', disposedBy: 'admin1' });
  });
});

describe('R-17 R-18 follow-up', () => {
  it('R-17 problems become department tasks; a bad rating opens a supervision item; the deadline is met', async () => {
    const { caseNo } = await closedCase();
    const done = await d.ok('cs1', caseNo, 'record-follow-up', {
      method: 'phone',
      rating: 2,
      satisfied: false,
      issues: [
        { description: '拆除后墙面开孔未封堵', department: 'inspector' },
        { description: '预存气费未退', department: 'finance' },
      ],
      facilityDisposal: '燃气表由我司回收报废',
      safetyIssue: '',
    });
    expect(done.implementation.followUp).toMatchObject({ rating: 2, satisfied: false });
    expect(done.deadlines.find((x: { kind: string }) => x.kind === 'follow_up').status).toBe('met');
    const tasks = await queryRows<{ department: string; status: string }>(
      t.handle.db,
      sql`select department, status from staff_tasks where source_id = ${caseNo} order by department`,
    );
    expect(tasks).toEqual([
      { department: 'finance', status: 'open' },
      { department: 'inspector', status: 'open' },
    ]);
    const items = await queryRows<{ source: string }>(
      t.handle.db,
      sql`select source from supervision_items s join closure_cases c on c.id = s.case_id where c.case_no = ${caseNo}`,
    );
    expect(items).toEqual([{ source: 'bad_rating' }]);
    const supervisor = await d.as('supervisor1');
    const list = (
      await t.app.inject({ method: 'GET', url: '/api/supervision/items?status=open', headers: supervisor })
    ).json();
    const item = list.items.find((i: { caseNo: string }) => i.caseNo === caseNo);
    expect(item.description).toContain('不满意');
    const closed = await t.app.inject({
      method: 'POST',
      url: `/api/supervision/items/${item.id}/close`,
      headers: supervisor,
      payload: { note: '已回访致歉并督促整改' },
    });
    expect(closed.statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/supervision/items?status=open', headers: supervisor }))
        .json()
        .items.map((i: { id: string }) => i.id),
    ).not.toContain(item.id);
    expect(
      (
        await d.act('cs1', caseNo, 'record-follow-up', {
          method: 'phone',
          rating: 5,
          satisfied: true,
          facilityDisposal: 'x',
        })
      ).json().code,
    ).toBe('ACTION_NOT_ALLOWED');
  });
});
