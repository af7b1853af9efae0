import type { Database } from '../db/database.js';
import { policySettings } from '../db/schema/index.js';

export async function readAllSettings(db: Database) {
  return db.select().from(policySettings);
}

export async function upsertSetting(db: Database, id: string, value: unknown, updatedBy: string) {
  await db
    .insert(policySettings)
    .values({ id, value, updatedBy, updatedAt: new Date() })
    .onConflictDoUpdate({ target: policySettings.id, set: { value, updatedBy, updatedAt: new Date() } });
}
