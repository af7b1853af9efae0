/**
 * npm run bench:kpi [-- --cases 1000000]   (needs DATABASE_URL of a PostgreSQL server; creates and drops its own database)
 *
 * Generates closed cases over 24 months with their events and follow-ups, fills the monthly KPI
 * rollup from those events (what the server does incrementally, one action at a time), then prints
 * in one run: the month report through the API, the straightforward SQL aggregate over the raw
 * tables for the same month, their ratio, and the 24-month trend through the API.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { openPostgres } from '../../src/server/db/connect.js';
import { FileStore } from '../../src/server/files/file-store.js';
import { IdentityCipher } from '../../src/server/security/identity-cipher.js';
import { seedDemo } from '../../src/server/seed/seed-demo.js';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '1000000' } } });
const N = Number(values.cases);
const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) {
  console.error('DATABASE_URL (PostgreSQL) is required');
  process.exit(2);
}

const withDb = (url: string, db: string) => Object.assign(new URL(url), { pathname: `/${db}` }).toString();

async function time<T>(label: string, runs: number, f: () => Promise<T>) {
  await f();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  console.log(
    `${label.padEnd(46)} median ${median.toFixed(1).padStart(8)} ms  (best ${samples[0]?.toFixed(1)} ms, ${runs} runs)`,
  );
  return median;
}

async function main() {
  const dbName = `bench_kpi_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const url = withDb(adminUrl as string, dbName);
  const handle = await openPostgres(url, 8);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const identity = new IdentityCipher(randomBytes(32));
    await seedDemo(handle.db, identity);
    const started = performance.now();
    console.log(`generating ${N} closed cases with events over 24 months…`);
    await client.query(`
      insert into accounts (id, account_no, type, name, id_type, id_number_enc, id_number_index, id_number_masked,
                            phone_enc, phone_index, phone_masked, address, branch_id, status, closed_on)
      select md5('a' || g)::uuid, 'B' || lpad(g::text, 9, '0'), 'residential', '压测用户' || g, 'resident_id', 'x', md5('i' || g), 'x', 'x', md5('p' || g), 'x', '压测地址',
             (select id from branches order by code offset (g % 2) limit 1), 'closed', null
      from generate_series(1, ${N}) g`);
    await client.query(`
      insert into closure_cases (id, case_no, account_id, branch_id, customer_type, channel, received_on, reason, applicant,
                                 state, cs_state, safety_state, finance_state, accepted_on, decided_on, closed_at)
      select md5('c' || g)::uuid, 'XB' || lpad(g::text, 10, '0'), md5('a' || g)::uuid, a.branch_id, 'residential', 'counter',
             (timestamp '2025-01-01' + (g % 720) * interval '1 day')::date, '压测', '{}'::jsonb,
             'closed', 'intent_confirmed', 'passed', 'certificate_issued',
             (timestamp '2025-01-01' + (g % 720) * interval '1 day')::date + 1,
             (timestamp '2025-01-01' + (g % 720) * interval '1 day')::date + 5,
             timestamp '2025-01-01' + (g % 720) * interval '1 day' + interval '12 days'
      from generate_series(1, ${N}) g join accounts a on a.id = md5('a' || g)::uuid`);
    await client.query(`
      insert into case_events (case_id, at, actor_username, actor_role, action, outcome, from_state, to_state, summary)
      select c.id, c.closed_at - x.back, x.actor, x.role, x.action,
             case when x.action = 'record-inspection' and (hashtext(c.case_no) % 10 = 0) then 'hazard' else x.outcome end,
             'under_review', 'under_review', '压测'
      from closure_cases c
      cross join (values ('preliminary-review', 'accept', 'clerk1', 'clerk', interval '11 days'),
                         ('record-inspection', 'pass', 'inspector1', 'inspector', interval '9 days'),
                         ('approve', null, 'cs1', 'cs', interval '7 days'),
                         ('finalize', null, 'clerk1', 'clerk', interval '0 days')) as x(action, outcome, actor, role, back)
      where c.case_no like 'XB%'`);
    await client.query(`
      insert into follow_ups (case_id, method, rating, satisfied, issues, facility_disposal, recorded_by, recorded_at)
      select c.id, 'phone', 1 + abs(hashtext(c.case_no)) % 5, true, '[]', '回收', 'cs1', c.closed_at + interval '10 days'
      from closure_cases c where c.case_no like 'XB%'`);
    // The rollup as the server keeps it, rebuilt here in bulk from the same events.
    await client.query(`
      insert into kpi_rollup (month, group_kind, group_key, metric, num, den)
      select month, gk, key, metric, sum(num), sum(den) from (
        select to_char(e.at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, e.actor_role as dept, c.branch_id::text as outlet, e.actor_username as staff,
               case e.action when 'record-inspection' then 'inspection_pass' when 'finalize' then 'closures' when 'approve' then 'review_decided' else 'acceptance_timeliness' end as metric,
               case when e.action = 'record-inspection' and e.outcome <> 'pass' then 0 else 1 end as num, 1 as den
        from case_events e join closure_cases c on c.id = e.case_id where c.case_no like 'XB%'
        union all
        select to_char(f.recorded_at at time zone 'Asia/Shanghai', 'YYYY-MM'), 'cs', c.branch_id::text, f.recorded_by, 'satisfaction_mean', f.rating, 1
        from follow_ups f join closure_cases c on c.id = f.case_id where c.case_no like 'XB%'
      ) t
      cross join lateral (values ('company', 'all'), ('department', t.dept), ('outlet', t.outlet), ('staff', t.staff)) as g(gk, key)
      group by month, gk, key, metric`);
    await client.query('analyze');
    console.log(`generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);

    const ctx = {
      db: handle.db,
      dbKind: handle.kind,
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      version: 'bench',
      identity,
      files: new FileStore(mkdtempSync(path.join(os.tmpdir(), 'bench-files-'))),
    };
    const app = await buildApp(ctx, { serveWeb: false });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'manager1', password: 'Demo@12345' },
    });
    const cookie = `gc_session=${login.cookies.find((c) => c.name === 'gc_session')?.value}`;
    const month = '2026-06';
    const api = await time(`API  GET /api/kpis?month=${month}&groupBy=outlet`, 15, async () => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/kpis?month=${month}&groupBy=outlet`,
        headers: { cookie },
      });
      if (res.statusCode !== 200) throw new Error(res.body);
    });
    const raw = await time('SQL  straightforward aggregate over raw tables', 5, async () => {
      await client.query(
        `select c.branch_id,
                count(*) filter (where e.action = 'record-inspection') as inspections,
                count(*) filter (where e.action = 'record-inspection' and e.outcome = 'pass') as passed,
                count(*) filter (where e.action = 'finalize') as closures,
                count(*) filter (where e.action = 'approve') as decided,
                count(*) filter (where e.action = 'preliminary-review') as reviewed,
                (select avg(f.rating) from follow_ups f join closure_cases c2 on c2.id = f.case_id
                  where c2.branch_id = c.branch_id and to_char(f.recorded_at at time zone 'Asia/Shanghai', 'YYYY-MM') = $1) as satisfaction
         from case_events e join closure_cases c on c.id = e.case_id
         where to_char(e.at at time zone 'Asia/Shanghai', 'YYYY-MM') = $1
         group by c.branch_id`,
        [month],
      );
    });
    const trend = await time('API  GET /api/kpis/trend?months=24', 15, async () => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/kpis/trend?to=${month}&months=24`,
        headers: { cookie },
      });
      if (res.statusCode !== 200) throw new Error(res.body);
    });
    console.log(
      `ratio API / straightforward SQL: ${(api / raw).toFixed(3)}  (target ≤ 0.5); 24-month report ${trend.toFixed(1)} ms (target ≤ 300 ms)`,
    );
    await app.close();
  } finally {
    await client.end();
    await handle.close();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
