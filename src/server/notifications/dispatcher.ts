import type { Database } from '../db/database.js';
import { claimDue, markFailedAttempt, markSent } from './outbox.repository.js';
import type { Transport } from './transports.js';

const LEASE_MS = 60_000;
const MAX_ATTEMPTS = 10;
const BATCH = 50;

/** Exponential backoff: 30 s, 1 min, 2 min … capped at one hour. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * Sends what is due, once. Safe to run in several processes at once: each claims different rows.
 * A message is recorded as sent only after the transport accepted it (at-least-once delivery).
 */
export async function dispatchOutbox(db: Database, transport: Transport, now = () => new Date()) {
  const claimed = await claimDue(db, now(), BATCH, LEASE_MS);
  let sent = 0;
  for (const message of claimed) {
    try {
      await transport.send(message);
      await markSent(db, message.id, now());
      sent += 1;
    } catch (error) {
      const giveUp = message.attempts >= MAX_ATTEMPTS;
      await markFailedAttempt(
        db,
        message.id,
        String((error as Error)?.message ?? error),
        new Date(now().getTime() + backoffMs(message.attempts)),
        giveUp,
      );
    }
  }
  return { claimed: claimed.length, sent };
}

/** Runs the dispatcher on an interval until stopped; one run at a time within this process. */
export function startDispatcher(
  db: Database,
  transport: Transport,
  intervalMs: number,
  onError: (e: unknown) => void,
) {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await dispatchOutbox(db, transport);
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
