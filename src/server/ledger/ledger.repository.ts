import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { ledgerEntries } from '../db/schema/index.js';

export type LedgerRow = typeof ledgerEntries.$inferSelect;
export type NewLedgerRow = typeof ledgerEntries.$inferInsert;

export async function entriesOf(db: Database, accountId: string): Promise<LedgerRow[]> {
  return db
    .select()
    .from(ledgerEntries)
    .where(eq(ledgerEntries.accountId, accountId))
    .orderBy(asc(ledgerEntries.id));
}

export async function insertEntries(db: Database, rows: NewLedgerRow[]) {
  if (!rows.length) return [];
  return db.insert(ledgerEntries).values(rows).returning({ id: ledgerEntries.id });
}
