import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { closureCases } from './cases.js';
import { accounts } from './customers.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** 收费标准: removal fees by customer type and facility kind, versioned by the day they take effect. */
export const feeScheduleItems = pgTable(
  'fee_schedule_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerType: text('customer_type').notNull(),
    facilityKind: text('facility_kind').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    createdBy: text('created_by'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('fee_schedule_items_key').on(t.customerType, t.facilityKind, t.effectiveFrom)],
);

export const caseRemovals = pgTable('case_removals', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => closureCases.id),
  mode: text('mode').notNull(),
  feeFen: bigint('fee_fen', { mode: 'number' }),
  chosenBy: text('chosen_by').notNull(),
  chosenAt: instant('chosen_at').notNull(),
  removedItems: jsonb('removed_items'),
  removedAt: instant('removed_at'),
  removedBy: text('removed_by'),
  recordedBy: text('recorded_by'),
});

export const caseSealings = pgTable('case_sealings', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => closureCases.id),
  sealedAt: instant('sealed_at').notNull(),
  method: text('method').notNull(),
  permanent: boolean('permanent').notNull(),
  materialStandard: text('material_standard').notNull(),
  pressureTest: jsonb('pressure_test'),
  inspector: text('inspector').notNull(),
  recordNo: text('record_no').notNull(),
});

/** 燃气用户销户证明: what the public verification page confirms. */
export const closureCertificates = pgTable('closure_certificates', {
  certificateNo: text('certificate_no').primaryKey(),
  caseId: uuid('case_id')
    .notNull()
    .references(() => closureCases.id),
  accountId: uuid('account_id')
    .notNull()
    .references(() => accounts.id),
  closedAt: instant('closed_at').notNull(),
  customerName: text('customer_name').notNull(),
  accountNo: text('account_no').notNull(),
  outletName: text('outlet_name').notNull(),
  bundleSha256: text('bundle_sha256').notNull(),
  pdfSha256: text('pdf_sha256').notNull(),
});

/** 档案: one bundle per closed case, with a manifest of every file's hash. */
export const archiveRecords = pgTable(
  'archive_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => closureCases.id),
    archiveNo: text('archive_no').notNull(),
    category: text('category').notNull(),
    location: text('location').notNull().default(''),
    manifest: jsonb('manifest').notNull(),
    manifestSha256: text('manifest_sha256').notNull(),
    closedOn: date('closed_on', { mode: 'string' }).notNull(),
    retainUntil: date('retain_until', { mode: 'string' }),
    archivedBy: text('archived_by').notNull(),
    archivedAt: instant('archived_at').notNull(),
    disposedAt: instant('disposed_at'),
    disposal: jsonb('disposal'),
  },
  (t) => [
    uniqueIndex('archive_records_case_key').on(t.caseId),
    uniqueIndex('archive_records_no_key').on(t.archiveNo),
  ],
);

export const followUps = pgTable('follow_ups', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => closureCases.id),
  method: text('method').notNull(),
  rating: integer('rating').notNull(),
  satisfied: boolean('satisfied').notNull(),
  issues: jsonb('issues').notNull(),
  facilityDisposal: text('facility_disposal').notNull(),
  safetyIssue: text('safety_issue').notNull().default(''),
  recordedBy: text('recorded_by').notNull(),
  recordedAt: instant('recorded_at').notNull(),
});

/**
 * Work outside a case's own review tasks: follow-up problems forwarded to a department, corrective
 * actions from audit findings, broken arrears plans, complaint investigations. Tracked to done.
 */
export const staffTasks = pgTable(
  'staff_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    department: text('department').notNull(),
    branchId: uuid('branch_id'),
    assignee: text('assignee'),
    sourceType: text('source_type').notNull(),
    sourceId: text('source_id').notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    status: text('status').notNull().default('open'),
    createdAt: instant('created_at').notNull().defaultNow(),
    doneAt: instant('done_at'),
    doneBy: text('done_by'),
    doneNote: text('done_note'),
  },
  (t) => [
    index('staff_tasks_open_idx').on(t.department, t.status),
    index('staff_tasks_source_idx').on(t.sourceType, t.sourceId),
  ],
);

/** Items the supervision group must look at, e.g. every bad follow-up rating. */
export const supervisionItems = pgTable(
  'supervision_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').references(() => closureCases.id),
    source: text('source').notNull(),
    description: text('description').notNull(),
    status: text('status').notNull().default('open'),
    createdAt: instant('created_at').notNull().defaultNow(),
    closedAt: instant('closed_at'),
    closedBy: text('closed_by'),
  },
  (t) => [index('supervision_items_open_idx').on(t.status)],
);

/** In-app notifications to staff: deadline warnings, escalations, broken plans. */
export const staffNotifications = pgTable(
  'staff_notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipient: text('recipient').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    dedupeKey: text('dedupe_key'),
    createdAt: instant('created_at').notNull().defaultNow(),
    readAt: instant('read_at'),
  },
  (t) => [
    index('staff_notifications_recipient_idx').on(t.recipient, t.createdAt),
    uniqueIndex('staff_notifications_dedupe_key')
      .on(t.recipient, t.dedupeKey)
      .where(sql`dedupe_key is not null`),
  ],
);
