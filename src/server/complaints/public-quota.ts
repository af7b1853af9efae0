import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { queryRows } from '../db/rows.js';
import { AppError } from '../http/app-error.js';

/**
 * Per-address limits on the public complaint endpoints, counted in the database (the login
 * throttle table, under its own key prefix) so every server process shares them. Filing is limited
 * against flooding; look-ups against guessing access codes.
 */
const PUBLIC_QUOTAS = {
  file: {
    limit: 10,
    windowMs: 3_600_000,
    message: '同一网络提交投诉过于频繁，请一小时后再试，或拨打客服电话',
  },
  lookup: { limit: 60, windowMs: 900_000, message: '查询过于频繁，请 15 分钟后再试' },
} as const;

export async function spendPublicQuota(
  db: Database,
  kind: keyof typeof PUBLIC_QUOTAS,
  ip: string,
  now = new Date(),
): Promise<void> {
  const quota = PUBLIC_QUOTAS[kind];
  const at = now.toISOString();
  const windowStart = new Date(now.getTime() - quota.windowMs).toISOString();
  // One statement: two requests at the same moment cannot both read the old count.
  const [row] = await queryRows<{ failures: number }>(
    db,
    sql`insert into login_throttle (key, failures, window_started_at)
        values (${`complaint-${kind}:${ip}`}, 1, ${at}::timestamptz)
        on conflict (key) do update set
          failures = case when login_throttle.window_started_at < ${windowStart}::timestamptz
                          then 1 else login_throttle.failures + 1 end,
          window_started_at = case when login_throttle.window_started_at < ${windowStart}::timestamptz
                                   then ${at}::timestamptz else login_throttle.window_started_at end
        returning failures`,
  );
  if (Number(row?.failures ?? 0) > quota.limit) throw new AppError('TOO_MANY_REQUESTS', quota.message);
}
