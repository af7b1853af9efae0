import { and, count, desc, eq, isNull, or } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { branches, staffTasks } from '../db/schema/index.js';

export type TaskRow = typeof staffTasks.$inferSelect;
export type NewTaskRow = typeof staffTasks.$inferInsert;

const withBranch = { task: staffTasks, branchCode: branches.code, branchName: branches.name };
export type TaskWithBranch = { task: TaskRow; branchCode: string | null; branchName: string | null };

export async function insertTask(db: Database, values: NewTaskRow): Promise<TaskRow> {
  const [row] = await db.insert(staffTasks).values(values).returning();
  if (!row) throw new Error('insert staff_tasks returned nothing');
  return row;
}

export interface TaskFilter {
  /** Limits to tasks of this branch or of no branch; null for company-wide readers. */
  branchId: string | null;
  /** Limits to one department; null for company-wide readers. */
  department: string | null;
  status?: string;
  kind?: string;
}

export async function pageTasks(db: Database, f: TaskFilter, page: number, pageSize: number) {
  const where = and(
    f.branchId ? or(isNull(staffTasks.branchId), eq(staffTasks.branchId, f.branchId)) : undefined,
    f.department ? eq(staffTasks.department, f.department) : undefined,
    f.status ? eq(staffTasks.status, f.status) : undefined,
    f.kind ? eq(staffTasks.kind, f.kind) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select(withBranch)
      .from(staffTasks)
      .leftJoin(branches, eq(branches.id, staffTasks.branchId))
      .where(where)
      .orderBy(desc(eq(staffTasks.status, 'open')), desc(staffTasks.createdAt), desc(staffTasks.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(staffTasks).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

export async function findTask(db: Database, id: string, forUpdate = false): Promise<TaskWithBranch | null> {
  const q = db
    .select(withBranch)
    .from(staffTasks)
    .leftJoin(branches, eq(branches.id, staffTasks.branchId))
    .where(eq(staffTasks.id, id));
  const [row] = forUpdate ? await q.for('update', { of: staffTasks }) : await q;
  return row ?? null;
}

export async function markTaskDone(db: Database, id: string, by: string, note: string, at: Date) {
  await db
    .update(staffTasks)
    .set({ status: 'done', doneAt: at, doneBy: by, doneNote: note })
    .where(eq(staffTasks.id, id));
}
