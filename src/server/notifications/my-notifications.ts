import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAccess } from '../access/gate.js';
import type { AppContext } from '../app-context.js';
import { staffNotifications } from '../db/schema/index.js';
import { AppError } from '../http/app-error.js';

const StaffNotification = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});

/** In-app notifications for the signed-in staff member: deadline warnings, escalations, broken plans. */
export function myNotificationsRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/notifications/mine',
    {
      schema: {
        tags: ['notifications'],
        summary: '我的站内通知（期限预警、逾期升级等）',
        querystring: z.object({ unread: z.enum(['true', 'false']).optional() }),
        response: { 200: z.object({ items: z.array(StaffNotification), unread: z.number().int() }) },
      },
    },
    async (request) => {
      const who = requireAccess(request.actor, 'workbench.view');
      const mine = eq(staffNotifications.recipient, who.username);
      const rows = await ctx.db
        .select()
        .from(staffNotifications)
        .where(and(mine, request.query.unread === 'true' ? isNull(staffNotifications.readAt) : undefined))
        .orderBy(desc(staffNotifications.createdAt))
        .limit(100);
      const [unread] = await ctx.db
        .select({ n: count() })
        .from(staffNotifications)
        .where(and(mine, isNull(staffNotifications.readAt)));
      return {
        items: rows.map((n) => ({
          id: n.id,
          kind: n.kind,
          title: n.title,
          body: n.body,
          link: n.link,
          createdAt: n.createdAt.toISOString(),
          read: n.readAt !== null,
        })),
        unread: Number(unread?.n ?? 0),
      };
    },
  );
  r.post(
    '/api/notifications/mine/:id/read',
    {
      schema: {
        tags: ['notifications'],
        summary: '标记通知为已读',
        params: z.object({ id: z.string().uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const who = requireAccess(request.actor, 'workbench.view');
      const updated = await ctx.db
        .update(staffNotifications)
        .set({ readAt: new Date() })
        .where(
          and(eq(staffNotifications.id, request.params.id), eq(staffNotifications.recipient, who.username)),
        )
        .returning({ id: staffNotifications.id });
      if (!updated.length) throw AppError.notFound('通知');
      return reply.status(204).send(null);
    },
  );
}
