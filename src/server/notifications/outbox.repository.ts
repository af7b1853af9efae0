import { and, count, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { outbox } from '../db/schema/index.js';

export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutboxRow = typeof outbox.$inferInsert;

export async function insertMessages(db: Database, rows: NewOutboxRow[]) {
  if (rows.length) await db.insert(outbox).values(rows);
}

/**
 * Claims due messages for this process: rows another process holds are skipped, and the claim
 * pushes next_attempt_at out by the lease so a crashed sender's messages come back later.
 */
export async function claimDue(
  db: Database,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<OutboxRow[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)))
      .orderBy(outbox.nextAttemptAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(outbox)
      .set({ attempts: sql`${outbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + leaseMs) })
      .where(
        inArray(
          outbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
}

export async function markSent(db: Database, id: string, at: Date) {
  await db.update(outbox).set({ status: 'sent', sentAt: at, lastError: null }).where(eq(outbox.id, id));
}

export async function markFailedAttempt(
  db: Database,
  id: string,
  error: string,
  nextAttemptAt: Date,
  giveUp: boolean,
) {
  await db
    .update(outbox)
    .set({ lastError: error.slice(0, 1000), nextAttemptAt, status: giveUp ? 'failed' : 'pending' })
    .where(eq(outbox.id, id));
}

export async function pageMessages(db: Database, status: string | undefined, page: number, pageSize: number) {
  const where = status ? eq(outbox.status, status) : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(outbox)
      .where(where)
      .orderBy(desc(outbox.createdAt))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(outbox).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}
