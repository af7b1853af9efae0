import { type Actor, requireAccess } from '../access/gate.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import { findAccount } from './customers.repository.js';

/** Loads an account the actor may reach (branch scope), or fails with 404 / 403. */
export async function loadAccount(db: Database, actor: Actor, accountNo: string, forUpdate = false) {
  const row = await findAccount(db, accountNo.trim().toUpperCase(), forUpdate);
  if (!row) throw AppError.notFound(`户号 ${accountNo} `);
  requireAccess(actor, 'customers.read', [{ branchId: row.account.branchId }]);
  return row;
}
