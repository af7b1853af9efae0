import { and, asc, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import {
  accounts,
  auditFindings,
  auditSamples,
  branches,
  closureCases,
  staffTasks,
  supervisionAudits,
} from '../db/schema/index.js';

export type SampleRow = typeof auditSamples.$inferSelect;
export type AuditRow = typeof supervisionAudits.$inferSelect;
export type NewFindingRow = typeof auditFindings.$inferInsert;

/** Cases closed in [from, to): the population a month's sample is drawn from. */
export async function casesClosedBetween(db: Database, from: Date, to: Date) {
  return db
    .select({ id: closureCases.id, caseNo: closureCases.caseNo, branchId: closureCases.branchId })
    .from(closureCases)
    .where(and(gte(closureCases.closedAt, from), lt(closureCases.closedAt, to)))
    .orderBy(asc(closureCases.caseNo));
}

export async function findSample(db: Database, month: string): Promise<SampleRow | null> {
  const [row] = await db.select().from(auditSamples).where(eq(auditSamples.month, month));
  return row ?? null;
}

/** Returns null when the month was drawn already (by this or another process). */
export async function insertSample(db: Database, values: typeof auditSamples.$inferInsert) {
  const [row] = await db.insert(auditSamples).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/** Returns how many of the cases were not yet in the sample. */
export async function insertAudits(db: Database, rows: Array<typeof supervisionAudits.$inferInsert>) {
  if (!rows.length) return 0;
  const inserted = await db
    .insert(supervisionAudits)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: supervisionAudits.id });
  return inserted.length;
}

const auditWithCase = {
  audit: supervisionAudits,
  month: auditSamples.month,
  caseNo: closureCases.caseNo,
  outletCode: branches.code,
  outletName: branches.name,
};
export type AuditWithCase = {
  audit: AuditRow;
  month: string | null;
  caseNo: string;
  outletCode: string;
  outletName: string;
};

function auditsQuery(db: Database, where: SQL | undefined) {
  return db
    .select(auditWithCase)
    .from(supervisionAudits)
    .innerJoin(closureCases, eq(closureCases.id, supervisionAudits.caseId))
    .innerJoin(branches, eq(branches.id, closureCases.branchId))
    .leftJoin(auditSamples, eq(auditSamples.id, supervisionAudits.sampleId))
    .where(where);
}

export async function auditsOfSample(db: Database, sampleId: string) {
  return auditsQuery(db, eq(supervisionAudits.sampleId, sampleId)).orderBy(
    desc(eq(supervisionAudits.reason, 'random')),
    asc(closureCases.caseNo),
  );
}

export async function pageAudits(
  db: Database,
  f: { status?: string; month?: string },
  page: number,
  pageSize: number,
) {
  const where = and(
    f.status ? eq(supervisionAudits.status, f.status) : undefined,
    f.month ? eq(auditSamples.month, f.month) : undefined,
  );
  const [items, [total]] = await Promise.all([
    auditsQuery(db, where)
      .orderBy(desc(auditSamples.month), asc(closureCases.caseNo))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: count() })
      .from(supervisionAudits)
      .leftJoin(auditSamples, eq(auditSamples.id, supervisionAudits.sampleId))
      .where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

/** The audit with the case it examines; `forUpdate` locks the audit for completion. */
export async function findAudit(db: Database, id: string, forUpdate = false) {
  const q = db
    .select({ ...auditWithCase, kase: closureCases, accountNo: accounts.accountNo })
    .from(supervisionAudits)
    .innerJoin(closureCases, eq(closureCases.id, supervisionAudits.caseId))
    .innerJoin(accounts, eq(accounts.id, closureCases.accountId))
    .innerJoin(branches, eq(branches.id, closureCases.branchId))
    .leftJoin(auditSamples, eq(auditSamples.id, supervisionAudits.sampleId))
    .where(eq(supervisionAudits.id, id));
  const [row] = forUpdate ? await q.for('update', { of: supervisionAudits }) : await q;
  return row ?? null;
}

export async function markAuditCompleted(
  db: Database,
  id: string,
  values: { checks: unknown; auditor: string; completedAt: Date },
) {
  await db
    .update(supervisionAudits)
    .set({ ...values, status: 'completed' })
    .where(eq(supervisionAudits.id, id));
}

export async function insertFindings(db: Database, rows: NewFindingRow[]) {
  if (rows.length) await db.insert(auditFindings).values(rows);
}

export async function findingsOf(db: Database, auditId: string) {
  return db
    .select({ finding: auditFindings, taskStatus: staffTasks.status })
    .from(auditFindings)
    .leftJoin(staffTasks, eq(staffTasks.id, auditFindings.taskId))
    .where(eq(auditFindings.auditId, auditId))
    .orderBy(asc(auditFindings.createdAt), asc(auditFindings.id));
}
