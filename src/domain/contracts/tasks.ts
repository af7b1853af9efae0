import { z } from 'zod';
import { BranchRef } from './auth.js';
import { Instant, LocalDateString, PageQuery, pageOf } from './common.js';

export const TASK_STATUSES = ['open', 'done'] as const;

export const TaskListQuery = PageQuery.extend({
  status: z.enum(TASK_STATUSES).optional(),
  kind: z.string().trim().max(40).optional().describe('e.g. corrective'),
});
export type TaskListQuery = z.infer<typeof TaskListQuery>;

export const StaffTask = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  description: z.string(),
  department: z.string(),
  branch: BranchRef.nullable(),
  assignee: z.string().nullable(),
  source: z.object({ type: z.string(), id: z.string() }),
  dueDate: LocalDateString.nullable(),
  status: z.enum(TASK_STATUSES),
  createdAt: Instant,
  doneAt: Instant.nullable(),
  doneBy: z.string().nullable(),
  doneNote: z.string().nullable(),
});
export type StaffTask = z.infer<typeof StaffTask>;

export const TaskPage = pageOf(StaffTask);
export type TaskPage = z.infer<typeof TaskPage>;

export const TaskIdParam = z.object({ id: z.string().uuid('任务编号无效') });
export const TaskDoneBody = z.object({ note: z.string().trim().min(2, '请说明处理结果').max(2000) });
