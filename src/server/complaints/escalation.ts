import { shanghaiToday } from '../../domain/calendar/local-date.js';
import {
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_SUBJECT_LABELS,
  type ComplaintStatus,
  type ComplaintSubject,
} from '../../domain/complaints/complaints.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Database } from '../db/database.js';
import { insertStaffNotifications } from '../notifications/staff-notifications.repository.js';
import { claimOverdueComplaints, escalationRecipients } from './complaints.repository.js';

/**
 * Escalates every unanswered complaint whose due date has ended (Asia/Shanghai): once per complaint,
 * to the supervision group, every supervisor and the assignee. Safe to run from several server
 * processes at once. Returns how many complaints were escalated by this call.
 */
export async function escalateOverdueComplaints(db: Database, now = new Date()): Promise<number> {
  const today = shanghaiToday(now);
  return db.transaction(async (tx) => {
    const overdue = await claimOverdueComplaints(tx, today, now);
    if (!overdue.length) return 0;
    const everyone = await escalationRecipients(tx);
    for (const c of overdue) {
      const recipients = [...new Set([...everyone, ...(c.assignee ? [c.assignee] : [])])];
      const status = COMPLAINT_STATUS_LABELS[c.status as ComplaintStatus] ?? c.status;
      await insertStaffNotifications(
        tx,
        recipients.map((recipient) => ({
          recipient,
          kind: 'complaint_overdue',
          title: `投诉举报 ${c.trackingNo}（${COMPLAINT_SUBJECT_LABELS[c.subject as ComplaintSubject] ?? c.subject}）已超期未答复`,
          body: `应于 ${c.dueDate} 前答复，目前${status}${c.assignee ? `，承办人 ${c.assignee}` : '，尚未分派'}。`,
          link: `/complaints/${c.trackingNo}`,
          dedupeKey: `complaint_overdue:${c.trackingNo}`,
        })),
      );
      await recordAudit(
        tx,
        null,
        {
          entityType: 'complaint',
          entityId: c.trackingNo,
          action: 'complaint.escalated',
          after: { dueDate: c.dueDate, status: c.status, notified: recipients },
        },
        now,
      );
    }
    return overdue.length;
  });
}
