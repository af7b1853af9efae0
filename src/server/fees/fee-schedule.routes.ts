import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LocalDateString } from '../../domain/contracts/common.js';
import { AddFeeItemBody, PublicFeeSchedule } from '../../domain/contracts/fees.js';
import type { AppContext } from '../app-context.js';
import { addFeeItem, publicFeeSchedule } from './fee-schedule.service.js';

export function feeScheduleRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/public/fee-schedule',
    {
      schema: {
        tags: ['public'],
        summary: '公示的拆除收费标准（无需登录）',
        security: [],
        querystring: z.object({ date: LocalDateString.optional() }),
        response: { 200: PublicFeeSchedule },
      },
    },
    async (request) => publicFeeSchedule(ctx.db, request.query.date),
  );
  r.post(
    '/api/fee-schedule',
    {
      schema: {
        tags: ['fees'],
        summary: '发布新的收费标准版本',
        body: AddFeeItemBody,
        response: { 201: PublicFeeSchedule },
      },
    },
    async (request, reply) => reply.status(201).send(await addFeeItem(ctx.db, request.actor, request.body)),
  );
}
