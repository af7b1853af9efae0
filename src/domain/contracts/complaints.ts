import { z } from 'zod';
import { COMPLAINT_CHANNELS, COMPLAINT_STATUSES, COMPLAINT_SUBJECTS } from '../complaints/complaints.js';
import { readContact } from '../complaints/contact.js';
import { ExpectedVersion } from './cases.js';
import { Instant, LocalDateString, PageQuery, pageOf } from './common.js';

const text = (max: number, required: string) => z.string().trim().min(1, required).max(max);
/** An empty form field means "not given", not an invalid value. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

const Contact = z
  .string()
  .trim()
  .min(1, '请填写手机号码或电子邮箱，答复将发送到这里')
  .max(254)
  .superRefine((value, ctx) => {
    const result = readContact(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message });
  });

/** anyone may file, without an account. */
export const FileComplaintBody = z.object({
  name: optionalText(60).describe('May be left out: reports may be anonymous'),
  contact: Contact.describe('Mobile number (answered by SMS) or e-mail address'),
  subject: z.enum(COMPLAINT_SUBJECTS),
  text: text(4000, '请描述投诉举报的事项'),
  caseNo: optionalText(30).describe('The closure application concerned, if any; must exist'),
  accountNo: optionalText(20).describe('The gas account concerned, if any; must exist'),
});
export type FileComplaintBody = z.infer<typeof FileComplaintBody>;

/** A complaint taken by phone or at the counter by customer service or the supervision group. */
export const StaffComplaintBody = FileComplaintBody.extend({ channel: z.enum(['phone', 'counter']) });
export type StaffComplaintBody = z.infer<typeof StaffComplaintBody>;

export const ComplaintReceipt = z.object({
  trackingNo: z.string(),
  accessCode: z.string().describe('Shown once; only its hash is stored. Needed to follow the complaint.'),
  dueDate: LocalDateString,
});
export type ComplaintReceipt = z.infer<typeof ComplaintReceipt>;

export const TrackingNoParam = z.object({ trackingNo: z.string().trim().max(30) });

export const PublicComplaintQuery = z.object({ code: text(32, '请填写查询码') });

export const PublicComplaintStatus = z.object({
  trackingNo: z.string(),
  subject: z.enum(COMPLAINT_SUBJECTS),
  status: z.enum(COMPLAINT_STATUSES),
  receivedOn: LocalDateString,
  dueDate: LocalDateString,
  answer: z.string().nullable(),
  answeredAt: Instant.nullable(),
});
export type PublicComplaintStatus = z.infer<typeof PublicComplaintStatus>;

export const ComplaintListQuery = PageQuery.extend({
  status: z.enum(COMPLAINT_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional().describe('true: unanswered after the end of the due date'),
});
export type ComplaintListQuery = z.infer<typeof ComplaintListQuery>;

export const ComplaintListItem = z.object({
  trackingNo: z.string(),
  subject: z.enum(COMPLAINT_SUBJECTS),
  channel: z.enum(COMPLAINT_CHANNELS),
  status: z.enum(COMPLAINT_STATUSES),
  name: z.string().nullable(),
  contact: z.string(),
  caseNo: z.string().nullable(),
  accountNo: z.string().nullable(),
  assignee: z.string().nullable(),
  receivedOn: LocalDateString,
  dueDate: LocalDateString,
  overdue: z.boolean(),
  escalatedAt: Instant.nullable(),
  version: z.number().int(),
});
export type ComplaintListItem = z.infer<typeof ComplaintListItem>;

export const ComplaintPage = pageOf(ComplaintListItem);
export type ComplaintPage = z.infer<typeof ComplaintPage>;

export const ComplaintDetail = ComplaintListItem.extend({
  text: z.string(),
  answer: z.string().nullable(),
  answeredAt: Instant.nullable(),
  answeredBy: z.string().nullable(),
  enteredBy: z.string().nullable().describe('Staff who took a phone or counter complaint; null for web'),
  createdAt: Instant,
  notes: z.array(z.object({ at: Instant, by: z.string(), note: z.string() })),
  linkedCases: z.array(
    z.object({
      caseNo: z.string(),
      state: z.string(),
      outlet: z.object({ code: z.string(), name: z.string() }),
    }),
  ),
});
export type ComplaintDetail = z.infer<typeof ComplaintDetail>;

export const AssignComplaintBody = ExpectedVersion.extend({
  assignee: z.string().trim().max(64).optional().describe('Username; defaults to the caller'),
});
export const ComplaintNoteBody = ExpectedVersion.extend({ note: text(2000, '请填写调查记录') });
export const LinkComplaintCaseBody = ExpectedVersion.extend({ caseNo: text(30, '请填写申请编号') });
export const AnswerComplaintBody = ExpectedVersion.extend({ answer: text(2000, '请填写答复内容') });
