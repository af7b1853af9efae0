import { z } from 'zod';
import { ROLES } from '../access/roles.js';
import { AUDIT_CHECK_KEYS, AUDIT_STAGES, FINDING_SEVERITIES } from '../supervision/audit-checks.js';
import { BranchRef } from './auth.js';
import { Instant, PageQuery, pageOf } from './common.js';

export const Month = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM，例如 2026-11')
  .describe('Calendar month in Asia/Shanghai, YYYY-MM');

export const GroupMember = z.object({
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  branch: BranchRef.nullable(),
  addedBy: z.string(),
  addedAt: Instant,
});
export type GroupMember = z.infer<typeof GroupMember>;

export const SupervisionGroup = z.object({ members: z.array(GroupMember) });
export type SupervisionGroup = z.infer<typeof SupervisionGroup>;

export const AddGroupMemberBody = z.object({ username: z.string().trim().min(1, '请选择员工').max(64) });
export const GroupMemberParam = z.object({ username: z.string().max(64) });

export const DrawSampleBody = z.object({
  month: Month,
  seed: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .optional()
    .describe('Reproduces a draw; a random one is chosen and recorded when left out'),
});
export const MonthParam = z.object({ month: Month });
export const AddSampleCaseBody = z.object({ caseNo: z.string().trim().min(1, '请填写申请编号').max(30) });

export const AUDIT_STATUSES = ['open', 'completed'] as const;
export const AUDIT_REASONS = ['random', 'manual'] as const;

export const AuditListItem = z.object({
  id: z.string(),
  month: z.string(),
  caseNo: z.string(),
  outlet: BranchRef,
  reason: z.enum(AUDIT_REASONS),
  status: z.enum(AUDIT_STATUSES),
  auditor: z.string().nullable(),
  createdAt: Instant,
  completedAt: Instant.nullable(),
});
export type AuditListItem = z.infer<typeof AuditListItem>;

export const AuditSample = z.object({
  month: z.string(),
  seed: z.string(),
  sharePercent: z.number().describe('P-AUDIT at the time of the draw'),
  population: z.number().int().describe('Cases closed in the month'),
  drawnBy: z.string(),
  drawnAt: Instant,
  audits: z.array(AuditListItem),
});
export type AuditSample = z.infer<typeof AuditSample>;

export const AuditListQuery = PageQuery.extend({
  status: z.enum(AUDIT_STATUSES).optional(),
  month: Month.optional(),
});
export const AuditPage = pageOf(AuditListItem);
export type AuditPage = z.infer<typeof AuditPage>;
export const AuditIdParam = z.object({ id: z.string().uuid('检查编号无效') });

export const Evidence = z.object({
  present: z.boolean().describe('Whether the case has any record for this check'),
  facts: z.array(z.object({ label: z.string(), value: z.string() })),
  staff: z.array(z.string()).describe('Usernames who acted on this step, for naming in a finding'),
});
export type Evidence = z.infer<typeof Evidence>;

export const Finding = z.object({
  id: z.string(),
  stage: z.enum(AUDIT_STAGES),
  checkKey: z.enum(AUDIT_CHECK_KEYS),
  staffUsername: z.string().nullable(),
  severity: z.enum(FINDING_SEVERITIES),
  description: z.string(),
  reviewDecidedWrongly: z.boolean(),
  taskId: z.string().nullable(),
  taskStatus: z.enum(['open', 'done']).nullable(),
});
export type Finding = z.infer<typeof Finding>;

export const AuditDetail = AuditListItem.extend({
  case: z.object({
    caseNo: z.string(),
    state: z.string(),
    customerType: z.string(),
    accountNo: z.string(),
    receivedOn: z.string(),
    closedAt: Instant.nullable(),
  }),
  checks: z.array(
    z.object({
      key: z.enum(AUDIT_CHECK_KEYS),
      stage: z.enum(AUDIT_STAGES),
      label: z.string(),
      department: z.string(),
      evidence: Evidence,
      result: z.object({ ok: z.boolean(), note: z.string() }).nullable(),
    }),
  ),
  findings: z.array(Finding),
});
export type AuditDetail = z.infer<typeof AuditDetail>;

export const CompleteAuditBody = z.object({
  checks: z
    .array(
      z.object({
        key: z.enum(AUDIT_CHECK_KEYS),
        ok: z.boolean(),
        note: z.string().trim().max(1000).default(''),
      }),
    )
    .min(1)
    .max(AUDIT_CHECK_KEYS.length * 2),
  findings: z
    .array(
      z.object({
        stage: z.enum(AUDIT_STAGES),
        checkKey: z.enum(AUDIT_CHECK_KEYS),
        staffUsername: z.string().trim().max(64).optional().describe('Staff responsible, if known'),
        severity: z.enum(FINDING_SEVERITIES),
        description: z.string().trim().min(2, '请描述发现的问题').max(2000),
        reviewDecidedWrongly: z
          .boolean()
          .default(false)
          .describe('The review decision itself was wrong: counts against review accuracy (KPI)'),
      }),
    )
    .max(50)
    .default([]),
});
export type CompleteAuditBody = z.infer<typeof CompleteAuditBody>;
