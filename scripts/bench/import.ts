/**
 * npm run bench:import [-- --rows 100000]
 * Generates a billing-system CSV with valid identity numbers and imports it through the HTTP API
 * (in-process), on PGlite in memory, or on PostgreSQL when DATABASE_URL is set. Prints rows/s.
 */

import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { residentIdCheckChar } from '../../src/domain/identity/resident-id.js';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { openPglite, openPostgres } from '../../src/server/db/connect.js';
import { FileStore } from '../../src/server/files/file-store.js';
import { IdentityCipher } from '../../src/server/security/identity-cipher.js';
import { seedDemo } from '../../src/server/seed/seed-demo.js';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
const rows = Number(values.rows);

function csv(n: number): string {
  const lines = [
    '户号,用户类型,用户名称,证件类型,证件号码,联系电话,用气地址,营业网点,燃气使用证号,表具编号,表具类型,燃气费欠费',
  ];
  for (let i = 0; i < n; i++) {
    const first17 = `4201021980${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
    lines.push(
      [
        `77${String(i).padStart(8, '0')}`,
        i % 10 === 0 ? '商业' : '居民',
        `用户${i}`,
        '居民身份证',
        first17 + residentIdCheckChar(first17),
        `139${String(i).padStart(8, '0')}`,
        `滨江市解放路${i % 500}号${i % 30}室`,
        i % 2 ? 'B01' : 'B02',
        `RQZ${i}`,
        `M${String(i).padStart(9, '0')}`,
        '智能表',
        i % 7 === 0 ? `${(i % 500) + 0.5}` : '',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  const identity = new IdentityCipher(randomBytes(32));
  const handle = process.env.DATABASE_URL
    ? await openPostgres(process.env.DATABASE_URL)
    : await openPglite({});
  await seedDemo(handle.db, identity);
  const app = await buildApp(
    {
      db: handle.db,
      dbKind: handle.kind,
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      version: 'bench',
      identity,
      files: new FileStore(mkdtempSync(path.join(os.tmpdir(), 'bench-files-'))),
    },
    { serveWeb: false },
  );
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'admin1', password: 'Demo@12345' },
  });
  const cookie = `gc_session=${login.cookies.find((c) => c.name === 'gc_session')?.value}`;
  const body = csv(rows);
  console.log(`database: ${handle.kind}; file: ${rows} rows, ${(body.length / 1e6).toFixed(1)} MB`);
  const started = performance.now();
  const res = await app.inject({
    method: 'POST',
    url: '/api/customers/import',
    headers: { cookie, 'content-type': 'text/csv' },
    payload: body,
  });
  const seconds = (performance.now() - started) / 1000;
  const result = res.json();
  if (res.statusCode !== 200) throw new Error(`import failed: ${res.statusCode} ${res.body.slice(0, 500)}`);
  console.log(
    `imported ${result.rowsImported} rows in ${seconds.toFixed(2)} s → ${Math.round(result.rowsImported / seconds)} rows/s`,
  );
  await app.close();
  await handle.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
