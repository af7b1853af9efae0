import type { Database } from '../db/database.js';
import { createStaffUser } from '../users/users.service.js';
import { DEMO_BRANCHES, DEMO_COMPANY, DEMO_PASSWORD, DEMO_STAFF } from './demo-organisation.js';
import { ensureCompany, hasCompany } from './organisation.js';

/** Demo data for a fresh database (README lists the users). Does nothing on a database that has a company. */
export async function seedDemo(db: Database): Promise<boolean> {
  if (await hasCompany(db)) return false;
  await ensureCompany(db, DEMO_COMPANY, DEMO_BRANCHES);
  for (const staff of DEMO_STAFF) {
    await createStaffUser(db, null, { ...staff, password: DEMO_PASSWORD }, true);
  }
  return true;
}
