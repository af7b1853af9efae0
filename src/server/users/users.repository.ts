import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { branches, companies, sessions, users } from '../db/schema/index.js';

export type UserRow = typeof users.$inferSelect;

const userWithBranch = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  branchId: users.branchId,
  passwordHash: users.passwordHash,
  active: users.active,
  createdAt: users.createdAt,
  branchCode: branches.code,
  branchName: branches.name,
};

export type UserWithBranch = Awaited<ReturnType<typeof findUserByUsername>>;

export async function findUserByUsername(db: Database, username: string) {
  const [row] = await db
    .select(userWithBranch)
    .from(users)
    .leftJoin(branches, eq(branches.id, users.branchId))
    .where(eq(users.username, username));
  return row ?? null;
}

export async function findUserById(db: Database, id: string) {
  const [row] = await db
    .select(userWithBranch)
    .from(users)
    .leftJoin(branches, eq(branches.id, users.branchId))
    .where(eq(users.id, id));
  return row ?? null;
}

/** The user behind a live session, in one round trip (it runs on every request). */
export async function findSessionUser(db: Database, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ ...userWithBranch, sessionLastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(branches, eq(branches.id, users.branchId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row ?? null;
}

export async function listUsers(db: Database) {
  return db
    .select(userWithBranch)
    .from(users)
    .leftJoin(branches, eq(branches.id, users.branchId))
    .orderBy(asc(users.username));
}

export async function insertUser(db: Database, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  if (!row) throw new Error('insert users returned nothing');
  return row.id;
}

export async function updateUser(db: Database, id: string, values: Partial<typeof users.$inferInsert>) {
  await db
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id));
}

export async function findBranchByCode(db: Database, code: string) {
  const [row] = await db.select().from(branches).where(eq(branches.code, code));
  return row ?? null;
}

export async function listBranches(db: Database) {
  return db.select().from(branches).orderBy(asc(branches.code));
}

export async function companyName(db: Database): Promise<string> {
  const [row] = await db
    .select({ name: companies.name })
    .from(companies)
    .orderBy(asc(companies.createdAt))
    .limit(1);
  return row?.name ?? '';
}

/** Usernames of the active staff in these roles, in one outlet or (branchId null) company-wide. */
export async function activeUsernames(
  db: Database,
  roles: string[],
  branchId: string | null,
): Promise<string[]> {
  const rows = await db
    .select({ username: users.username })
    .from(users)
    .where(
      and(
        inArray(users.role, roles),
        eq(users.active, true),
        branchId ? eq(users.branchId, branchId) : undefined,
      ),
    );
  return rows.map((r) => r.username);
}
