import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/rows.js';
import { CaseDriver, todayShanghai } from '../support/case-helpers.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let d: CaseDriver;
beforeAll(async () => {
  t = await createTestApp();
  d = new CaseDriver(t);
});
afterAll(() => t.close());

/** A small seeded generator, so a failing sequence can be replayed. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

describe('R-25 rollups against recomputation', () => {
  it('R-25 after a random sequence of inspections, hazards and follow-ups the rollup equals a recount of the raw records', async () => {
    const seed = 20261204;
    const next = lcg(seed);
    for (let i = 0; i < 5; i++) {
      const { caseNo } = await (async () => {
        const accountNo = await d.newCustomer();
        const caseNo = await d.accepted(accountNo);
        return { caseNo };
      })();
      await d.ok('inspector1', caseNo, 'schedule-inspection', { scheduledFor: todayShanghai() });
      const hazards = next(3);
      for (let h = 0; h < hazards; h++) {
        await d.ok('inspector1', caseNo, 'record-inspection', {
          items: [{ facility: 'pipe', condition: 'damaged', note: '' }],
          result: 'hazard',
          hazards: [{ description: '管道锈蚀' }],
        });
        await d.ok('cs1', caseNo, 'record-rectification', { note: '已更换' });
        await d.ok('inspector1', caseNo, 'schedule-inspection', { scheduledFor: todayShanghai() });
      }
      await d.ok('inspector1', caseNo, 'record-inspection', {
        items: [{ facility: 'pipe', condition: 'ok', note: '' }],
        result: 'pass',
      });
      if (next(2) === 1) await d.ok('finance1', caseNo, 'check-fees');
    }
    const month = todayShanghai().slice(0, 7);
    const [raw] = await queryRows<{
      inspections: number;
      passed: number;
      first: number;
      first_pass: number;
      rectified: number;
    }>(
      t.handle.db,
      sql`select
        (select count(*) from case_inspections where performed_on is not null) as inspections,
        (select count(*) from case_inspections where result = 'pass') as passed,
        (select count(*) from case_inspections where round = 1 and performed_on is not null) as first,
        (select count(*) from case_inspections where round = 1 and result = 'pass') as first_pass,
        (select count(*) from case_deadlines where kind = 'rectification' and met_on is not null) as rectified`,
    );
    const rollup = await queryRows<{ metric: string; num: number; den: number }>(
      t.handle.db,
      sql`select metric, num, den from kpi_rollup where month = ${month} and group_kind = 'company' and group_key = 'all'`,
    );
    const get = (m: string) => rollup.find((r) => r.metric === m) ?? { num: 0, den: 0 };
    expect([Number(get('inspection_pass').num), Number(get('inspection_pass').den)], `seed ${seed}`).toEqual([
      Number(raw?.passed),
      Number(raw?.inspections),
    ]);
    expect([Number(get('inspection_first_pass').num), Number(get('inspection_first_pass').den)]).toEqual([
      Number(raw?.first_pass),
      Number(raw?.first),
    ]);
    expect(Number(get('ontime_rectification').den)).toBe(Number(raw?.rectified));
    // The per-outlet rows add up to the company row.
    const outlets = await queryRows<{ num: number; den: number }>(
      t.handle.db,
      sql`select sum(num) as num, sum(den) as den from kpi_rollup where month = ${month} and group_kind = 'outlet' and metric = 'inspection_pass'`,
    );
    expect([Number(outlets[0]?.num), Number(outlets[0]?.den)]).toEqual([
      Number(raw?.passed),
      Number(raw?.inspections),
    ]);
  });
});
