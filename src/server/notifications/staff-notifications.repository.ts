import type { Database } from '../db/database.js';
import { staffNotifications } from '../db/schema/index.js';

export type NewStaffNotification = typeof staffNotifications.$inferInsert;

/**
 * In-app notifications to staff. A row whose (recipient, dedupe_key) already exists is skipped, so
 * a repeated run of a scheduled job never tells anyone the same thing twice.
 */
export async function insertStaffNotifications(db: Database, rows: NewStaffNotification[]) {
  if (rows.length) await db.insert(staffNotifications).values(rows).onConflictDoNothing();
}
