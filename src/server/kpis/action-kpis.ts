import type { LocalDate } from '../../domain/calendar/local-date.js';
import type { WorkingDayCalendar } from '../../domain/calendar/working-day-calendar.js';
import type { DeadlineKind } from '../../domain/closure/deadline-kinds.js';
import type { ActionName } from '../../domain/closure/transitions.js';
import type { KpiId } from '../../domain/kpis/definitions.js';
import type { Actor } from '../access/gate.js';
import type { Database } from '../db/database.js';
import { countKpi, type KpiGroups, sampleKpi } from './kpi-recorder.js';

export interface ActionFacts {
  action: ActionName;
  outcome: string;
  caseNo: string;
  branchId: string;
  receivedOn: string;
  noticeCount: number;
  data: Record<string, unknown>;
  deadlinesMet: Array<{ kind: DeadlineKind; onTime: boolean }>;
}

/** The KPI counters an action moves (SPEC §6), written in the action's own transaction. */
export async function recordActionKpis(
  tx: Database,
  actor: Actor,
  f: ActionFacts,
  today: LocalDate,
  calendar: WorkingDayCalendar,
) {
  const g: KpiGroups = {
    month: today.slice(0, 7),
    department: actor.role,
    outletId: f.branchId,
    staff: actor.username,
  };
  for (const met of f.deadlinesMet) {
    await countKpi(tx, g, `ontime_${met.kind}` as KpiId, met.onTime ? 1 : 0, 1);
    if (met.kind === 'acceptance') await countKpi(tx, g, 'acceptance_timeliness', met.onTime ? 1 : 0, 1);
  }
  if (f.action === 'preliminary-review' && f.outcome === 'accept') {
    await countKpi(tx, g, 'one_time_notice', f.noticeCount <= 1 ? 1 : 0, 1);
  }
  if (f.action === 'approve' || f.action === 'reject') await countKpi(tx, g, 'review_decided', 1, 1);
  if (f.action === 'record-inspection') {
    const pass = f.outcome === 'pass' ? 1 : 0;
    await countKpi(tx, g, 'inspection_pass', pass, 1);
    if (f.data.round === 1) await countKpi(tx, g, 'inspection_first_pass', pass, 1);
  }
  if (f.action === 'record-follow-up') {
    const rating = Number(f.data.rating);
    await countKpi(tx, g, 'satisfaction_mean', rating, 1);
    await countKpi(tx, g, 'satisfaction_top2', rating >= 4 ? 1 : 0, 1);
  }
  if (f.action === 'finalize') {
    await countKpi(tx, g, 'closures', 1, 1);
    await sampleKpi(
      tx,
      g,
      'closure_cycle_median',
      calendar.workingDaysBetween(f.receivedOn as LocalDate, today),
      f.caseNo,
    );
  }
}
