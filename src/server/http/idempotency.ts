import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import type { Database } from '../db/database.js';
import { isUniqueViolation } from '../db/rows.js';
import { idempotencyKeys } from '../db/schema/index.js';
import { AppError } from './app-error.js';

const KEY_PATTERN = /^[\w.:-]{8,128}$/;
const RETAIN_MS = 24 * 3600_000;

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { actorKey: string; key: string } | null;
  }
}

function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n`)
    .update(JSON.stringify(request.body ?? null))
    .digest('hex');
}

/**
 * Idempotency-Key on writes (SPEC §7): the first request with a key is processed and its answer
 * kept for 24 h; a retry with the same key and body gets that answer back, a different body is refused.
 */
export function registerIdempotency(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || request.method === 'GET' || !request.url.startsWith('/api/')) return;
    if (!KEY_PATTERN.test(key)) {
      throw AppError.validation([{ path: 'Idempotency-Key', message: '应为 8–128 位字母、数字或 _ . : -' }]);
    }
    const actorKey = request.actor?.userId ?? `anon:${request.ip}`;
    const hash = requestHash(request);
    try {
      await ctx.db.insert(idempotencyKeys).values({ actorKey, key, requestHash: hash });
      request.idempotency = { actorKey, key };
      return;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const [prior] = await ctx.db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.actorKey, actorKey), eq(idempotencyKeys.key, key)));
    if (!prior || prior.requestHash !== hash) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一个请求');
    }
    if (prior.statusCode === null) throw new AppError('CONFLICT', '相同的请求正在处理中，请稍后重试');
    reply.header('idempotent-replay', 'true');
    return reply
      .status(prior.statusCode)
      .type(prior.responseType ?? 'application/json')
      .send(prior.responseBody ?? '');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const idem = request.idempotency;
    if (!idem) return payload;
    const where = and(eq(idempotencyKeys.actorKey, idem.actorKey), eq(idempotencyKeys.key, idem.key));
    // A server error may succeed on retry, so it releases the key instead of pinning the failure.
    if (reply.statusCode >= 500) await ctx.db.delete(idempotencyKeys).where(where);
    else {
      await ctx.db
        .update(idempotencyKeys)
        .set({
          statusCode: reply.statusCode,
          responseBody: typeof payload === 'string' ? payload : payload == null ? '' : String(payload),
          responseType: String(reply.getHeader('content-type') ?? 'application/json'),
        })
        .where(where);
    }
    return payload;
  });
}

/** Forgets answers older than 24 h; run by the scheduler rather than on every keyed write. */
export async function purgeIdempotencyKeys(db: Database, now = new Date()) {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - RETAIN_MS)));
}
