import { and, asc, count, desc, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { auditChainHeads, auditLog } from '../db/schema/index.js';
import { GENESIS_HASH } from './chain-hash.js';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;

export async function lockChainHead(tx: Database, entityType: string, entityId: string) {
  // One statement creates the head on first use or, on conflict, locks the existing row and
  // returns where the chain ends; only writers of the same entity wait for each other.
  const [head] = await tx
    .insert(auditChainHeads)
    .values({ entityType, entityId, seq: 0, hash: GENESIS_HASH })
    .onConflictDoUpdate({
      target: [auditChainHeads.entityType, auditChainHeads.entityId],
      set: { seq: sql`${auditChainHeads.seq}` },
    })
    .returning({ seq: auditChainHeads.seq, hash: auditChainHeads.hash });
  if (!head) throw new Error(`audit chain head missing for ${entityType}:${entityId}`);
  return head;
}

export async function appendEntry(tx: Database, row: NewAuditRow & { seq: number; hash: string }) {
  await tx.insert(auditLog).values(row);
  await tx
    .update(auditChainHeads)
    .set({ seq: row.seq, hash: row.hash })
    .where(and(eq(auditChainHeads.entityType, row.entityType), eq(auditChainHeads.entityId, row.entityId)));
}

export async function listEntries(
  db: Database,
  filter: { entityType?: string; entityId?: string },
  page: { page: number; pageSize: number },
) {
  const where = and(
    filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

/** Walks every entry in chain order, a batch at a time, so verification needs bounded memory. */
export async function* entriesInChainOrder(db: Database, batchSize = 2000): AsyncGenerator<AuditRow> {
  let after: { entityType: string; entityId: string; seq: number } | null = null;
  for (;;) {
    const batch: AuditRow[] = await db
      .select()
      .from(auditLog)
      .where(
        after
          ? sql`(${auditLog.entityType}, ${auditLog.entityId}, ${auditLog.seq}) > (${after.entityType}, ${after.entityId}, ${after.seq})`
          : undefined,
      )
      .orderBy(asc(auditLog.entityType), asc(auditLog.entityId), asc(auditLog.seq))
      .limit(batchSize);
    yield* batch;
    const last = batch.at(-1);
    if (!last || batch.length < batchSize) return;
    after = { entityType: last.entityType, entityId: last.entityId, seq: last.seq };
  }
}

export async function allChainHeads(db: Database) {
  return db
    .select()
    .from(auditChainHeads)
    .where(gt(auditChainHeads.seq, 0))
    .orderBy(asc(auditChainHeads.entityType), asc(auditChainHeads.entityId));
}
