import { and, asc, desc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { queryRows } from '../db/rows.js';
import {
  accounts,
  arrearsPlans,
  branches,
  caseContacts,
  caseDeadlines,
  caseDisputes,
  caseDocuments,
  caseEvents,
  caseFeeChecks,
  caseInspections,
  caseMaterials,
  caseNotices,
  caseTasks,
  closureCases,
} from '../db/schema/index.js';

export type CaseRow = typeof closureCases.$inferSelect;
export type MaterialRow = typeof caseMaterials.$inferSelect;
export type DeadlineRow = typeof caseDeadlines.$inferSelect;
export type DocumentRow = typeof caseDocuments.$inferSelect;
export type InspectionRow = typeof caseInspections.$inferSelect;
export type PlanRow = typeof arrearsPlans.$inferSelect;

const FINAL = ['closed', 'rejected', 'withdrawn'];

export async function nextCaseSequence(db: Database): Promise<number> {
  const [row] = await queryRows<{ v: number | string }>(db, sql`select nextval('case_no_seq') as v`);
  return Number(row?.v);
}

export async function nextPaperSequence(db: Database): Promise<number> {
  const [row] = await queryRows<{ v: number | string }>(db, sql`select nextval('paper_no_seq') as v`);
  return Number(row?.v);
}

export async function insertCase(db: Database, values: typeof closureCases.$inferInsert) {
  const [row] = await db.insert(closureCases).values(values).returning();
  if (!row) throw new Error('insert closure_cases returned nothing');
  return row;
}

/** The case with its account and outlet; `forUpdate` locks the case row for the action's transaction. */
export async function findCase(db: Database, caseNo: string, forUpdate = false) {
  const q = db
    .select({ c: closureCases, account: accounts, outletCode: branches.code, outletName: branches.name })
    .from(closureCases)
    .innerJoin(accounts, eq(accounts.id, closureCases.accountId))
    .innerJoin(branches, eq(branches.id, closureCases.branchId))
    .where(eq(closureCases.caseNo, caseNo));
  const [row] = forUpdate ? await q.for('update', { of: closureCases }) : await q;
  return row ?? null;
}

export type CaseWithAccount = NonNullable<Awaited<ReturnType<typeof findCase>>>;

/** Optimistic concurrency: the update only lands if nobody changed the case since it was read. */
export async function updateCase(
  db: Database,
  id: string,
  expectedVersion: number,
  values: Partial<typeof closureCases.$inferInsert>,
) {
  const rows = await db
    .update(closureCases)
    .set({ ...values, version: expectedVersion + 1, updatedAt: new Date() })
    .where(and(eq(closureCases.id, id), eq(closureCases.version, expectedVersion)))
    .returning({ version: closureCases.version });
  return rows.length === 1;
}

export async function materialsOf(db: Database, caseIds: string[]) {
  if (!caseIds.length) return [];
  return db.select().from(caseMaterials).where(inArray(caseMaterials.caseId, caseIds));
}

export async function upsertMaterials(db: Database, rows: Array<typeof caseMaterials.$inferInsert>) {
  if (!rows.length) return;
  await db
    .insert(caseMaterials)
    .values(rows)
    .onConflictDoUpdate({
      target: [caseMaterials.caseId, caseMaterials.kind],
      set: {
        supplied: sql`excluded.supplied`,
        originalSighted: sql`excluded.original_sighted`,
        status: sql`excluded.status`,
        rejectionReason: sql`excluded.rejection_reason`,
        updatedAt: new Date(),
      },
    });
}

/**
 * What the rules need of a case's records (materials, one-time notices, material uploads) in one
 * round trip; it runs inside every action's transaction.
 */
export async function snapshotRecords(db: Database, caseId: string) {
  const [row] = await queryRows<{
    materials: unknown;
    notices: unknown;
    documents: unknown;
    archived: boolean;
    followed_up: boolean;
  }>(
    db,
    sql`select
      exists (select 1 from archive_records a where a.case_id = ${caseId}) as archived,
      exists (select 1 from follow_ups f where f.case_id = ${caseId}) as followed_up,
      (select coalesce(json_agg(m), '[]'::json) from case_materials m where m.case_id = ${caseId}) as materials,
      (select coalesce(json_agg(json_build_object('items', n.items, 'issuedAt', n.issued_at) order by n.seq), '[]'::json)
         from case_notices n where n.case_id = ${caseId}) as notices,
      (select coalesce(json_agg(json_build_object('materialKind', d.material_kind, 'createdAt', d.created_at)), '[]'::json)
         from case_documents d where d.case_id = ${caseId} and d.material_kind is not null) as documents`,
  );
  const parse = <T>(v: unknown): T[] => (typeof v === 'string' ? JSON.parse(v) : (v ?? [])) as T[];
  type RawMaterial = {
    case_id: string;
    kind: string;
    required: boolean;
    supplied: boolean;
    original_sighted: boolean;
    status: string;
    rejection_reason: string | null;
    updated_at: string;
  };
  return {
    archived: row?.archived ?? false,
    followedUp: row?.followed_up ?? false,
    materials: parse<RawMaterial>(row?.materials).map(
      (m): MaterialRow => ({
        caseId: m.case_id,
        kind: m.kind,
        required: m.required,
        supplied: m.supplied,
        originalSighted: m.original_sighted,
        status: m.status,
        rejectionReason: m.rejection_reason,
        updatedAt: new Date(m.updated_at),
      }),
    ),
    notices: parse<{ items: unknown; issuedAt: string }>(row?.notices).map((n) => ({
      items: n.items,
      issuedAt: new Date(n.issuedAt),
    })),
    documents: parse<{ materialKind: string | null; createdAt: string }>(row?.documents).map((d) => ({
      materialKind: d.materialKind,
      createdAt: new Date(d.createdAt),
    })),
  };
}

export async function deadlinesOf(db: Database, caseIds: string[]) {
  if (!caseIds.length) return [];
  return db
    .select()
    .from(caseDeadlines)
    .where(inArray(caseDeadlines.caseId, caseIds))
    .orderBy(asc(caseDeadlines.id));
}

export async function insertDeadline(db: Database, values: typeof caseDeadlines.$inferInsert) {
  await db.insert(caseDeadlines).values(values);
}

export async function updateDeadline(
  db: Database,
  id: number,
  values: Partial<typeof caseDeadlines.$inferInsert>,
) {
  await db.update(caseDeadlines).set(values).where(eq(caseDeadlines.id, id));
}

export async function stopOpenDeadlines(db: Database, caseId: string) {
  await db
    .update(caseDeadlines)
    .set({ paused: true, remainingDays: null })
    .where(and(eq(caseDeadlines.caseId, caseId), isNull(caseDeadlines.metOn)));
}

export async function insertEvent(db: Database, values: typeof caseEvents.$inferInsert) {
  await db.insert(caseEvents).values(values);
}

export async function eventsOf(db: Database, caseId: string) {
  return db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id));
}

export async function openTask(db: Database, values: typeof caseTasks.$inferInsert) {
  await db.insert(caseTasks).values(values);
}

export async function closeTasks(db: Database, caseId: string, department?: string) {
  await db
    .update(caseTasks)
    .set({ status: 'done', doneAt: new Date() })
    .where(
      and(
        eq(caseTasks.caseId, caseId),
        eq(caseTasks.status, 'open'),
        department ? eq(caseTasks.department, department) : undefined,
      ),
    );
}

export async function insertDocument(db: Database, values: typeof caseDocuments.$inferInsert) {
  const [row] = await db.insert(caseDocuments).values(values).returning();
  if (!row) throw new Error('insert case_documents returned nothing');
  return row;
}

export async function documentsOf(db: Database, caseId: string) {
  return db
    .select()
    .from(caseDocuments)
    .where(eq(caseDocuments.caseId, caseId))
    .orderBy(asc(caseDocuments.createdAt));
}

export async function findDocument(db: Database, caseId: string, id: string) {
  const [row] = await db
    .select()
    .from(caseDocuments)
    .where(and(eq(caseDocuments.caseId, caseId), eq(caseDocuments.id, id)));
  return row ?? null;
}

export async function contactsOf(db: Database, caseId: string) {
  return db.select().from(caseContacts).where(eq(caseContacts.caseId, caseId)).orderBy(asc(caseContacts.id));
}

export async function insertContact(db: Database, values: typeof caseContacts.$inferInsert) {
  await db.insert(caseContacts).values(values);
}

export async function inspectionsOf(db: Database, caseId: string) {
  return db
    .select()
    .from(caseInspections)
    .where(eq(caseInspections.caseId, caseId))
    .orderBy(asc(caseInspections.round));
}

export async function insertInspection(db: Database, values: typeof caseInspections.$inferInsert) {
  await db.insert(caseInspections).values(values);
}

export async function updateInspection(
  db: Database,
  id: number,
  values: Partial<typeof caseInspections.$inferInsert>,
) {
  await db.update(caseInspections).set(values).where(eq(caseInspections.id, id));
}

export async function feeChecksOf(db: Database, caseId: string) {
  return db
    .select()
    .from(caseFeeChecks)
    .where(eq(caseFeeChecks.caseId, caseId))
    .orderBy(asc(caseFeeChecks.id));
}

export async function insertFeeCheck(db: Database, values: typeof caseFeeChecks.$inferInsert) {
  await db.insert(caseFeeChecks).values(values);
}

export async function currentPlan(db: Database, caseId: string) {
  const [row] = await db
    .select()
    .from(arrearsPlans)
    .where(eq(arrearsPlans.caseId, caseId))
    .orderBy(desc(arrearsPlans.proposedAt))
    .limit(1);
  return row ?? null;
}

export async function insertPlan(db: Database, values: typeof arrearsPlans.$inferInsert) {
  await db.insert(arrearsPlans).values(values);
}

export async function updatePlan(
  db: Database,
  id: string,
  values: Partial<typeof arrearsPlans.$inferInsert>,
) {
  await db.update(arrearsPlans).set(values).where(eq(arrearsPlans.id, id));
}

export async function noticesOf(db: Database, caseId: string) {
  return db.select().from(caseNotices).where(eq(caseNotices.caseId, caseId)).orderBy(asc(caseNotices.seq));
}

export async function insertNotice(db: Database, values: typeof caseNotices.$inferInsert) {
  await db.insert(caseNotices).values(values);
}

export async function openDispute(db: Database, caseId: string) {
  const [row] = await db
    .select()
    .from(caseDisputes)
    .where(and(eq(caseDisputes.caseId, caseId), isNull(caseDisputes.resolvedAt)));
  return row ?? null;
}

export async function insertDispute(db: Database, values: typeof caseDisputes.$inferInsert) {
  await db.insert(caseDisputes).values(values);
}

export async function resolveDisputeRow(
  db: Database,
  id: number,
  values: Partial<typeof caseDisputes.$inferInsert>,
) {
  await db.update(caseDisputes).set(values).where(eq(caseDisputes.id, id));
}

export async function setAccountStatus(db: Database, accountId: string, status: string, closedOn?: string) {
  await db
    .update(accounts)
    .set({ status, closedOn: closedOn ?? null, updatedAt: new Date(), version: sql`${accounts.version} + 1` })
    .where(eq(accounts.id, accountId));
}

/** Open cases in scope, with account and outlet, for lists and the workbench. */
export async function listCases(
  db: Database,
  f: {
    branchId: string | null;
    state?: string;
    type?: string;
    outletCode?: string;
    q?: string;
    openOnly?: boolean;
  },
  limit: number,
  offset: number,
) {
  const like = f.q ? `%${f.q.replace(/[\\%_]/g, '\\$&')}%` : null;
  const where = and(
    f.branchId ? eq(closureCases.branchId, f.branchId) : undefined,
    f.state ? eq(closureCases.state, f.state) : undefined,
    f.type ? eq(closureCases.customerType, f.type) : undefined,
    f.outletCode ? eq(branches.code, f.outletCode) : undefined,
    f.openOnly ? notInArray(closureCases.state, FINAL) : undefined,
    like
      ? sql`(${closureCases.caseNo} ilike ${like} or ${accounts.accountNo} ilike ${like} or ${accounts.name} ilike ${like})`
      : undefined,
  );
  const rows = await db
    .select({ c: closureCases, account: accounts, outletCode: branches.code, outletName: branches.name })
    .from(closureCases)
    .innerJoin(accounts, eq(accounts.id, closureCases.accountId))
    .innerJoin(branches, eq(branches.id, closureCases.branchId))
    .where(where)
    .orderBy(desc(closureCases.createdAt))
    .limit(limit)
    .offset(offset);
  const [total] = await queryRows<{ n: number | string }>(
    db,
    sql`select count(*) as n from ${closureCases} inner join ${accounts} on ${accounts.id} = ${closureCases.accountId} inner join ${branches} on ${branches.id} = ${closureCases.branchId} where ${where ?? sql`true`}`,
  );
  return { rows, total: Number(total?.n ?? 0) };
}
