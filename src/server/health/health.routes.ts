import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app-context.js';

const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  db: z.enum(['pglite', 'postgres']),
  dbReachable: z.boolean(),
  version: z.string(),
  time: z.string(),
});

export function healthRoutes(app: FastifyInstance, ctx: AppContext) {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/health',
      { schema: { tags: ['system'], summary: '健康检查', response: { 200: Health, 503: Health } } },
      async (_request, reply) => {
        const dbReachable = await ctx.db
          .execute(sql`select 1`)
          .then(() => true)
          .catch(() => false);
        const body = {
          status: dbReachable ? ('ok' as const) : ('degraded' as const),
          db: ctx.dbKind,
          dbReachable,
          version: ctx.version,
          time: new Date().toISOString(),
        };
        return reply.status(dbReachable ? 200 : 503).send(body);
      },
    );
}
