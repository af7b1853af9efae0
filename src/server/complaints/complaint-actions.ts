import { roleHasPermission } from '../../domain/access/permissions.js';
import type { Role } from '../../domain/access/roles.js';
import { channelOfContact } from '../../domain/complaints/contact.js';
import type { ComplaintDetail } from '../../domain/contracts/complaints.js';
import { type Actor, requireAccess } from '../access/gate.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuditEvent } from '../audit/audit-events.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import { enqueueNotifications } from '../notifications/outbox.service.js';
import { findUserByUsername } from '../users/users.repository.js';
import {
  type ComplaintRow,
  findCaseRef,
  findComplaint,
  insertNote,
  linkCase,
  type NewComplaintRow,
  updateComplaint,
} from './complaints.repository.js';
import { getComplaint } from './complaints.service.js';

type ComplaintAction = Extract<AuditEvent, { entityType: 'complaint' }>['action'];

interface Change {
  set: Partial<NewComplaintRow>;
  action: ComplaintAction;
  before?: unknown;
  after?: unknown;
}

/**
 * One staff action on a complaint as one transaction: lock, check the version the user saw, apply,
 * bump the version and audit. An answered complaint is closed to further change.
 */
async function changeComplaint(
  db: Database,
  actor: Actor | null,
  trackingNo: string,
  expectedVersion: number,
  change: (tx: Database, complaint: ComplaintRow, who: Actor, now: Date) => Promise<Change>,
): Promise<ComplaintDetail> {
  const who = requireAccess(actor, 'complaints.manage');
  const no = trackingNo.trim().toUpperCase();
  await db.transaction(async (tx) => {
    const complaint = await findComplaint(tx, no, true);
    if (!complaint) throw AppError.notFound(`投诉举报 ${trackingNo} `);
    if (complaint.version !== expectedVersion) {
      throw new AppError('VERSION_CONFLICT', '该投诉举报已被他人更新，请刷新后重试');
    }
    if (complaint.status === 'answered') {
      throw new AppError('ACTION_NOT_ALLOWED', '该投诉举报已答复办结，不能再修改');
    }
    const now = new Date();
    const c = await change(tx, complaint, who, now);
    if (!(await updateComplaint(tx, complaint.id, expectedVersion, c.set))) {
      throw new AppError('VERSION_CONFLICT', '该投诉举报已被他人更新，请刷新后重试');
    }
    await recordAudit(
      tx,
      who,
      { entityType: 'complaint', entityId: no, action: c.action, before: c.before, after: c.after },
      now,
    );
  });
  return getComplaint(db, who, no);
}

/** Only someone who may handle complaints can be given one. */
async function handlerOf(tx: Database, username: string) {
  const user = await findUserByUsername(tx, username.trim().toLowerCase());
  if (!user?.active || !roleHasPermission(user.role as Role, 'complaints.manage')) {
    throw AppError.validation([
      { path: 'assignee', message: `${username} 不是在岗的客服专员或监督小组成员，不能承办投诉` },
    ]);
  }
  return user.username;
}

export function assignComplaint(
  db: Database,
  actor: Actor | null,
  trackingNo: string,
  body: { expectedVersion: number; assignee?: string },
) {
  return changeComplaint(db, actor, trackingNo, body.expectedVersion, async (tx, c, who) => {
    const assignee = await handlerOf(tx, body.assignee ?? who.username);
    return {
      set: { assignee, status: 'assigned' },
      action: 'complaint.assigned',
      before: { assignee: c.assignee, status: c.status },
      after: { assignee, status: 'assigned' },
    };
  });
}

/** An investigation note; the first one on an assigned complaint shows the investigation has begun. */
export function addComplaintNote(
  db: Database,
  actor: Actor | null,
  trackingNo: string,
  body: { expectedVersion: number; note: string },
) {
  return changeComplaint(db, actor, trackingNo, body.expectedVersion, async (tx, c, who, now) => {
    await insertNote(tx, { complaintId: c.id, at: now, by: who.username, note: body.note });
    const status = c.status === 'assigned' ? 'investigating' : c.status;
    return {
      set: { status },
      action: 'complaint.note_added',
      before: { status: c.status },
      after: { status, note: body.note },
    };
  });
}

export function linkComplaintCase(
  db: Database,
  actor: Actor | null,
  trackingNo: string,
  body: { expectedVersion: number; caseNo: string },
) {
  return changeComplaint(db, actor, trackingNo, body.expectedVersion, async (tx, c) => {
    const kase = await findCaseRef(tx, body.caseNo.trim().toUpperCase());
    if (!kase) throw AppError.validation([{ path: 'caseNo', message: `申请编号 ${body.caseNo} 不存在` }]);
    if (!(await linkCase(tx, c.id, kase.id))) {
      throw new AppError('CONFLICT', `申请 ${kase.caseNo} 已关联到该投诉举报`);
    }
    return { set: {}, action: 'complaint.case_linked', after: { caseNo: kase.caseNo } };
  });
}

/**
 * The result fed back to the complainant: sent through the outbox and readable with the
 * tracking code. A customer-service member answers only what was assigned to them; the supervision
 * group may answer any.
 */
export function answerComplaint(
  db: Database,
  actor: Actor | null,
  trackingNo: string,
  body: { expectedVersion: number; answer: string },
) {
  return changeComplaint(db, actor, trackingNo, body.expectedVersion, async (tx, c, who, now) => {
    if (who.role !== 'supervisor' && c.assignee !== who.username) {
      throw new AppError('ACTION_NOT_ALLOWED', '只有承办人或监督小组可以答复该投诉举报，请先分派给您');
    }
    await enqueueNotifications(tx, [
      {
        channel: channelOfContact(c.contact),
        recipient: c.contact,
        template: 'complaint.answered',
        params: { trackingNo: c.trackingNo, answer: body.answer },
        entity: { type: 'complaint', id: c.trackingNo },
      },
    ]);
    return {
      set: { status: 'answered', answer: body.answer, answeredAt: now, answeredBy: who.username },
      action: 'complaint.answered',
      before: { status: c.status },
      after: { status: 'answered', answer: body.answer },
    };
  });
}
