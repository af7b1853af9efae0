import { isCompanyWide } from '../../domain/access/roles.js';
import type { StaffTask, TaskListQuery, TaskPage } from '../../domain/contracts/tasks.js';
import { type Actor, branchFilter, requireAccess } from '../access/gate.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import {
  findTask,
  insertTask,
  markTaskDone,
  type NewTaskRow,
  pageTasks,
  type TaskWithBranch,
} from './tasks.repository.js';

function toView({ task, branchCode, branchName }: TaskWithBranch): StaffTask {
  return {
    id: task.id,
    kind: task.kind,
    title: task.title,
    description: task.description,
    department: task.department,
    branch: branchCode && branchName ? { code: branchCode, name: branchName } : null,
    assignee: task.assignee,
    source: { type: task.sourceType, id: task.sourceId },
    dueDate: task.dueDate,
    status: task.status as StaffTask['status'],
    createdAt: task.createdAt.toISOString(),
    doneAt: task.doneAt?.toISOString() ?? null,
    doneBy: task.doneBy,
    doneNote: task.doneNote,
  };
}

/**
 * Opens a task inside the caller's transaction, with its audit entry. Other modules (audit
 * findings, follow-up problems) create their tasks through here.
 */
export async function createStaffTask(tx: Database, actor: Actor | null, values: NewTaskRow) {
  const task = await insertTask(tx, values);
  await recordAudit(tx, actor, {
    entityType: 'staff_task',
    entityId: task.id,
    action: 'staff_task.created',
    after: {
      kind: task.kind,
      title: task.title,
      department: task.department,
      branchId: task.branchId,
      assignee: task.assignee,
      source: `${task.sourceType}:${task.sourceId}`,
    },
  });
  return task;
}

/** Staff see their own department's tasks at their own outlet; company-wide roles see all. */
function departmentFilter(actor: Actor): string | null {
  return isCompanyWide(actor.role) ? null : actor.role;
}

export async function listTasks(db: Database, actor: Actor | null, q: TaskListQuery): Promise<TaskPage> {
  const who = requireAccess(actor, 'tasks.read');
  const { items, total } = await pageTasks(
    db,
    { branchId: branchFilter(who), department: departmentFilter(who), status: q.status, kind: q.kind },
    q.page,
    q.pageSize,
  );
  return { items: items.map(toView), total, page: q.page, pageSize: q.pageSize };
}

export async function completeTask(
  db: Database,
  actor: Actor | null,
  id: string,
  note: string,
): Promise<StaffTask> {
  const who = requireAccess(actor, 'tasks.read');
  await db.transaction(async (tx) => {
    const found = await findTask(tx, id, true);
    if (!found) throw AppError.notFound('任务');
    requireAccess(who, 'tasks.read', [{ branchId: found.task.branchId }]);
    const department = departmentFilter(who);
    if (department && department !== found.task.department) {
      throw AppError.forbidden('该任务属于其他部门，您无权办结');
    }
    if (found.task.status !== 'open') throw new AppError('ACTION_NOT_ALLOWED', '该任务已办结，不能重复办结');
    await markTaskDone(tx, id, who.username, note, new Date());
    await recordAudit(tx, who, {
      entityType: 'staff_task',
      entityId: id,
      action: 'staff_task.done',
      before: { status: 'open' },
      after: { status: 'done', note },
    });
  });
  const after = await findTask(db, id);
  if (!after) throw AppError.notFound('任务');
  return toView(after);
}
