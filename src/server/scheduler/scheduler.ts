import { sql } from 'drizzle-orm';
import { shanghaiToday, shiftMonth } from '../../domain/calendar/local-date.js';
import type { AppContext } from '../app-context.js';
import { escalateOverdueComplaints } from '../complaints/escalation.js';
import type { Database } from '../db/database.js';
import { queryRows } from '../db/rows.js';
import { purgeIdempotencyKeys } from '../http/idempotency.js';
import { loadRules } from '../settings/rules.js';
import { drawMonthlySample } from '../supervision/sampling.service.js';
import { watchArrearsPlans } from './arrears-plans.js';
import { sendDeadlineAlerts } from './deadline-alerts.js';

export interface Job {
  name: string;
  /** A stable number for the database lock that keeps two processes from running the job together. */
  lockKey: number;
  run(db: Database, now: Date): Promise<unknown>;
}

/** The scheduled work of X10 and. Every job is also idempotent on its own. */
export const JOBS: Job[] = [
  {
    name: 'deadline-alerts',
    lockKey: 7240001,
    run: async (db, now) => sendDeadlineAlerts(db, await loadRules(db), now),
  },
  { name: 'complaint-escalation', lockKey: 7240002, run: (db, now) => escalateOverdueComplaints(db, now) },
  { name: 'arrears-plans', lockKey: 7240003, run: (db, now) => watchArrearsPlans(db, now) },
  { name: 'idempotency-purge', lockKey: 7240005, run: (db, now) => purgeIdempotencyKeys(db, now) },
  {
    name: 'monthly-audit-sample',
    lockKey: 7240004,
    run: (db, now) =>
      drawMonthlySample(db, shiftMonth(shanghaiToday(now).slice(0, 7), -1), null, undefined, now),
  },
];

/**
 * Runs a job unless another process is running it: a transaction-scoped advisory lock on
 * PostgreSQL (PGlite is one process, where it is always free). The job's own claims make a double
 * run harmless anyway; the lock just saves the work.
 */
export async function runJob(db: Database, job: Job, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [got] = await queryRows<{ ok: boolean }>(
      tx,
      sql`select pg_try_advisory_xact_lock(${job.lockKey}) as ok`,
    );
    if (!got?.ok) return false;
    await job.run(tx, now);
    return true;
  });
}

export function startScheduler(
  ctx: AppContext,
  intervalMs: number,
  onError: (job: string, e: unknown) => void,
) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    for (const job of JOBS) {
      try {
        await runJob(ctx.db, job);
      } catch (error) {
        onError(job.name, error);
      }
    }
    running = false;
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  setTimeout(() => void tick(), 1000).unref();
  return () => clearInterval(timer);
}
