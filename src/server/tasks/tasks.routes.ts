import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  StaffTask,
  TaskDoneBody,
  TaskIdParam,
  TaskListQuery,
  TaskPage,
} from '../../domain/contracts/tasks.js';
import type { AppContext } from '../app-context.js';
import { completeTask, listTasks } from './tasks.service.js';

export function tasksRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['tasks'];
  r.get(
    '/api/tasks',
    {
      schema: {
        tags,
        summary: '部门任务（整改、回访问题等）：本网点、本部门的任务；公司级角色可见全部',
        querystring: TaskListQuery,
        response: { 200: TaskPage },
      },
    },
    async (request) => listTasks(ctx.db, request.actor, request.query),
  );
  r.post(
    '/api/tasks/:id/done',
    {
      schema: {
        tags,
        summary: '办结任务并说明处理结果',
        params: TaskIdParam,
        body: TaskDoneBody,
        response: { 200: StaffTask },
      },
    },
    async (request) => completeTask(ctx.db, request.actor, request.params.id, request.body.note),
  );
}
