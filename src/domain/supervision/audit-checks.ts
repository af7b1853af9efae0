import type { StaffRole } from '../access/roles.js';

/**
 * What a supervision audit checks, stage by stage of the policy. Each check names the
 * department that owns the step, which receives the corrective task when nobody in particular is named.
 */
export const AUDIT_STAGES = ['acceptance', 'review', 'implementation'] as const;
export type AuditStage = (typeof AUDIT_STAGES)[number];

export const AUDIT_STAGE_LABELS: Record<AuditStage, string> = {
  acceptance: '受理',
  review: '审核',
  implementation: '实施',
};

export const AUDIT_CHECKS = [
  {
    key: 'materials_review',
    stage: 'acceptance',
    department: 'clerk',
    zh: '初审：申请材料齐全、有效，原件已核验',
  },
  {
    key: 'one_time_notice_rule',
    stage: 'acceptance',
    department: 'clerk',
    zh: '一次性告知：缺件一次列全，后续告知未增列新项',
  },
  {
    key: 'contact_log',
    stage: 'review',
    department: 'cs',
    zh: '客服联系用户确认销户意愿并有记录',
  },
  {
    key: 'inspection_record_complete',
    stage: 'review',
    department: 'inspector',
    zh: '安全检查记录完整：管道、阀门、燃气表、连接件',
  },
  {
    key: 'settlement_certificate',
    stage: 'review',
    department: 'finance',
    zh: '费用结清证明已出具',
  },
  {
    key: 'removal',
    stage: 'implementation',
    department: 'inspector',
    zh: '燃气表及连接管已拆除并登记',
  },
  {
    key: 'sealing_pressure_test',
    stage: 'implementation',
    department: 'inspector',
    zh: '封堵及压力测试符合标准',
  },
  {
    key: 'closure_certificate',
    stage: 'implementation',
    department: 'clerk',
    zh: '柜台办结，销户证明已出具',
  },
] as const satisfies ReadonlyArray<{ key: string; stage: AuditStage; department: StaffRole; zh: string }>;

export type AuditCheck = (typeof AUDIT_CHECKS)[number];
export type AuditCheckKey = AuditCheck['key'];
export const AUDIT_CHECK_KEYS = AUDIT_CHECKS.map((c) => c.key) as [AuditCheckKey, ...AuditCheckKey[]];

export const AUDIT_CHECK_BY_KEY = Object.fromEntries(AUDIT_CHECKS.map((c) => [c.key, c])) as Record<
  AuditCheckKey,
  AuditCheck
>;

export const FINDING_SEVERITIES = ['minor', 'major', 'critical'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export const FINDING_SEVERITY_LABELS: Record<FindingSeverity, string> = {
  minor: '一般',
  major: '较重',
  critical: '严重',
};
