import { shanghaiToday } from '../../domain/calendar/local-date.js';
import type {
  ComplaintDetail,
  ComplaintListQuery,
  ComplaintPage,
  ComplaintReceipt,
  StaffComplaintBody,
} from '../../domain/contracts/complaints.js';
import { type Actor, requireAccess } from '../access/gate.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import { fileComplaint } from './complaint-filing.js';
import { toDetail, toListItem } from './complaint-view.js';
import { findComplaint, linkedCasesOf, notesOf, pageComplaints } from './complaints.repository.js';

/**
 * Complaints are handled by the company's customer service and supervision group as a whole, not by
 * outlet: many name no case, and one about an outlet must not be handled only inside that outlet.
 */
export async function listComplaints(
  db: Database,
  actor: Actor | null,
  q: ComplaintListQuery,
): Promise<ComplaintPage> {
  requireAccess(actor, 'complaints.read');
  const today = shanghaiToday();
  const { items, total } = await pageComplaints(
    db,
    { status: q.status, overdue: q.overdue === undefined ? undefined : q.overdue === 'true', today },
    q.page,
    q.pageSize,
  );
  return { items: items.map((c) => toListItem(c, today)), total, page: q.page, pageSize: q.pageSize };
}

export async function getComplaint(
  db: Database,
  actor: Actor | null,
  trackingNo: string,
): Promise<ComplaintDetail> {
  requireAccess(actor, 'complaints.read');
  const complaint = await findComplaint(db, trackingNo.trim().toUpperCase());
  if (!complaint) throw AppError.notFound(`投诉举报 ${trackingNo} `);
  const notes = await notesOf(db, complaint.id);
  return toDetail(complaint, notes, await linkedCasesOf(db, complaint.id), shanghaiToday());
}

/** A complaint taken by phone or at the counter; the code is for the staff member to pass on. */
export async function fileStaffComplaint(
  db: Database,
  actor: Actor | null,
  body: StaffComplaintBody,
): Promise<ComplaintReceipt> {
  const who = requireAccess(actor, 'complaints.manage');
  return fileComplaint(db, who, body, body.channel);
}
