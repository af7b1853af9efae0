import { compareLocalDate, type LocalDate, shanghaiToday } from '../../domain/calendar/local-date.js';
import type { DeadlineKind } from '../../domain/closure/deadline-kinds.js';
import { deadlineStatus } from '../../domain/closure/deadlines.js';
import { availableActions } from '../../domain/closure/decide.js';
import type { CaseState, CsState, FinanceState, SafetyState } from '../../domain/closure/states.js';
import { ruleOf } from '../../domain/closure/transitions.js';
import type { CaseListItem, CasePage, CaseView } from '../../domain/contracts/cases.js';
import type { CustomerType } from '../../domain/customers/customer-types.js';
import { type Actor, branchFilter, requireAccess } from '../access/gate.js';
import type { AppContext } from '../app-context.js';
import { loadRules } from '../settings/rules.js';
import { toDeadline } from './case-deadlines.js';
import { loadCaseForReading } from './case-loading.js';
import { buildSnapshot } from './case-snapshot.js';
import { caseView } from './case-view.js';
import { type CaseWithAccount, type DeadlineRow, deadlinesOf, listCases } from './cases.repository.js';

export async function getCase(app: AppContext, actor: Actor | null, caseNo: string): Promise<CaseView> {
  const who = requireAccess(actor, 'cases.read');
  const kase = await loadCaseForReading(app.db, who, caseNo);
  return caseView(app, app.db, who, kase);
}

const MINE_LIMIT = 2000;

/**
 * Case lists and the workbench's "my work": cases where this user has an action to take, nearest
 * deadline first, with overdue and due-within-P-WARN-working-days marked.
 */
export async function searchCases(
  app: AppContext,
  actor: Actor | null,
  q: {
    state?: string;
    type?: string;
    outlet?: string;
    overdue?: string;
    q?: string;
    mine?: string;
    page: number;
    pageSize: number;
  },
): Promise<CasePage> {
  const who = requireAccess(actor, 'cases.read');
  const mine = q.mine === 'true';
  const filterInMemory = mine || q.overdue !== undefined;
  const { rows, total } = await listCases(
    app.db,
    {
      branchId: branchFilter(who),
      state: q.state,
      type: q.type,
      outletCode: q.outlet,
      q: q.q,
      openOnly: filterInMemory,
    },
    filterInMemory ? MINE_LIMIT : q.pageSize,
    filterInMemory ? 0 : (q.page - 1) * q.pageSize,
  );
  const { policy, calendar } = await loadRules(app.db);
  const today = shanghaiToday();
  const warnBy = calendar.addWorkingDays(today, policy['P-WARN']);
  const deadlines = await deadlinesOf(
    app.db,
    rows.map((r) => r.c.id),
  );
  let items = rows.map((r) =>
    listItem(
      r,
      who,
      deadlines.filter((d) => d.caseId === r.c.id),
      today,
      warnBy,
    ),
  );
  if (!filterInMemory) return { items, total, page: q.page, pageSize: q.pageSize };
  if (mine) items = items.filter((i) => i.myActions.length > 0);
  if (q.overdue !== undefined) items = items.filter((i) => i.overdue === (q.overdue === 'true'));
  items.sort((a, b) => (a.nextDeadline?.dueDate ?? '9999').localeCompare(b.nextDeadline?.dueDate ?? '9999'));
  const start = (q.page - 1) * q.pageSize;
  return {
    items: items.slice(start, start + q.pageSize),
    total: items.length,
    page: q.page,
    pageSize: q.pageSize,
  };
}

function listItem(
  r: CaseWithAccount,
  actor: Actor,
  rows: DeadlineRow[],
  today: LocalDate,
  warnBy: LocalDate,
): CaseListItem {
  const open = rows
    .map((row) => ({ row, status: deadlineStatus(toDeadline(row), today) }))
    .filter((d) => !d.row.metOn && d.status !== 'paused')
    .sort((a, b) => compareLocalDate(a.row.dueDate as LocalDate, b.row.dueDate as LocalDate));
  const next = open[0];
  const snapshot = buildSnapshot(r.c, [], [], []);
  return {
    caseNo: r.c.caseNo,
    state: r.c.state as CaseState,
    accountNo: r.account.accountNo,
    customerName: r.account.name,
    customerType: r.account.type as CustomerType,
    outlet: { code: r.outletCode, name: r.outletName },
    receivedAt: r.c.receivedOn,
    tracks: {
      cs: r.c.csState as CsState,
      safety: r.c.safetyState as SafetyState,
      finance: r.c.financeState as FinanceState,
    },
    nextDeadline: next
      ? { kind: next.row.kind as DeadlineKind, dueDate: next.row.dueDate, status: next.status }
      : null,
    overdue: open.some((d) => d.status === 'missed'),
    dueSoon: open.some(
      (d) => d.status === 'open' && compareLocalDate(d.row.dueDate as LocalDate, warnBy) <= 0,
    ),
    myActions: availableActions(snapshot, actor.role)
      .filter((a) => a.allowed && !ruleOf(a.action).incidental)
      .map((a) => a.action),
  };
}
