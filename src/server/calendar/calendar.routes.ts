import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AddWorkingDaysQuery,
  AddWorkingDaysResult,
  CalendarOverrideBody,
  CalendarYear,
  DayKind,
  YearParam,
} from '../../domain/contracts/calendar.js';
import { LocalDateString } from '../../domain/contracts/common.js';
import type { AppContext } from '../app-context.js';
import {
  addWorkingDaysQuery,
  calendarYear,
  listOverrides,
  publishYear,
  removeOverride,
  setOverride,
} from './calendar.service.js';

const OverrideList = z.object({
  items: z.array(
    z.object({
      date: LocalDateString,
      kind: DayKind.extract(['workday', 'holiday']),
      name: z.string().optional(),
    }),
  ),
});
const DateParam = z.object({ date: LocalDateString });

export function calendarRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['calendar'];
  r.get(
    '/api/calendar/add-working-days',
    {
      schema: {
        tags,
        summary: '计算 N 个工作日后的日期（SPEC §4）',
        querystring: AddWorkingDaysQuery,
        response: { 200: AddWorkingDaysResult },
      },
    },
    async (request) => addWorkingDaysQuery(ctx.db, request.actor, request.query.from, request.query.days),
  );
  r.get(
    '/api/calendar/overrides',
    {
      schema: {
        tags,
        summary: '管理员对日历的逐日调整',
        querystring: YearParam,
        response: { 200: OverrideList },
      },
    },
    async (request) => ({ items: await listOverrides(ctx.db, request.actor, request.query.year) }),
  );
  r.put(
    '/api/calendar/overrides/:date',
    {
      schema: {
        tags,
        summary: '设置某日为工作日或假日',
        params: DateParam,
        body: CalendarOverrideBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await setOverride(ctx.db, request.actor, request.params.date, request.body);
      return reply.status(204).send(null);
    },
  );
  r.delete(
    '/api/calendar/overrides/:date',
    { schema: { tags, summary: '撤销某日的调整', params: DateParam, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeOverride(ctx.db, request.actor, request.params.date);
      return reply.status(204).send(null);
    },
  );
  r.post(
    '/api/calendar/:year/publish',
    {
      schema: {
        tags,
        summary: '发布某年日历（已录入法定节假日后）',
        params: YearParam,
        response: { 200: CalendarYear },
      },
    },
    async (request) => publishYear(ctx.db, request.actor, request.params.year),
  );
  r.get(
    '/api/calendar/:year',
    {
      schema: { tags, summary: '某年的工作日历（R-27）', params: YearParam, response: { 200: CalendarYear } },
    },
    async (request) => calendarYear(ctx.db, request.actor, request.params.year),
  );
}
