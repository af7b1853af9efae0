import { asc, eq } from 'drizzle-orm';
import {
  contactsOf,
  currentPlan,
  documentsOf,
  eventsOf,
  feeChecksOf,
  inspectionsOf,
  materialsOf,
  noticesOf,
} from '../cases/cases.repository.js';
import type { Database } from '../db/database.js';
import { caseRemovals, caseSealings, closureCertificates } from '../db/schema/index.js';

/** Everything a case has on record that an auditor judges the process by. */
export async function caseEvidenceRecords(db: Database, caseId: string) {
  const first = async <T>(rows: Promise<T[]>) => (await rows)[0] ?? null;
  return {
    materials: await materialsOf(db, [caseId]),
    documents: await documentsOf(db, caseId),
    notices: await noticesOf(db, caseId),
    contacts: await contactsOf(db, caseId),
    inspections: await inspectionsOf(db, caseId),
    feeChecks: await feeChecksOf(db, caseId),
    plan: await currentPlan(db, caseId),
    events: await eventsOf(db, caseId),
    removal: await first(db.select().from(caseRemovals).where(eq(caseRemovals.caseId, caseId))),
    sealing: await first(db.select().from(caseSealings).where(eq(caseSealings.caseId, caseId))),
    certificate: await first(
      db
        .select()
        .from(closureCertificates)
        .where(eq(closureCertificates.caseId, caseId))
        .orderBy(asc(closureCertificates.closedAt)),
    ),
  };
}

export type CaseEvidenceRecords = Awaited<ReturnType<typeof caseEvidenceRecords>>;
