import type { LocalDate } from '../../domain/calendar/local-date.js';
import type { WorkingDayCalendar } from '../../domain/calendar/working-day-calendar.js';
import type { DeadlineKind } from '../../domain/closure/deadline-kinds.js';
import {
  type Deadline,
  pauseDeadline,
  resumeDeadline,
  startDeadline,
} from '../../domain/closure/deadlines.js';
import type { PolicyValues } from '../../domain/settings/policy-parameters.js';
import type { Database } from '../db/database.js';
import { type DeadlineRow, deadlinesOf, insertDeadline, updateDeadline } from './cases.repository.js';

export function toDeadline(r: DeadlineRow): Deadline {
  return {
    kind: r.kind as DeadlineKind,
    startDate: r.startDate as LocalDate,
    dueDate: r.dueDate as LocalDate,
    metOn: (r.metOn as LocalDate | null) ?? null,
    paused: r.paused,
    remainingDays: r.remainingDays,
  };
}

export interface DeadlineChanges {
  meets?: DeadlineKind[];
  starts?: DeadlineKind[];
  pause?: boolean;
  resume?: boolean;
}

/** Applies an outcome's deadline effects to the case's deadline rows (SPEC §4). */
export async function applyDeadlines(
  tx: Database,
  caseId: string,
  changes: DeadlineChanges,
  today: LocalDate,
  policy: PolicyValues,
  calendar: WorkingDayCalendar,
): Promise<Array<{ kind: DeadlineKind; onTime: boolean }>> {
  if (!changes.meets?.length && !changes.starts?.length && !changes.pause && !changes.resume) return [];
  const rows = await deadlinesOf(tx, [caseId]);
  const open = (kind: DeadlineKind) => rows.find((r) => r.kind === kind && !r.metOn);
  const met: Array<{ kind: DeadlineKind; onTime: boolean }> = [];
  for (const kind of changes.meets ?? []) {
    const row = open(kind);
    if (!row) continue;
    await updateDeadline(tx, row.id, { metOn: today, paused: false, remainingDays: null });
    met.push({ kind, onTime: today <= row.dueDate });
  }
  for (const kind of changes.starts ?? []) {
    // A deadline already running (e.g. finance after a re-check) keeps its original clock.
    if (open(kind) && !(changes.meets ?? []).includes(kind)) continue;
    const d = startDeadline(kind, today, policy, calendar);
    await insertDeadline(tx, { caseId, kind, startDate: d.startDate, dueDate: d.dueDate });
  }
  if (changes.pause || changes.resume) {
    for (const row of rows.filter((r) => !r.metOn)) {
      const before = toDeadline(row);
      const after = changes.pause
        ? pauseDeadline(before, today, calendar)
        : resumeDeadline(before, today, calendar);
      if (after !== before) {
        await updateDeadline(tx, row.id, {
          paused: after.paused,
          remainingDays: after.remainingDays,
          dueDate: after.dueDate,
        });
      }
    }
  }
  return met;
}
