import { and, desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CloseSupervisionItemBody,
  SupervisionItem,
  SupervisionItemQuery,
} from '../../domain/contracts/supervision-items.js';
import { requireAccess } from '../access/gate.js';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { closureCases, supervisionItems } from '../db/schema/index.js';
import { AppError } from '../http/app-error.js';

/** what the supervision group must look at (e.g. every bad follow-up rating), tracked to closed. */
export function supervisionItemRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['supervision'];
  r.get(
    '/api/supervision/items',
    {
      schema: {
        tags,
        summary: '监督跟进事项（如差评回访）',
        querystring: SupervisionItemQuery,
        response: { 200: z.object({ items: z.array(SupervisionItem) }) },
      },
    },
    async (request) => {
      requireAccess(request.actor, 'supervision.audit');
      const rows = await ctx.db
        .select({ item: supervisionItems, caseNo: closureCases.caseNo })
        .from(supervisionItems)
        .leftJoin(closureCases, eq(closureCases.id, supervisionItems.caseId))
        .where(request.query.status ? eq(supervisionItems.status, request.query.status) : undefined)
        .orderBy(desc(supervisionItems.createdAt))
        .limit(500);
      return {
        items: rows.map(({ item, caseNo }) => ({
          id: item.id,
          caseNo,
          source: item.source,
          description: item.description,
          status: item.status as 'open' | 'closed',
          createdAt: item.createdAt.toISOString(),
          closedAt: item.closedAt?.toISOString() ?? null,
          closedBy: item.closedBy,
        })),
      };
    },
  );
  r.post(
    '/api/supervision/items/:id/close',
    {
      schema: {
        tags,
        summary: '关闭监督跟进事项',
        params: z.object({ id: z.string().uuid() }),
        body: CloseSupervisionItemBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const who = requireAccess(request.actor, 'supervision.audit');
      await ctx.db.transaction(async (tx) => {
        const closed = await tx
          .update(supervisionItems)
          .set({ status: 'closed', closedAt: new Date(), closedBy: who.username })
          .where(and(eq(supervisionItems.id, request.params.id), eq(supervisionItems.status, 'open')))
          .returning({ id: supervisionItems.id });
        if (!closed.length) throw AppError.notFound('待处理的监督事项');
        await recordAudit(tx, who, {
          entityType: 'supervision_item',
          entityId: request.params.id,
          action: 'supervision_item.closed',
          after: { note: request.body.note },
        });
      });
      return reply.status(204).send(null);
    },
  );
}
