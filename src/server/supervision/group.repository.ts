import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { branches, supervisionGroupMembers, users } from '../db/schema/index.js';

export async function listGroupMembers(db: Database) {
  return db
    .select({
      username: supervisionGroupMembers.username,
      addedBy: supervisionGroupMembers.addedBy,
      addedAt: supervisionGroupMembers.addedAt,
      displayName: users.displayName,
      role: users.role,
      branchCode: branches.code,
      branchName: branches.name,
    })
    .from(supervisionGroupMembers)
    .innerJoin(users, eq(users.username, supervisionGroupMembers.username))
    .leftJoin(branches, eq(branches.id, users.branchId))
    .orderBy(asc(supervisionGroupMembers.username));
}

/** Returns false when the user was already a member. */
export async function insertGroupMember(db: Database, username: string, addedBy: string): Promise<boolean> {
  const rows = await db
    .insert(supervisionGroupMembers)
    .values({ username, addedBy })
    .onConflictDoNothing()
    .returning({ username: supervisionGroupMembers.username });
  return rows.length === 1;
}

/** Returns false when the user was not a member. */
export async function deleteGroupMember(db: Database, username: string): Promise<boolean> {
  const rows = await db
    .delete(supervisionGroupMembers)
    .where(eq(supervisionGroupMembers.username, username))
    .returning({ username: supervisionGroupMembers.username });
  return rows.length === 1;
}
