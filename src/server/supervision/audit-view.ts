import type { AuditListItem } from '../../domain/contracts/supervision.js';
import type { AuditWithCase } from './audits.repository.js';

export function toAuditListItem(r: AuditWithCase): AuditListItem {
  return {
    id: r.audit.id,
    month: r.month ?? '',
    caseNo: r.caseNo,
    outlet: { code: r.outletCode, name: r.outletName },
    reason: r.audit.reason as AuditListItem['reason'],
    status: r.audit.status as AuditListItem['status'],
    auditor: r.audit.auditor,
    createdAt: r.audit.createdAt.toISOString(),
    completedAt: r.audit.completedAt?.toISOString() ?? null,
  };
}
