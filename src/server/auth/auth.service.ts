import { createHash, randomBytes } from 'node:crypto';
import { permissionsOf } from '../../domain/access/permissions.js';
import type { Role } from '../../domain/access/roles.js';
import type { CurrentUser } from '../../domain/contracts/auth.js';
import type { Actor } from '../access/gate.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import {
  companyName,
  findSessionUser,
  findUserByUsername,
  type UserWithBranch,
} from '../users/users.repository.js';
import { burnVerifyTime, verifyPassword } from './password.js';
import {
  clearThrottle,
  deleteSession,
  insertSession,
  readThrottle,
  touchSession,
  writeThrottle,
} from './sessions.repository.js';

const THROTTLE_WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_USER = 5;
const MAX_FAILURES_PER_IP = 30;
const TOUCH_AFTER_MS = 5 * 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function actorOf(user: NonNullable<UserWithBranch>): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role as Role,
    branchId: user.branchId,
  };
}

export async function currentUserView(db: Database, user: NonNullable<UserWithBranch>): Promise<CurrentUser> {
  const role = user.role as Role;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role,
    branch: user.branchCode && user.branchName ? { code: user.branchCode, name: user.branchName } : null,
    companyName: await companyName(db),
    permissions: permissionsOf(role),
  };
}

async function assertNotLocked(db: Database, keys: string[], now: Date) {
  for (const key of keys) {
    const row = await readThrottle(db, key);
    if (row?.lockedUntil && row.lockedUntil > now) {
      const minutes = Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 60_000);
      throw new AppError('TOO_MANY_REQUESTS', `登录失败次数过多，请 ${minutes} 分钟后再试`);
    }
  }
}

async function countFailure(db: Database, key: string, limit: number, now: Date) {
  const row = await readThrottle(db, key);
  const fresh = !row || now.getTime() - row.windowStartedAt.getTime() > THROTTLE_WINDOW_MS;
  const failures = fresh ? 1 : row.failures + 1;
  await writeThrottle(db, {
    key,
    failures,
    windowStartedAt: fresh ? now : row.windowStartedAt,
    lockedUntil: failures >= limit ? new Date(now.getTime() + THROTTLE_WINDOW_MS) : null,
  });
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: CurrentUser;
}

/** Staff login. Failures are counted per username and per client address, in the database. */
export async function login(
  db: Database,
  input: { username: string; password: string; ip: string; ttlHours: number },
  now = new Date(),
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  const keys = [`user:${username}`, `ip:${input.ip}`];
  await assertNotLocked(db, keys, now);
  const user = await findUserByUsername(db, username);
  let ok = false;
  if (user?.active) ok = await verifyPassword(user.passwordHash, input.password);
  else await burnVerifyTime(input.password);
  if (!user || !ok) {
    await db.transaction(async (tx) => {
      await countFailure(tx, keys[0] as string, MAX_FAILURES_PER_USER, now);
      await countFailure(tx, keys[1] as string, MAX_FAILURES_PER_IP, now);
      if (user)
        await recordAudit(
          tx,
          null,
          {
            entityType: 'user',
            entityId: user.username,
            action: 'user.login_failed',
            after: { ip: input.ip },
          },
          now,
        );
    });
    throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误');
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + input.ttlHours * 3600_000);
  await db.transaction(async (tx) => {
    await insertSession(tx, hashToken(token), user.id, expiresAt);
    await clearThrottle(tx, keys[0] as string);
    await recordAudit(
      tx,
      actorOf(user),
      { entityType: 'user', entityId: user.username, action: 'user.login', after: { ip: input.ip } },
      now,
    );
  });
  return { token, expiresAt, user: await currentUserView(db, user) };
}

/** Resolves a session cookie to its user; an expired or unknown token is simply no user. */
export async function resolveSession(
  db: Database,
  token: string | undefined,
  ttlHours: number,
  now = new Date(),
) {
  if (!token) return null;
  const tokenHash = hashToken(token);
  const found = await findSessionUser(db, tokenHash, now);
  if (!found?.active) return null;
  const { sessionLastSeenAt, ...user } = found;
  if (now.getTime() - sessionLastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await touchSession(db, tokenHash, now, new Date(now.getTime() + ttlHours * 3600_000));
  }
  return user;
}

export async function logout(db: Database, token: string, actor: Actor) {
  await db.transaction(async (tx) => {
    await deleteSession(tx, hashToken(token));
    await recordAudit(tx, actor, { entityType: 'user', entityId: actor.username, action: 'user.logout' });
  });
}
