import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PageQuery, pageOf } from '../../domain/contracts/common.js';
import { OutboxMessage } from '../../domain/contracts/notifications.js';
import type { AppContext } from '../app-context.js';
import { listOutbox } from './outbox.service.js';

export function notificationsRoutes(app: FastifyInstance, ctx: AppContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/notifications/outbox',
    {
      schema: {
        tags: ['notifications'],
        summary: '通知发件箱（R-29）',
        querystring: PageQuery.extend({ status: z.enum(['pending', 'sent', 'failed']).optional() }),
        response: { 200: pageOf(OutboxMessage) },
      },
    },
    async (request) => listOutbox(ctx.db, request.actor, request.query),
  );
}
