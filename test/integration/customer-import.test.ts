import { sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin1');
});
afterAll(() => t.close());

const HEADER =
  '户号,用户类型,用户名称,证件类型,证件号码,联系电话,用气地址,营业网点,燃气使用证号,表具编号,表具类型,其他设施,燃气费欠费,安装费欠费,滞纳金,欠费到期日';
const good1 =
  '3300000001,居民,李四,居民身份证,11010519491231002X,13900001111,滨江市和平街 5 号,B01,RQZ-1,M-1001,IC卡预付费表,管道:P-1;阀门:V-1,120.50,,3.25,2026-11-30';
const good2 =
  '3300000002,商业,味之源餐厅,统一社会信用代码,91350100M000100Y43,13900002222,滨江市江滨路 8 号,B02,RQZ-2,M-1002,智能表,,0,800.00,,';
const badId =
  '3300000003,居民,王五,居民身份证,110105194912310021,13900003333,滨江市和平街 6 号,B01,,M-1003,机械表,,,,,';
const badMany = '3300000004,商店,,护照,E1,123,,B09,,M-1004,燃气灶,,12.345,,,2026-02-30';

const post = (body: Buffer | string, mode?: string, contentType = 'text/csv') =>
  t.app.inject({
    method: 'POST',
    url: `/api/customers/import${mode ? `?mode=${mode}` : ''}`,
    headers: { cookie: admin, 'content-type': contentType },
    payload: body,
  });

const count = async () =>
  (
    (await t.handle.db.execute(
      sql`select count(*)::int as n from accounts where account_no like '33%'`,
    )) as unknown as {
      rows: { n: number }[];
    }
  ).rows[0]?.n;

describe('R-01 customer import from the billing system', () => {
  it('R-01 by default one bad row means nothing is imported, and every bad row is reported with its line and reasons', async () => {
    const res = await post([HEADER, good1, badId, good2, badMany].join('\n'));
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.report.rowsImported).toBe(0);
    expect(body.report.errors.map((e: { line: number }) => e.line)).toEqual([3, 5]);
    expect(body.report.errors[0].reasons[0]).toMatch(/校验/);
    const many = body.report.errors[1].reasons.join('\n');
    for (const fragment of [
      '用户类型',
      '用户名称',
      '护照号码',
      '手机号码',
      '用气地址',
      'B09',
      '表具类型',
      '燃气费欠费',
      '欠费到期日',
    ]) {
      expect(many).toContain(fragment);
    }
    expect(await count()).toBe(0);
  });

  it('R-01 valid-only imports the good rows with facilities and opening balances, and reports the rest', async () => {
    const res = await post([HEADER, good1, badId, good2].join('\r\n'), 'valid-only');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ rowsTotal: 3, rowsImported: 2, rowsRejected: 1, encoding: 'utf-8' });
    expect(await count()).toBe(2);
    const c = (
      await t.app.inject({ method: 'GET', url: '/api/customers/3300000001', headers: { cookie: admin } })
    ).json();
    expect(c).toMatchObject({ type: 'residential', outlet: { code: 'B01' }, gasCertificateNo: 'RQZ-1' });
    expect(
      c.facilities.map((f: { facility: string; serialNo: string }) => `${f.facility}:${f.serialNo}`).sort(),
    ).toEqual(['meter:M-1001', 'pipe:P-1', 'valve:V-1']);
    const ledger = (
      await t.app.inject({
        method: 'GET',
        url: '/api/customers/3300000001/ledger',
        headers: { cookie: admin },
      })
    ).json();
    expect(ledger.totals.byKind.gas.outstanding).toBe('120.50');
    expect(ledger.totals.byKind.late_fee.outstanding).toBe('3.25');
    expect(ledger.charges[0].dueDate).toBe('2026-11-30');
  });

  it('R-01 rows whose account number exists or repeats in the file are refused', async () => {
    const dupInFile = good1.replace('3300000001', '3300000009');
    const res = await post(
      [HEADER, good1, dupInFile, dupInFile.replace('李四', '李五')].join('\n'),
      'valid-only',
    );
    const report = res.json();
    expect(report.rowsImported).toBe(1);
    expect(report.errors).toEqual([
      { line: 2, accountNo: '3300000001', reasons: ['户号 3300000001 已存在'] },
      { line: 4, accountNo: '3300000009', reasons: ['户号 3300000009 与第 3 行重复'] },
    ]);
  });

  it('R-01 a GBK file as Chinese Excel saves it is read correctly', async () => {
    const gbk = iconv.encode(
      [HEADER, good1.replace('3300000001', '3300000021').replace('李四', '欧阳娜娜')].join('\r\n'),
      'gbk',
    );
    const res = await post(gbk, 'valid-only', 'application/octet-stream');
    expect(res.json()).toMatchObject({ rowsImported: 1, encoding: 'gb18030' });
    const c = (
      await t.app.inject({ method: 'GET', url: '/api/customers/3300000021', headers: { cookie: admin } })
    ).json();
    expect(c.name).toBe('欧阳娜娜');
    expect(c.address).toBe('滨江市和平街 5 号');
  });

  it('R-01 a UTF-8 file with BOM and English headers works, uploaded as multipart', async () => {
    const english = 'account_no,type,name,id_type,id_number,phone,address,outlet';
    const csv = `\ufeff${english}\n3300000031,residential,Chen Mei,resident_id,11010519491231002x,13900004444,滨江市建设大道 1 号,B02\n`;
    const boundary = '----closureTest';
    const multipart = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="billing.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      Buffer.from(csv, 'utf8'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await post(multipart, undefined, `multipart/form-data; boundary=${boundary}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ rowsImported: 1, encoding: 'utf-8-bom' });
  });

  it('a file without the required columns is refused naming them', async () => {
    const res = await post('户号,用户名称\n1,张三\n');
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('用户类型');
  });

  it('the import is audited, and a clerk may not import', async () => {
    const audit = (
      await t.app.inject({
        method: 'GET',
        url: '/api/audit-log?entity=customer_import',
        headers: { cookie: admin },
      })
    ).json();
    expect(audit.items[0]).toMatchObject({
      action: 'customer_import.completed',
      actor: { username: 'admin1' },
    });
    const clerk = await t.login('clerk1');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/customers/import',
      headers: { cookie: clerk, 'content-type': 'text/csv' },
      payload: `${HEADER}\n${good1}`,
    });
    expect(res.statusCode).toBe(403);
  });
});
