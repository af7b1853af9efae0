import { and, asc, count, eq, inArray, isNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { queryRows } from '../db/rows.js';
import {
  accounts,
  branches,
  closureCases,
  complaintCases,
  complaintNotes,
  complaints,
  supervisionGroupMembers,
  users,
} from '../db/schema/index.js';

export type ComplaintRow = typeof complaints.$inferSelect;
export type NewComplaintRow = typeof complaints.$inferInsert;

export async function nextComplaintSerial(db: Database): Promise<number> {
  const [row] = await queryRows<{ v: number | string }>(db, sql`select nextval('complaint_no_seq') as v`);
  return Number(row?.v);
}

export async function insertComplaint(db: Database, values: NewComplaintRow): Promise<ComplaintRow> {
  const [row] = await db.insert(complaints).values(values).returning();
  if (!row) throw new Error('insert complaints returned nothing');
  return row;
}

export async function findComplaint(db: Database, trackingNo: string, forUpdate = false) {
  const q = db.select().from(complaints).where(eq(complaints.trackingNo, trackingNo));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function updateComplaint(
  db: Database,
  id: string,
  expectedVersion: number,
  values: Partial<NewComplaintRow>,
): Promise<boolean> {
  const rows = await db
    .update(complaints)
    .set({ ...values, version: expectedVersion + 1 })
    .where(and(eq(complaints.id, id), eq(complaints.version, expectedVersion)))
    .returning({ id: complaints.id });
  return rows.length === 1;
}

export interface ComplaintFilter {
  status?: string;
  /** true: unanswered with the due date before `today`; false: everything else. */
  overdue?: boolean;
  today: string;
}

export async function pageComplaints(db: Database, f: ComplaintFilter, page: number, pageSize: number) {
  const late = and(ne(complaints.status, 'answered'), lt(complaints.dueDate, f.today));
  const where = and(
    f.status ? eq(complaints.status, f.status) : undefined,
    f.overdue === undefined ? undefined : f.overdue ? late : sql`not (${late})`,
  );
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(complaints)
      .where(where)
      // Open complaints first, the most urgent at the top; answered ones after, newest first.
      .orderBy(
        sql`${complaints.status} = 'answered'`,
        sql`case when ${complaints.status} = 'answered' then null else ${complaints.dueDate} end`,
        sql`${complaints.createdAt} desc`,
      )
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(complaints).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

export async function notesOf(db: Database, complaintId: string) {
  return db
    .select()
    .from(complaintNotes)
    .where(eq(complaintNotes.complaintId, complaintId))
    .orderBy(asc(complaintNotes.id));
}

export async function insertNote(db: Database, values: typeof complaintNotes.$inferInsert) {
  await db.insert(complaintNotes).values(values);
}

export async function linkedCasesOf(db: Database, complaintId: string) {
  return db
    .select({
      caseNo: closureCases.caseNo,
      state: closureCases.state,
      outletCode: branches.code,
      outletName: branches.name,
    })
    .from(complaintCases)
    .innerJoin(closureCases, eq(closureCases.id, complaintCases.caseId))
    .innerJoin(branches, eq(branches.id, closureCases.branchId))
    .where(eq(complaintCases.complaintId, complaintId))
    .orderBy(asc(closureCases.caseNo));
}

/** Returns false when the link already existed. */
export async function linkCase(db: Database, complaintId: string, caseId: string): Promise<boolean> {
  const rows = await db
    .insert(complaintCases)
    .values({ complaintId, caseId })
    .onConflictDoNothing()
    .returning({ caseId: complaintCases.caseId });
  return rows.length === 1;
}

/** The case a complaint names, with its account number to check the two agree. */
export async function findCaseRef(db: Database, caseNo: string) {
  const [row] = await db
    .select({ id: closureCases.id, caseNo: closureCases.caseNo, accountNo: accounts.accountNo })
    .from(closureCases)
    .innerJoin(accounts, eq(accounts.id, closureCases.accountId))
    .where(eq(closureCases.caseNo, caseNo));
  return row ?? null;
}

export async function accountExists(db: Database, accountNo: string): Promise<boolean> {
  const [row] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.accountNo, accountNo));
  return Boolean(row);
}

/** An unanswered complaint linked to the case, or naming its case number or its account. */
export async function unansweredComplaintTouchesCase(db: Database, caseId: string): Promise<boolean> {
  const [row] = await queryRows<{ held: boolean }>(
    db,
    sql`select exists (
      select 1
        from closure_cases c
        join accounts a on a.id = c.account_id
        join complaints q on q.status <> 'answered'
         and (q.case_no = c.case_no
              or q.account_no = a.account_no
              or exists (select 1 from complaint_cases l where l.complaint_id = q.id and l.case_id = c.id))
       where c.id = ${caseId}
    ) as held`,
  );
  return row?.held === true;
}

/**
 * Marks unanswered complaints past their due date as escalated and returns them. Rows another
 * process is escalating are skipped and `escalated_at is null` is re-checked under the lock, so
 * each complaint is escalated by exactly one caller however many run at once.
 */
export async function claimOverdueComplaints(db: Database, today: string, now: Date) {
  const due = await db
    .select({ id: complaints.id })
    .from(complaints)
    .where(
      and(ne(complaints.status, 'answered'), lt(complaints.dueDate, today), isNull(complaints.escalatedAt)),
    )
    .orderBy(asc(complaints.dueDate), asc(complaints.id))
    .for('update', { skipLocked: true });
  if (!due.length) return [];
  return db
    .update(complaints)
    .set({ escalatedAt: now })
    .where(
      and(
        inArray(
          complaints.id,
          due.map((d) => d.id),
        ),
        isNull(complaints.escalatedAt),
      ),
    )
    .returning();
}

/** Who hears of an overdue complaint: the supervision group and every supervisor still active. */
export async function escalationRecipients(db: Database): Promise<string[]> {
  const inGroup: SQL = sql`${users.username} in (select ${supervisionGroupMembers.username} from ${supervisionGroupMembers})`;
  const rows = await db
    .select({ username: users.username })
    .from(users)
    .where(and(eq(users.active, true), or(eq(users.role, 'supervisor'), inGroup)))
    .orderBy(asc(users.username));
  return rows.map((r) => r.username);
}
