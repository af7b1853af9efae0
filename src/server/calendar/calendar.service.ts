import { parseLocalDate } from '../../domain/calendar/local-date.js';
import { WorkingDayCalendar } from '../../domain/calendar/working-day-calendar.js';
import type { CalendarOverrideBody, CalendarYear } from '../../domain/contracts/calendar.js';
import { type Actor, requireAccess } from '../access/gate.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import {
  deleteOverride,
  findOverride,
  insertPublishedYear,
  overridesOfYear,
  readCalendarData,
  upsertOverride,
} from './calendar.repository.js';

/**
 * The working-day calendar as it stands in the database now. Read per use rather than
 * cached, so an admin's change is seen at once by every server process.
 */
export async function loadCalendar(db: Database): Promise<WorkingDayCalendar> {
  return calendarFrom(await readCalendarData(db));
}

export function calendarFrom(data: {
  publishedYears: number[];
  overrides: ReadonlyArray<{ date: string; kind: string; name: string | null }>;
}): WorkingDayCalendar {
  return new WorkingDayCalendar({
    publishedYears: data.publishedYears,
    overrides: data.overrides.map((o) => ({
      date: parseLocalDate(o.date),
      kind: o.kind as 'workday' | 'holiday',
      name: o.name ?? undefined,
    })),
  });
}

export async function calendarYear(db: Database, actor: Actor | null, year: number): Promise<CalendarYear> {
  requireAccess(actor, 'calendar.read');
  const calendar = await loadCalendar(db);
  const days = calendar.yearDays(year);
  return { year, published: true, workingDayCount: days.filter((d) => d.working).length, days };
}

export async function listOverrides(db: Database, actor: Actor | null, year: number) {
  requireAccess(actor, 'calendar.read');
  const rows = await overridesOfYear(db, year);
  return rows.map((r) => ({
    date: r.date,
    kind: r.kind as 'workday' | 'holiday',
    name: r.name ?? undefined,
  }));
}

export async function setOverride(
  db: Database,
  actor: Actor | null,
  rawDate: string,
  body: CalendarOverrideBody,
) {
  const who = requireAccess(actor, 'calendar.manage');
  const date = parseLocalDate(rawDate);
  await db.transaction(async (tx) => {
    const before = await findOverride(tx, date);
    await upsertOverride(tx, { date, kind: body.kind, name: body.name ?? null, updatedBy: who.username });
    await recordAudit(tx, who, {
      entityType: 'calendar_day',
      entityId: date,
      action: 'calendar.override_set',
      before: before ? { kind: before.kind, name: before.name } : null,
      after: { kind: body.kind, name: body.name ?? null },
    });
  });
}

export async function removeOverride(db: Database, actor: Actor | null, rawDate: string) {
  const who = requireAccess(actor, 'calendar.manage');
  const date = parseLocalDate(rawDate);
  await db.transaction(async (tx) => {
    const before = await findOverride(tx, date);
    if (!before) throw AppError.notFound(`${date} 的日历调整`);
    await deleteOverride(tx, date);
    await recordAudit(tx, who, {
      entityType: 'calendar_day',
      entityId: date,
      action: 'calendar.override_removed',
      before: { kind: before.kind, name: before.name },
    });
  });
}

/** An admin declares a year's calendar complete once the State Council notice is entered as overrides. */
export async function publishYear(db: Database, actor: Actor | null, year: number) {
  const who = requireAccess(actor, 'calendar.manage');
  await db.transaction(async (tx) => {
    const overrides = await overridesOfYear(tx, year);
    if (!overrides.some((o) => o.kind === 'holiday')) {
      throw new AppError('VALIDATION_FAILED', `请先录入 ${year} 年的法定节假日（至少一天），再发布该年日历`, [
        { path: 'year', message: '该年尚未录入任何节假日' },
      ]);
    }
    await insertPublishedYear(tx, year, who.username);
    await recordAudit(tx, who, {
      entityType: 'calendar_year',
      entityId: String(year),
      action: 'calendar.year_published',
      after: { holidays: overrides.filter((o) => o.kind === 'holiday').length },
    });
  });
  return calendarYear(db, who, year);
}

export async function addWorkingDaysQuery(db: Database, actor: Actor | null, from: string, days: number) {
  requireAccess(actor, 'calendar.read');
  const calendar = await loadCalendar(db);
  const start = parseLocalDate(from);
  return { from: start, days, result: calendar.addWorkingDays(start, days) };
}
