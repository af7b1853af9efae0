import { shanghaiToday } from '../../domain/calendar/local-date.js';
import { insertCustomers } from '../customers/customer-bulk.js';
import type { Database } from '../db/database.js';
import { feeScheduleItems } from '../db/schema/index.js';
import type { IdentityCipher } from '../security/identity-cipher.js';
import { listBranches } from '../users/users.repository.js';
import { createStaffUser } from '../users/users.service.js';
import { demoCustomers } from './demo-customers.js';
import { DEMO_FEES } from './demo-fees.js';
import { DEMO_BRANCHES, DEMO_COMPANY, DEMO_PASSWORD, DEMO_STAFF } from './demo-organisation.js';
import { ensureCompany, hasCompany } from './organisation.js';

/** Demo data for a fresh database (README lists the users). Does nothing on a database that has a company. */
export async function seedDemo(db: Database, cipher: IdentityCipher): Promise<boolean> {
  if (await hasCompany(db)) return false;
  await ensureCompany(db, DEMO_COMPANY, DEMO_BRANCHES);
  for (const staff of DEMO_STAFF) {
    await createStaffUser(db, null, { ...staff, password: DEMO_PASSWORD }, true);
  }
  await db
    .insert(feeScheduleItems)
    .values(DEMO_FEES.map((f) => ({ ...f, effectiveFrom: '2026-01-01', note: '2026 年度公示标准' })));
  const branchIds = (await listBranches(db)).map((b) => b.id);
  await db.transaction((tx) =>
    insertCustomers(tx, cipher, demoCustomers(branchIds, shanghaiToday()), {
      importId: null,
      createdBy: null,
      source: 'seed',
    }),
  );
  return true;
}
