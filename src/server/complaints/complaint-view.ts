import type { LocalDate } from '../../domain/calendar/local-date.js';
import { isComplaintOverdue } from '../../domain/complaints/complaints.js';
import type {
  ComplaintDetail,
  ComplaintListItem,
  PublicComplaintStatus,
} from '../../domain/contracts/complaints.js';
import type { ComplaintRow, linkedCasesOf, notesOf } from './complaints.repository.js';

export function toListItem(c: ComplaintRow, today: LocalDate): ComplaintListItem {
  return {
    trackingNo: c.trackingNo,
    subject: c.subject as ComplaintListItem['subject'],
    channel: c.channel as ComplaintListItem['channel'],
    status: c.status as ComplaintListItem['status'],
    name: c.name,
    contact: c.contact,
    caseNo: c.caseNo,
    accountNo: c.accountNo,
    assignee: c.assignee,
    receivedOn: c.receivedOn,
    dueDate: c.dueDate,
    overdue: isComplaintOverdue(c.status, c.dueDate as LocalDate, today),
    escalatedAt: c.escalatedAt?.toISOString() ?? null,
    version: c.version,
  };
}

export function toDetail(
  c: ComplaintRow,
  notes: Awaited<ReturnType<typeof notesOf>>,
  links: Awaited<ReturnType<typeof linkedCasesOf>>,
  today: LocalDate,
): ComplaintDetail {
  return {
    ...toListItem(c, today),
    text: c.text,
    answer: c.answer,
    answeredAt: c.answeredAt?.toISOString() ?? null,
    answeredBy: c.answeredBy,
    enteredBy: c.enteredBy,
    createdAt: c.createdAt.toISOString(),
    notes: notes.map((n) => ({ at: n.at.toISOString(), by: n.by, note: n.note })),
    linkedCases: links.map((l) => ({
      caseNo: l.caseNo,
      state: l.state,
      outlet: { code: l.outletCode, name: l.outletName },
    })),
  };
}

/** What the complainant sees with the tracking code: progress and the answer, never staff notes. */
export function toPublicStatus(c: ComplaintRow): PublicComplaintStatus {
  return {
    trackingNo: c.trackingNo,
    subject: c.subject as PublicComplaintStatus['subject'],
    status: c.status as PublicComplaintStatus['status'],
    receivedOn: c.receivedOn,
    dueDate: c.dueDate,
    answer: c.status === 'answered' ? c.answer : null,
    answeredAt: c.answeredAt?.toISOString() ?? null,
  };
}
