import {
  bigint,
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
import { closureCases } from './cases.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** 监督小组: managers, customer-service and safety staff named by an admin. */
export const supervisionGroupMembers = pgTable('supervision_group_members', {
  username: text('username').primaryKey(),
  addedBy: text('added_by').notNull(),
  addedAt: instant('added_at').notNull().defaultNow(),
});

/** A monthly sample of closed cases, with the seed that reproduces the draw. */
export const auditSamples = pgTable(
  'audit_samples',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    month: text('month').notNull(),
    seed: text('seed').notNull(),
    sharePercent: integer('share_percent_x100').notNull(),
    population: integer('population').notNull(),
    drawnBy: text('drawn_by').notNull(),
    drawnAt: instant('drawn_at').notNull(),
  },
  (t) => [uniqueIndex('audit_samples_month_key').on(t.month)],
);

export const supervisionAudits = pgTable(
  'supervision_audits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => closureCases.id),
    sampleId: uuid('sample_id').references(() => auditSamples.id),
    reason: text('reason').notNull(),
    status: text('status').notNull().default('open'),
    checks: jsonb('checks'),
    auditor: text('auditor'),
    addedBy: text('added_by').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    completedAt: instant('completed_at'),
  },
  (t) => [
    uniqueIndex('supervision_audits_case_sample_key').on(t.caseId, t.sampleId),
    index('supervision_audits_status_idx').on(t.status),
  ],
);

export const auditFindings = pgTable(
  'audit_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    auditId: uuid('audit_id')
      .notNull()
      .references(() => supervisionAudits.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => closureCases.id),
    stage: text('stage').notNull(),
    checkKey: text('check_key').notNull(),
    staffUsername: text('staff_username'),
    severity: text('severity').notNull(),
    description: text('description').notNull(),
    reviewDecidedWrongly: boolean('review_decided_wrongly').notNull().default(false),
    taskId: uuid('task_id'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('audit_findings_case_idx').on(t.caseId)],
);

export const complaintNoSeq = pgSequence('complaint_no_seq', { startWith: 1, increment: 1 });

/** 投诉举报. The tracking code is stored hashed: it is the complainant's only key. */
export const complaints = pgTable(
  'complaints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trackingNo: text('tracking_no').notNull(),
    accessCodeHash: text('access_code_hash').notNull(),
    name: text('name'),
    contact: text('contact').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    caseNo: text('case_no'),
    accountNo: text('account_no'),
    channel: text('channel').notNull(),
    status: text('status').notNull().default('received'),
    assignee: text('assignee'),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    answer: text('answer'),
    answeredAt: instant('answered_at'),
    answeredBy: text('answered_by'),
    enteredBy: text('entered_by'),
    escalatedAt: instant('escalated_at'),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('complaints_tracking_key').on(t.trackingNo),
    index('complaints_status_idx').on(t.status, t.dueDate),
  ],
);

export const complaintNotes = pgTable('complaint_notes', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  complaintId: uuid('complaint_id')
    .notNull()
    .references(() => complaints.id),
  at: instant('at').notNull(),
  by: text('by').notNull(),
  note: text('note').notNull(),
});

export const complaintCases = pgTable(
  'complaint_cases',
  {
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => closureCases.id),
  },
  (t) => [primaryKey({ columns: [t.complaintId, t.caseId] })],
);

/**
 * Monthly KPI rollup: counters kept up to date in the same transaction as the events that
 * move them, so a month's report reads a few hundred rows instead of scanning all history.
 */
export const kpiRollup = pgTable(
  'kpi_rollup',
  {
    month: text('month').notNull(),
    groupKind: text('group_kind').notNull(),
    groupKey: text('group_key').notNull(),
    metric: text('metric').notNull(),
    num: bigint('num', { mode: 'number' }).notNull().default(0),
    den: bigint('den', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.month, t.groupKind, t.groupKey, t.metric] })],
);

/** Samples of per-case durations for medians (cycle time, days to answer), one row per event. */
export const kpiSamples = pgTable(
  'kpi_samples',
  {
    month: text('month').notNull(),
    groupKind: text('group_kind').notNull(),
    groupKey: text('group_key').notNull(),
    metric: text('metric').notNull(),
    value: integer('value').notNull(),
    ref: text('ref').notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.groupKind, t.groupKey, t.metric, t.ref] })],
);

/** One row per warning or escalation sent, so the scheduler never sends the same one twice. */
export const deadlineAlerts = pgTable(
  'deadline_alerts',
  {
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    level: text('level').notNull(),
    sentAt: instant('sent_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.subjectType, t.subjectId, t.level] })],
);
