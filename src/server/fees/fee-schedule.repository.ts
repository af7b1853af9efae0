import { asc } from 'drizzle-orm';
import type { CustomerType, FacilityKind } from '../../domain/customers/customer-types.js';
import type { FeeItem } from '../../domain/fees/fee-schedule.js';
import type { Database } from '../db/database.js';
import { feeScheduleItems } from '../db/schema/index.js';

export async function allFeeItems(db: Database): Promise<Array<FeeItem & { note: string }>> {
  const rows = await db.select().from(feeScheduleItems).orderBy(asc(feeScheduleItems.effectiveFrom));
  return rows.map((r) => ({
    customerType: r.customerType as CustomerType,
    facilityKind: r.facilityKind as FacilityKind,
    amountFen: r.amountFen,
    effectiveFrom: r.effectiveFrom,
    note: r.note,
  }));
}

export async function insertFeeItem(db: Database, values: typeof feeScheduleItems.$inferInsert) {
  await db.insert(feeScheduleItems).values(values);
}
