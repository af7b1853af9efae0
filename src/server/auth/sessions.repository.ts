import { eq, lt } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { loginThrottle, sessions } from '../db/schema/index.js';

export async function insertSession(db: Database, tokenHash: string, userId: string, expiresAt: Date) {
  await db.insert(sessions).values({ tokenHash, userId, expiresAt });
}

export async function touchSession(db: Database, tokenHash: string, now: Date, expiresAt: Date) {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Database, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(db: Database, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Database, now: Date) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function readThrottle(db: Database, key: string) {
  const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.key, key));
  return row ?? null;
}

export async function writeThrottle(db: Database, row: typeof loginThrottle.$inferInsert) {
  await db
    .insert(loginThrottle)
    .values(row)
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: row.failures,
        windowStartedAt: row.windowStartedAt,
        lockedUntil: row.lockedUntil ?? null,
      },
    });
}

export async function clearThrottle(db: Database, key: string) {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}
