import type { AuditStage, FindingSeverity } from '../../../domain/supervision/audit-checks';
import type { MessageKey } from '../../i18n/messages';

export const STAGE_LABELS: Record<AuditStage, MessageKey> = {
  acceptance: 'supervision.stage.acceptance',
  review: 'supervision.stage.review',
  implementation: 'supervision.stage.implementation',
};

export const SEVERITY_LABELS: Record<FindingSeverity, MessageKey> = {
  minor: 'supervision.severity.minor',
  major: 'supervision.severity.major',
  critical: 'supervision.severity.critical',
};
export const SEVERITY_COLORS: Record<FindingSeverity, string> = {
  minor: 'gold',
  major: 'orange',
  critical: 'red',
};

export const REASON_LABELS: Record<string, MessageKey> = {
  random: 'supervision.reason.random',
  manual: 'supervision.reason.manual',
};

export const AUDIT_STATUS_LABELS: Record<string, MessageKey> = {
  open: 'supervision.status.open',
  completed: 'supervision.status.completed',
};

export const auditPath = (id: string) => `/supervision/audits/${encodeURIComponent(id)}`;
