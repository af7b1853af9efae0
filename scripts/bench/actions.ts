/**
 * npm run bench:actions  (needs DATABASE_URL of a PostgreSQL server; creates and drops its own database)
 *
 * Case actions per second over HTTP with 32 concurrent clients (each rescheduling the inspection of
 * its own cases, one transaction per action with its audit entry, event, task and outbox message),
 * and beside it, in the same run, the same writes done by a plain SQL loop over 32 connections.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApp } from '../../src/server/app.js';
import { entryHash } from '../../src/server/audit/chain-hash.js';
import { actorOf } from '../../src/server/auth/auth.service.js';
import { runAction } from '../../src/server/cases/action-executor.js';
import { createCase } from '../../src/server/cases/case-application.js';
import { loadConfig } from '../../src/server/config.js';
import { createCustomer } from '../../src/server/customers/customers.service.js';
import { openPostgres } from '../../src/server/db/connect.js';
import { FileStore } from '../../src/server/files/file-store.js';
import { IdentityCipher } from '../../src/server/security/identity-cipher.js';
import { seedDemo } from '../../src/server/seed/seed-demo.js';
import { findUserByUsername } from '../../src/server/users/users.repository.js';

const { values } = parseArgs({
  options: { clients: { type: 'string', default: '32' }, seconds: { type: 'string', default: '10' } },
});
const CLIENTS = Number(values.clients);
const SECONDS = Number(values.seconds);
const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) {
  console.error('DATABASE_URL (PostgreSQL) is required, e.g. postgres://postgres@127.0.0.1:5432/postgres');
  process.exit(2);
}

function withDb(url: string, db: string) {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

function run(cmd: string, args: string[]): Promise<{ stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) =>
      code === 0 ? resolve({ stdout }) : reject(new Error(`load generator failed: ${stderr}`)),
    );
  });
}

async function timed(label: string, worker: (client: number, until: number) => Promise<number>) {
  const until = Date.now() + SECONDS * 1000;
  const started = performance.now();
  const counts = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => worker(i, until)));
  const seconds = (performance.now() - started) / 1000;
  const total = counts.reduce((a, b) => a + b, 0);
  const rate = total / seconds;
  console.log(
    `${label.padEnd(28)} ${String(total).padStart(7)} actions in ${seconds.toFixed(1)} s → ${rate.toFixed(0)} /s`,
  );
  return rate;
}

async function main() {
  const dbName = `bench_actions_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const url = withDb(adminUrl as string, dbName);
  const handle = await openPostgres(url, CLIENTS + 4);
  const identity = new IdentityCipher(randomBytes(32));
  try {
    await seedDemo(handle.db, identity);
    const ctx = {
      db: handle.db,
      dbKind: handle.kind,
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      version: 'bench',
      identity,
      files: new FileStore(mkdtempSync(path.join(os.tmpdir(), 'bench-files-'))),
    };
    const clerkUser = await findUserByUsername(handle.db, 'clerk1');
    if (!clerkUser) throw new Error('seed has no clerk1');
    const clerk = actorOf(clerkUser);
    // Two cases per client: one for the HTTP run, one for the SQL run, all under review.
    const cases: string[] = [];
    for (let i = 0; i < CLIENTS * 2; i++) {
      const customer = await createCustomer(ctx, clerk, {
        type: 'residential',
        name: `压测用户${i}`,
        idType: 'resident_id',
        idNumber: '11010519491231002X',
        phone: '13800138000',
        address: '滨江市压测路 1 号',
        facilities: [],
      });
      const caseNo = await createCase(ctx, clerk, {
        accountNo: customer.accountNo,
        channel: 'counter',
        applicant: {
          name: '压测',
          idType: 'resident_id',
          idNumber: '11010519491231002X',
          phone: '13800138000',
        },
        reason: '压测',
        materials: ['application_form', 'applicant_id', 'gas_use_certificate'].map((kind) => ({
          kind: kind as never,
          supplied: true,
          originalSighted: true,
        })),
      });
      await runAction(ctx, clerk, caseNo, 'preliminary-review', { expectedVersion: 1, result: 'accept' });
      cases.push(caseNo);
    }
    const day = new Date(Date.now() + 8 * 3600_000 + 86_400_000).toISOString().slice(0, 10);

    const app = await buildApp(ctx, { serveWeb: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'inspector1', password: 'Demo@12345' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    console.log(
      `PostgreSQL ${dbName}; ${CLIENTS} concurrent clients; ${SECONDS} s per run; action: schedule-inspection`,
    );

    const started = performance.now();
    const until = Date.now() + SECONDS * 1000;
    // The server keeps serving in this process while the clients run in another.
    const load = await run(process.execPath, [
      '--import',
      'tsx',
      path.resolve(import.meta.dirname, 'http-load.ts'),
      JSON.stringify({
        base,
        cookie,
        cases: cases.slice(0, CLIENTS).map((caseNo) => ({ caseNo, version: 2 })),
        until,
        day,
      }),
    ]);
    const httpSeconds = (performance.now() - started) / 1000;
    const httpCount = Number(load.stdout.trim());
    const http = httpCount / httpSeconds;
    console.log(
      `${'HTTP (API, full stack)'.padEnd(28)} ${String(httpCount).padStart(7)} actions in ${httpSeconds.toFixed(1)} s → ${http.toFixed(0)} /s`,
    );
    await app.close();

    const pool = new pg.Pool({ connectionString: url, max: CLIENTS });
    const sqlRate = await timed('plain SQL loop (same writes)', async (i, until) => {
      const caseNo = cases[CLIENTS + i] as string;
      const client = await pool.connect();
      let n = 0;
      try {
        while (Date.now() < until) {
          await client.query('begin');
          const { rows } = await client.query(
            'select id, version, state, branch_id from closure_cases where case_no = $1 for update',
            [caseNo],
          );
          const c = rows[0];
          await client.query(
            `insert into case_inspections (case_id, round, scheduled_for, inspector) values ($1, 1, $2, 'inspector1')`,
            [c.id, day],
          );
          await client.query(
            'update closure_cases set safety_state = $2, version = version + 1, updated_at = now() where id = $1',
            [c.id, 'scheduled'],
          );
          await client.query(
            `update case_tasks set status = 'done', done_at = now() where case_id = $1 and status = 'open' and department = 'inspector'`,
            [c.id],
          );
          await client.query(
            `insert into outbox (channel, recipient, template, subject, body, entity_type, entity_id) values ('sms', '13800138000', 'case.inspection_scheduled', 's', 'b', 'case', $1)`,
            [caseNo],
          );
          await client.query(
            `insert into case_events (case_id, at, actor_username, actor_role, action, from_state, to_state, summary) values ($1, now(), 'inspector1', 'inspector', 'schedule-inspection', $2, $2, 's')`,
            [c.id, c.state],
          );
          const head = (
            await client.query(
              `insert into audit_chain_heads (entity_type, entity_id, seq, hash) values ('case', $1, 0, $2)
               on conflict (entity_type, entity_id) do update set seq = audit_chain_heads.seq returning seq, hash`,
              [caseNo, '0'.repeat(64)],
            )
          ).rows[0];
          const at = new Date();
          const hash = entryHash(head.hash, {
            entityType: 'case',
            entityId: caseNo,
            seq: head.seq + 1,
            action: 'case.action',
            actorId: null,
            at,
            before: null,
            after: null,
          });
          await client.query(
            `insert into audit_log (entity_type, entity_id, seq, action, at, prev_hash, hash) values ('case', $1, $2, 'case.action', $3, $4, $5)`,
            [caseNo, head.seq + 1, at, head.hash, hash],
          );
          await client.query(
            `update audit_chain_heads set seq = $2, hash = $3 where entity_type = 'case' and entity_id = $1`,
            [caseNo, head.seq + 1, hash],
          );
          await client.query('commit');
          n++;
        }
      } finally {
        client.release();
      }
      return n;
    });
    await pool.end();
    console.log(`ratio HTTP / plain SQL: ${(http / sqlRate).toFixed(2)}  (target ≥ 0.6)`);
  } finally {
    await handle.close();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
