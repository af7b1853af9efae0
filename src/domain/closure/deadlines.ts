import {
  addCalendarDays,
  addMonths,
  calendarDaysBetween,
  compareLocalDate,
  type LocalDate,
} from '../calendar/local-date.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { PolicyValues } from '../settings/policy-parameters.js';
import { DEADLINE_RULES, type DeadlineKind } from './deadline-kinds.js';

export interface Deadline {
  kind: DeadlineKind;
  startDate: LocalDate;
  dueDate: LocalDate;
  metOn: LocalDate | null;
  paused: boolean;
  /** Days left when paused by a dispute (working or calendar days, as the kind counts). */
  remainingDays: number | null;
}

export type DeadlineStatus = 'open' | 'met' | 'missed' | 'paused';

/** "N working days from D" is the N-th working day after D; D itself never counts (SPEC §4). */
export function dueDateFor(
  kind: DeadlineKind,
  start: LocalDate,
  policy: PolicyValues,
  calendar: WorkingDayCalendar,
): LocalDate {
  const rule = DEADLINE_RULES[kind];
  const n = Number(policy[rule.parameter]);
  if (rule.unit === 'working_days') return calendar.addWorkingDays(start, n);
  if (rule.unit === 'months') return addMonths(start, n);
  return addCalendarDays(start, n);
}

export function startDeadline(
  kind: DeadlineKind,
  start: LocalDate,
  policy: PolicyValues,
  calendar: WorkingDayCalendar,
): Deadline {
  return {
    kind,
    startDate: start,
    dueDate: dueDateFor(kind, start, policy, calendar),
    metOn: null,
    paused: false,
    remainingDays: null,
  };
}

/** A deadline expires at the end of its due date: met on the due date is on time. */
export function deadlineStatus(d: Deadline, today: LocalDate): DeadlineStatus {
  if (d.metOn) return compareLocalDate(d.metOn, d.dueDate) <= 0 ? 'met' : 'missed';
  if (d.paused) return 'paused';
  return compareLocalDate(today, d.dueDate) > 0 ? 'missed' : 'open';
}

function daysLeft(d: Deadline, today: LocalDate, calendar: WorkingDayCalendar): number {
  return DEADLINE_RULES[d.kind].unit === 'working_days'
    ? calendar.workingDaysBetween(today, d.dueDate)
    : Math.max(0, calendarDaysBetween(today, d.dueDate));
}

/** A dispute stops the clock: remember how many days were left. An already missed deadline stays missed. */
export function pauseDeadline(d: Deadline, today: LocalDate, calendar: WorkingDayCalendar): Deadline {
  if (d.metOn || d.paused || compareLocalDate(today, d.dueDate) > 0) return d;
  return { ...d, paused: true, remainingDays: daysLeft(d, today, calendar) };
}

/** Resuming gives back the days the deadline had left when it was paused, counted from today. */
export function resumeDeadline(d: Deadline, today: LocalDate, calendar: WorkingDayCalendar): Deadline {
  if (!d.paused) return d;
  const left = d.remainingDays ?? 0;
  const dueDate =
    DEADLINE_RULES[d.kind].unit === 'working_days'
      ? left === 0
        ? today
        : calendar.addWorkingDays(today, left)
      : addCalendarDays(today, left);
  return { ...d, paused: false, remainingDays: null, dueDate };
}
