import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { calendarOverrides, calendarPublishedYears } from '../db/schema/index.js';

export async function readCalendarData(db: Database) {
  const [overrides, years] = await Promise.all([
    db.select().from(calendarOverrides).orderBy(asc(calendarOverrides.date)),
    db.select({ year: calendarPublishedYears.year }).from(calendarPublishedYears),
  ]);
  return { overrides, publishedYears: years.map((y) => y.year) };
}

export async function overridesOfYear(db: Database, year: number) {
  return db
    .select()
    .from(calendarOverrides)
    .where(and(gte(calendarOverrides.date, `${year}-01-01`), lte(calendarOverrides.date, `${year}-12-31`)))
    .orderBy(asc(calendarOverrides.date));
}

export async function findOverride(db: Database, date: string) {
  const [row] = await db.select().from(calendarOverrides).where(eq(calendarOverrides.date, date));
  return row ?? null;
}

export async function upsertOverride(
  db: Database,
  row: { date: string; kind: string; name: string | null; updatedBy: string },
) {
  await db
    .insert(calendarOverrides)
    .values({ ...row, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: calendarOverrides.date,
      set: { kind: row.kind, name: row.name, updatedBy: row.updatedBy, updatedAt: new Date() },
    });
}

export async function deleteOverride(db: Database, date: string) {
  await db.delete(calendarOverrides).where(eq(calendarOverrides.date, date));
}

export async function insertPublishedYear(db: Database, year: number, publishedBy: string) {
  await db.insert(calendarPublishedYears).values({ year, publishedBy }).onConflictDoNothing();
}
