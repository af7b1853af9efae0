import { ROLE_LABELS, type Role } from '../../domain/access/roles.js';
import { shanghaiToday, shiftMonth } from '../../domain/calendar/local-date.js';
import { DEADLINE_RULES, type DeadlineKind } from '../../domain/closure/deadline-kinds.js';
import type { KpiCell, KpiDrill, KpiReport, KpiTrend } from '../../domain/contracts/kpis.js';
import { type GroupKind, KPI_DEFINITIONS, type KpiId, kpiValue } from '../../domain/kpis/definitions.js';
import { type Actor, requireAccess } from '../access/gate.js';
import type { Database } from '../db/database.js';
import { listBranches, listUsers } from '../users/users.repository.js';
import {
  complaintFigures,
  drillCases,
  overdueOpen,
  reviewsFoundWrong,
  rollupCounters,
  sampleMedians,
} from './kpi.repository.js';

type Values = Record<string, KpiCell>;

function emptyValues(): Values {
  return Object.fromEntries(KPI_DEFINITIONS.map((d) => [d.id, { num: 0, den: 0, value: null }]));
}

/** Fills every KPI of each group of one month from the rollup, the samples and the few live figures. */
async function monthValues(
  db: Database,
  months: string[],
  groupKind: GroupKind,
): Promise<Map<string, Values>> {
  const [counters, medians, wrong] = [
    await rollupCounters(db, months, groupKind),
    await sampleMedians(db, months, groupKind),
    await reviewsFoundWrong(db, months, groupKind),
  ];
  const out = new Map<string, Values>();
  const at = (month: string, key: string) => {
    const k = `${month}|${key}`;
    let v = out.get(k);
    if (!v) {
      v = emptyValues();
      out.set(k, v);
    }
    return v;
  };
  for (const c of counters) {
    const v = at(c.month, c.group_key);
    if (c.metric === 'review_decided') {
      const cell = v.review_accuracy as KpiCell;
      cell.den += c.den;
      continue;
    }
    const def = KPI_DEFINITIONS.find((d) => d.id === c.metric);
    if (def) v[def.id] = { num: c.num, den: c.den, value: kpiValue(def.kind, c.num, c.den) };
  }
  for (const w of wrong) {
    const cell = at(w.month, w.group_key).review_accuracy as KpiCell;
    cell.num = w.n;
  }
  for (const v of out.values()) {
    const cell = v.review_accuracy as KpiCell;
    // Stored as “found wrong / decided”; the KPI is its complement.
    v.review_accuracy = {
      num: cell.den - cell.num,
      den: cell.den,
      value: cell.den ? 1 - cell.num / cell.den : null,
    };
  }
  for (const m of medians) {
    const v = at(m.month, m.group_key);
    v[m.metric as KpiId] = { num: m.median, den: m.n, value: m.median };
  }
  return out;
}

async function labelsFor(db: Database, groupKind: GroupKind): Promise<(key: string) => string> {
  if (groupKind === 'outlet') {
    const names = new Map((await listBranches(db)).map((b) => [b.id, b.name]));
    return (k) => names.get(k) ?? k;
  }
  if (groupKind === 'staff') {
    const names = new Map(
      (await listUsers(db)).map((u) => [u.username, `${u.displayName}（${u.username}）`]),
    );
    return (k) => names.get(k) ?? k;
  }
  if (groupKind === 'department')
    return (k) => ROLE_LABELS[k as Role]?.zh ?? DEADLINE_RULES[k as DeadlineKind]?.zh ?? k;
  return () => '全公司';
}

/** the month's KPIs per company, department, outlet or staff member. */
export async function kpiReport(
  db: Database,
  actor: Actor | null,
  month: string,
  groupBy: GroupKind,
): Promise<KpiReport> {
  requireAccess(actor, 'kpis.read');
  const values = await monthValues(db, [month], groupBy);
  const label = await labelsFor(db, groupBy);
  const today = shanghaiToday();
  if (groupBy === 'company') values.set(`${month}|all`, values.get(`${month}|all`) ?? emptyValues());
  for (const o of await overdueOpen(db, today, groupBy)) {
    const key = `${month}|${o.group_key}`;
    const v = values.get(key) ?? emptyValues();
    v.overdue_open_tasks = { num: o.n, den: 0, value: o.n };
    values.set(key, v);
  }
  const company = values.get(`${month}|all`);
  if (company) {
    const c = await complaintFigures(db, month);
    company.complaints_received = { num: c.received, den: 0, value: c.received };
    company.complaints_answered = { num: c.answered, den: 0, value: c.answered };
    company.complaint_answer_days_median = { num: c.medianDays ?? 0, den: c.answered, value: c.medianDays };
  }
  const rows = [...values.entries()]
    .map(([k, v]) => {
      const key = k.slice(month.length + 1);
      return { key, label: label(key), values: v };
    })
    .filter((r) => r.key !== '')
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  return { month, groupBy, rows, generatedAt: new Date().toISOString() };
}

function monthsBack(to: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => shiftMonth(to, i - (n - 1)));
}

/** This month against the months before it, company-wide, for the dashboard chart. */
export async function kpiTrend(
  db: Database,
  actor: Actor | null,
  to: string,
  months: number,
): Promise<KpiTrend> {
  requireAccess(actor, 'kpis.read');
  const list = monthsBack(to, months);
  const values = await monthValues(db, list, 'company');
  return { months: list.map((month) => ({ month, values: values.get(`${month}|all`) ?? emptyValues() })) };
}

/** The events behind a figure: which cases were counted. */
const DRILL_ACTIONS: Partial<Record<KpiId, string[]>> = {
  acceptance_timeliness: ['preliminary-review'],
  one_time_notice: ['preliminary-review'],
  review_accuracy: ['approve', 'reject'],
  inspection_pass: ['record-inspection'],
  inspection_first_pass: ['record-inspection'],
  satisfaction_mean: ['record-follow-up'],
  satisfaction_top2: ['record-follow-up'],
  ontime_acceptance: ['preliminary-review'],
  ontime_inspection: ['record-inspection'],
  ontime_rectification: ['record-rectification'],
  ontime_finance: ['issue-settlement-certificate'],
  ontime_removal: ['record-removal'],
  ontime_supplement: ['supplement-materials'],
  ontime_follow_up: ['record-follow-up'],
  closures: ['finalize'],
  closure_cycle_median: ['finalize'],
};

export async function kpiDrill(
  db: Database,
  actor: Actor | null,
  q: { month: string; metric: string; groupBy: GroupKind; group: string; page: number; pageSize: number },
): Promise<KpiDrill> {
  requireAccess(actor, 'kpis.read');
  const actions = DRILL_ACTIONS[q.metric as KpiId];
  if (!actions) return { items: [], total: 0 };
  const { items, total } = await drillCases(
    db,
    { month: q.month, actions, groupKind: q.groupBy, group: q.group },
    q.page,
    q.pageSize,
  );
  return {
    items: items.map((i) => ({
      caseNo: i.case_no,
      accountNo: i.account_no,
      customerName: i.name,
      at: new Date(i.at).toISOString(),
      actor: i.actor,
      summary: i.summary,
    })),
    total,
  };
}
