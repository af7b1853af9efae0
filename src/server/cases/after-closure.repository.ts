import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import {
  archiveRecords,
  caseRemovals,
  caseSealings,
  closureCertificates,
  facilities,
  followUps,
  supervisionItems,
} from '../db/schema/index.js';

export async function upsertRemoval(db: Database, values: typeof caseRemovals.$inferInsert) {
  await db
    .insert(caseRemovals)
    .values(values)
    .onConflictDoUpdate({ target: caseRemovals.caseId, set: values });
}

export async function removalOf(db: Database, caseId: string) {
  const [row] = await db.select().from(caseRemovals).where(eq(caseRemovals.caseId, caseId));
  return row ?? null;
}

export async function inServiceFacilities(db: Database, accountId: string) {
  return db
    .select()
    .from(facilities)
    .where(and(eq(facilities.accountId, accountId), eq(facilities.status, 'in_service')));
}

export async function markFacilityRemoved(db: Database, id: string, at: Date) {
  await db.update(facilities).set({ status: 'removed', removedAt: at }).where(eq(facilities.id, id));
}

export async function insertSealing(db: Database, values: typeof caseSealings.$inferInsert) {
  await db.insert(caseSealings).values(values);
}

export async function sealingOf(db: Database, caseId: string) {
  const [row] = await db.select().from(caseSealings).where(eq(caseSealings.caseId, caseId));
  return row ?? null;
}

export async function insertCertificate(db: Database, values: typeof closureCertificates.$inferInsert) {
  await db.insert(closureCertificates).values(values);
}

export async function certificateOfCase(db: Database, caseId: string) {
  const [row] = await db.select().from(closureCertificates).where(eq(closureCertificates.caseId, caseId));
  return row ?? null;
}

export async function findCertificate(db: Database, certificateNo: string) {
  const [row] = await db
    .select()
    .from(closureCertificates)
    .where(eq(closureCertificates.certificateNo, certificateNo));
  return row ?? null;
}

export async function insertArchive(db: Database, values: typeof archiveRecords.$inferInsert) {
  await db.insert(archiveRecords).values(values);
}

export async function archiveOfCase(db: Database, caseId: string) {
  const [row] = await db.select().from(archiveRecords).where(eq(archiveRecords.caseId, caseId));
  return row ?? null;
}

export async function insertFollowUp(db: Database, values: typeof followUps.$inferInsert) {
  await db.insert(followUps).values(values);
}

export async function followUpOf(db: Database, caseId: string) {
  const [row] = await db.select().from(followUps).where(eq(followUps.caseId, caseId));
  return row ?? null;
}

export async function insertSupervisionItem(db: Database, values: typeof supervisionItems.$inferInsert) {
  await db.insert(supervisionItems).values(values);
}
