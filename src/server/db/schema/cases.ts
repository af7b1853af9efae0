import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './customers.js';
import { branches } from './platform.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const caseRef = () =>
  uuid('case_id')
    .notNull()
    .references(() => closureCases.id);

export const caseNoSeq = pgSequence('case_no_seq', { startWith: 1, increment: 1 });
export const paperNoSeq = pgSequence('paper_no_seq', { startWith: 1, increment: 1 });

/** A closure application (销户申请) and where it stands in the process of SPEC §4. */
export const closureCases = pgTable(
  'closure_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseNo: text('case_no').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    branchId: uuid('branch_id')
      .notNull()
      .references(() => branches.id),
    customerType: text('customer_type').notNull(),
    channel: text('channel').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    applicant: jsonb('applicant').notNull(),
    agent: jsonb('agent'),
    state: text('state').notNull(),
    suspendedFrom: text('suspended_from'),
    csState: text('cs_state').notNull().default('pending'),
    safetyState: text('safety_state').notNull().default('pending'),
    financeState: text('finance_state').notNull().default('pending'),
    planState: text('plan_state').notNull().default('none'),
    outstandingFen: integer('outstanding_fen'),
    noticeCount: integer('notice_count').notNull().default(0),
    acceptedOn: date('accepted_on', { mode: 'string' }),
    decidedOn: date('decided_on', { mode: 'string' }),
    rejectionReasons: jsonb('rejection_reasons'),
    closedAt: instant('closed_at'),
    finalization: jsonb('finalization'),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('closure_cases_case_no_key').on(t.caseNo),
    // One open case per account: a second application races into this index and loses.
    uniqueIndex('closure_cases_open_per_account')
      .on(t.accountId)
      .where(sql`state not in ('closed', 'rejected', 'withdrawn')`),
    index('closure_cases_account_idx').on(t.accountId),
    index('closure_cases_branch_state_idx').on(t.branchId, t.state),
  ],
);

export const caseMaterials = pgTable(
  'case_materials',
  {
    caseId: caseRef(),
    kind: text('kind').notNull(),
    required: boolean('required').notNull(),
    supplied: boolean('supplied').notNull().default(false),
    originalSighted: boolean('original_sighted').notNull().default(false),
    status: text('status').notNull().default('pending'),
    rejectionReason: text('rejection_reason'),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.kind] })],
);

/** Uploads and generated papers. The bytes live on disk, content-addressed by sha256. */
export const caseDocuments = pgTable(
  'case_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    kind: text('kind').notNull(),
    materialKind: text('material_kind'),
    paperNo: text('paper_no'),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    sensitive: boolean('sensitive').notNull().default(false),
    createdBy: text('created_by'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('case_documents_case_idx').on(t.caseId),
    uniqueIndex('case_documents_paper_no_key').on(t.paperNo),
  ],
);

/** The case's timeline: one row per action taken, in the words shown to staff. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: caseRef(),
    at: instant('at').notNull(),
    actorUsername: text('actor_username'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    outcome: text('outcome'),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    summary: text('summary').notNull(),
    data: jsonb('data'),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.id), index('case_events_at_idx').on(t.at)],
);

export const caseDeadlines = pgTable(
  'case_deadlines',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: caseRef(),
    kind: text('kind').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    metOn: date('met_on', { mode: 'string' }),
    paused: boolean('paused').notNull().default(false),
    remainingDays: integer('remaining_days'),
  },
  (t) => [
    index('case_deadlines_case_idx').on(t.caseId),
    index('case_deadlines_open_idx').on(t.dueDate, t.metOn),
  ],
);

/** Work routed to a department of the case's outlet. */
export const caseTasks = pgTable(
  'case_tasks',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: caseRef(),
    department: text('department').notNull(),
    branchId: uuid('branch_id').notNull(),
    title: text('title').notNull(),
    status: text('status').notNull().default('open'),
    createdAt: instant('created_at').notNull().defaultNow(),
    doneAt: instant('done_at'),
  },
  (t) => [index('case_tasks_open_idx').on(t.department, t.branchId, t.status)],
);

export const caseContacts = pgTable('case_contacts', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  caseId: caseRef(),
  method: text('method').notNull(),
  contactedAt: instant('contacted_at').notNull(),
  confirmed: boolean('confirmed').notNull(),
  note: text('note').notNull(),
  byUsername: text('by_username').notNull(),
});

export const caseInspections = pgTable(
  'case_inspections',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: caseRef(),
    round: integer('round').notNull(),
    scheduledFor: date('scheduled_for', { mode: 'string' }).notNull(),
    inspector: text('inspector').notNull(),
    performedOn: date('performed_on', { mode: 'string' }),
    result: text('result'),
    items: jsonb('items'),
    hazards: jsonb('hazards'),
    photoIds: jsonb('photo_ids'),
    note: text('note'),
    rectificationDue: date('rectification_due', { mode: 'string' }),
    rectificationOrderNo: text('rectification_order_no'),
    rectifiedAt: instant('rectified_at'),
    rectificationNote: text('rectification_note'),
  },
  (t) => [index('case_inspections_case_idx').on(t.caseId, t.round)],
);

export const caseFeeChecks = pgTable('case_fee_checks', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  caseId: caseRef(),
  checkedAt: instant('checked_at').notNull(),
  byUsername: text('by_username').notNull(),
  outstandingFen: integer('outstanding_fen').notNull(),
  byKind: jsonb('by_kind').notNull(),
});

export const arrearsPlans = pgTable(
  'arrears_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    accountId: uuid('account_id').notNull(),
    status: text('status').notNull(),
    reason: text('reason').notNull(),
    installments: jsonb('installments').notNull(),
    guarantee: jsonb('guarantee').notNull(),
    totalFen: integer('total_fen').notNull(),
    proposedBy: text('proposed_by').notNull(),
    proposedAt: instant('proposed_at').notNull(),
    decidedBy: text('decided_by'),
    decidedAt: instant('decided_at'),
    decisionNote: text('decision_note'),
    agreementNo: text('agreement_no'),
    signedOn: date('signed_on', { mode: 'string' }),
    finalDueDate: date('final_due_date', { mode: 'string' }),
    defaultLiability: text('default_liability'),
    brokenAt: instant('broken_at'),
    brokenInstallment: integer('broken_installment'),
    completedAt: instant('completed_at'),
  },
  (t) => [index('arrears_plans_case_idx').on(t.caseId)],
);

export const caseNotices = pgTable('case_notices', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  caseId: caseRef(),
  seq: integer('seq').notNull(),
  items: jsonb('items').notNull(),
  issuedOn: date('issued_on', { mode: 'string' }).notNull(),
  issuedAt: instant('issued_at').notNull(),
  documentId: uuid('document_id'),
});

export const caseDisputes = pgTable('case_disputes', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  caseId: caseRef(),
  subject: text('subject').notNull(),
  description: text('description').notNull(),
  suspendedFrom: text('suspended_from').notNull(),
  openedBy: text('opened_by').notNull(),
  openedAt: instant('opened_at').notNull(),
  resolution: text('resolution'),
  outcome: text('outcome'),
  resolvedBy: text('resolved_by'),
  resolvedAt: instant('resolved_at'),
});
