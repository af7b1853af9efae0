import { and, asc, count, desc, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { queryRows } from '../db/rows.js';
import { accounts, arrearsPlans, branches, closureCases, facilities } from '../db/schema/index.js';

export type AccountRow = typeof accounts.$inferSelect;
export type NewAccountRow = typeof accounts.$inferInsert;
export type FacilityRow = typeof facilities.$inferSelect;
export type NewFacilityRow = typeof facilities.$inferInsert;

const withOutlet = { account: accounts, outletCode: branches.code, outletName: branches.name };

export type AccountWithOutlet = { account: AccountRow; outletCode: string; outletName: string };

export async function nextAccountSequence(db: Database, n: number): Promise<number[]> {
  const rows = await queryRows<{ v: number | string }>(
    db,
    sql`select nextval('account_no_seq') as v from generate_series(1, ${n}::int)`,
  );
  return rows.map((r) => Number(r.v));
}

export async function insertAccounts(db: Database, rows: NewAccountRow[]) {
  if (!rows.length) return [];
  return db.insert(accounts).values(rows).returning({ id: accounts.id, accountNo: accounts.accountNo });
}

export async function insertFacilities(db: Database, rows: NewFacilityRow[]) {
  if (rows.length) await db.insert(facilities).values(rows);
}

type Column<T> = { name: string; type: string; value: (row: T) => unknown };

/**
 * Bulk insert as one `insert … select from unnest(arrays)`: one bind parameter per column however
 * many rows, which is many times faster than a multi-row VALUES list for imports of 100 000 rows.
 */
export async function insertUnnest<T>(db: Database, table: string, columns: Column<T>[], rows: T[]) {
  if (!rows.length) return;
  const names = sql.raw(columns.map((c) => c.name).join(', '));
  const arrays = columns.map(
    (c) => sql`${sql.param(rows.map((r) => c.value(r) ?? null))}::${sql.raw(c.type)}[]`,
  );
  await db.execute(
    sql`insert into ${sql.raw(table)} (${names}) select * from unnest(${sql.join(arrays, sql`, `)})`,
  );
}

export async function findAccount(
  db: Database,
  accountNo: string,
  forUpdate = false,
): Promise<AccountWithOutlet | null> {
  const q = db
    .select(withOutlet)
    .from(accounts)
    .innerJoin(branches, eq(branches.id, accounts.branchId))
    .where(eq(accounts.accountNo, accountNo));
  const [row] = forUpdate ? await q.for('update', { of: accounts }) : await q;
  return row ?? null;
}

export async function facilitiesOf(db: Database, accountId: string): Promise<FacilityRow[]> {
  return db
    .select()
    .from(facilities)
    .where(eq(facilities.accountId, accountId))
    .orderBy(asc(facilities.kind), asc(facilities.serialNo));
}

export async function existingAccountNos(db: Database, accountNos: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < accountNos.length; i += 5000) {
    const chunk = accountNos.slice(i, i + 5000);
    const rows = await db
      .select({ no: accounts.accountNo })
      .from(accounts)
      .where(inArray(accounts.accountNo, chunk));
    for (const r of rows) found.add(r.no);
  }
  return found;
}

export interface AccountSearch {
  branchId: string | null;
  accountNo?: string;
  idIndex?: string;
  phoneIndex?: string;
  nameLike?: string;
  type?: string;
  status?: string;
  outletCode?: string;
}

function searchWhere(s: AccountSearch): SQL | undefined {
  const any: SQL[] = [];
  if (s.accountNo) any.push(eq(accounts.accountNo, s.accountNo));
  if (s.idIndex) any.push(eq(accounts.idNumberIndex, s.idIndex));
  if (s.phoneIndex) any.push(eq(accounts.phoneIndex, s.phoneIndex));
  if (s.nameLike) any.push(ilike(accounts.name, `%${s.nameLike.replace(/[\\%_]/g, '\\$&')}%`));
  return and(
    any.length ? sql`(${sql.join(any, sql` or `)})` : undefined,
    s.branchId ? eq(accounts.branchId, s.branchId) : undefined,
    s.type ? eq(accounts.type, s.type) : undefined,
    s.status ? eq(accounts.status, s.status) : undefined,
    s.outletCode ? eq(branches.code, s.outletCode) : undefined,
  );
}

export async function searchAccounts(db: Database, s: AccountSearch, page: number, pageSize: number) {
  const where = searchWhere(s);
  const [items, [total]] = await Promise.all([
    db
      .select(withOutlet)
      .from(accounts)
      .innerJoin(branches, eq(branches.id, accounts.branchId))
      .where(where)
      .orderBy(desc(accounts.createdAt), asc(accounts.accountNo))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: count() })
      .from(accounts)
      .innerJoin(branches, eq(branches.id, accounts.branchId))
      .where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

export async function updateAccount(
  db: Database,
  id: string,
  expectedVersion: number,
  values: Partial<NewAccountRow>,
) {
  const rows = await db
    .update(accounts)
    .set({ ...values, version: sql`${accounts.version} + 1`, updatedAt: new Date() })
    .where(and(eq(accounts.id, id), eq(accounts.version, expectedVersion)))
    .returning({ version: accounts.version });
  return rows.length === 1;
}

export async function plansOfAccount(db: Database, accountId: string) {
  return db
    .select({ plan: arrearsPlans, caseNo: closureCases.caseNo })
    .from(arrearsPlans)
    .innerJoin(closureCases, eq(closureCases.id, arrearsPlans.caseId))
    .where(eq(arrearsPlans.accountId, accountId))
    .orderBy(desc(arrearsPlans.proposedAt));
}
