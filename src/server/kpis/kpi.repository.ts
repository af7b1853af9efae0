import { sql } from 'drizzle-orm';
import { shiftMonth } from '../../domain/calendar/local-date.js';
import type { GroupKind } from '../../domain/kpis/definitions.js';
import type { Database } from '../db/database.js';
import { queryRows } from '../db/rows.js';

export interface Counter {
  month: string;
  group_key: string;
  metric: string;
  num: number;
  den: number;
}

/** Month boundaries as instants: business months are Asia/Shanghai months. */
export function monthRange(month: string): [string, string] {
  return [`${month}-01T00:00:00+08:00`, `${shiftMonth(month, 1)}-01T00:00:00+08:00`];
}

export async function rollupCounters(
  db: Database,
  months: string[],
  groupKind: GroupKind,
): Promise<Counter[]> {
  const rows = await queryRows<Counter>(
    db,
    sql`select month, group_key, metric, num, den from kpi_rollup
        where group_kind = ${groupKind} and month in (${sql.join(
          months.map((m) => sql`${m}`),
          sql`, `,
        )})`,
  );
  return rows.map((r) => ({ ...r, num: Number(r.num), den: Number(r.den) }));
}

export async function sampleMedians(db: Database, months: string[], groupKind: GroupKind) {
  const rows = await queryRows<{
    month: string;
    group_key: string;
    metric: string;
    median: number;
    n: number;
  }>(
    db,
    sql`select month, group_key, metric, percentile_cont(0.5) within group (order by value) as median, count(*) as n
        from kpi_samples where group_kind = ${groupKind} and month in (${sql.join(
          months.map((m) => sql`${m}`),
          sql`, `,
        )})
        group by month, group_key, metric`,
  );
  return rows.map((r) => ({ ...r, median: Number(r.median), n: Number(r.n) }));
}

/** Reviews found wrong by a supervision audit, counted in the month the review was decided (R-23 → R-25). */
export async function reviewsFoundWrong(db: Database, months: string[], groupKind: GroupKind) {
  const key =
    groupKind === 'company'
      ? sql`'all'`
      : groupKind === 'department'
        ? sql`'cs'`
        : groupKind === 'outlet'
          ? sql`c.branch_id::text`
          : sql`coalesce(f.staff_username, '')`;
  const rows = await queryRows<{ month: string; group_key: string; n: number }>(
    db,
    sql`select to_char(c.decided_on, 'YYYY-MM') as month, ${key} as group_key, count(distinct f.case_id) as n
        from audit_findings f join closure_cases c on c.id = f.case_id
        where f.review_decided_wrongly and to_char(c.decided_on, 'YYYY-MM') in (${sql.join(
          months.map((m) => sql`${m}`),
          sql`, `,
        )})
        group by 1, 2`,
  );
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** Open deadlines past their due date and open tasks past due, as of today (a point-in-time figure). */
export async function overdueOpen(db: Database, today: string, groupKind: GroupKind) {
  const key =
    groupKind === 'company'
      ? sql`'all'`
      : groupKind === 'outlet'
        ? sql`c.branch_id::text`
        : groupKind === 'department'
          ? sql`d.kind`
          : sql`''`;
  const rows = await queryRows<{ group_key: string; n: number }>(
    db,
    sql`select ${key} as group_key, count(*) as n from case_deadlines d join closure_cases c on c.id = d.case_id
        where d.met_on is null and not d.paused and d.due_date < ${today}
          and c.state not in ('closed', 'rejected', 'withdrawn', 'suspended')
        group by 1`,
  );
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

export async function complaintFigures(db: Database, month: string) {
  const [from, to] = monthRange(month);
  const [row] = await queryRows<{ received: number; answered: number; median_days: number | null }>(
    db,
    sql`select
      (select count(*) from complaints where created_at >= ${from} and created_at < ${to}) as received,
      (select count(*) from complaints where answered_at >= ${from} and answered_at < ${to}) as answered,
      (select percentile_cont(0.5) within group (order by (answered_at at time zone 'Asia/Shanghai')::date - received_on)
         from complaints where answered_at >= ${from} and answered_at < ${to}) as median_days`,
  );
  return {
    received: Number(row?.received ?? 0),
    answered: Number(row?.answered ?? 0),
    medianDays: row?.median_days === null || row?.median_days === undefined ? null : Number(row.median_days),
  };
}

export async function drillCases(
  db: Database,
  f: { month: string; actions: string[]; groupKind: GroupKind; group: string },
  page: number,
  pageSize: number,
) {
  const [from, to] = monthRange(f.month);
  const groupFilter =
    f.groupKind === 'outlet'
      ? sql`and c.branch_id::text = ${f.group}`
      : f.groupKind === 'department'
        ? sql`and e.actor_role = ${f.group}`
        : f.groupKind === 'staff'
          ? sql`and e.actor_username = ${f.group}`
          : sql``;
  const where = sql`e.at >= ${from} and e.at < ${to} and e.action in (${sql.join(
    f.actions.map((a) => sql`${a}`),
    sql`, `,
  )}) ${groupFilter}`;
  const items = await queryRows<{
    case_no: string;
    account_no: string;
    name: string;
    at: Date | string;
    actor: string | null;
    summary: string;
  }>(
    db,
    sql`select c.case_no, a.account_no, a.name, e.at, e.actor_username as actor, e.summary
        from case_events e join closure_cases c on c.id = e.case_id join accounts a on a.id = c.account_id
        where ${where} order by e.at desc limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
  const [total] = await queryRows<{ n: number }>(
    db,
    sql`select count(*) as n from case_events e join closure_cases c on c.id = e.case_id where ${where}`,
  );
  return { items, total: Number(total?.n ?? 0) };
}
