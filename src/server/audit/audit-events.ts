/**
 * The typed audit events: every change the product makes is one of these. Adding a kind of change
 * means adding its action here, so the audit log stays a closed, reviewable vocabulary.
 */
export const AUDIT_ACTIONS = {
  user: ['user.created', 'user.updated', 'user.login', 'user.logout', 'user.login_failed'],
  setting: ['setting.updated'],
  calendar_day: ['calendar.override_set', 'calendar.override_removed'],
  calendar_year: ['calendar.year_published'],
  company: ['company.created', 'company.updated'],
  branch: ['branch.created', 'branch.updated'],
  customer: [
    'customer.created',
    'customer.updated',
    'customer.identity_revealed',
    'ledger.charge_added',
    'ledger.payment_recorded',
  ],
  customer_import: ['customer_import.completed'],
  case: ['case.submitted', 'case.action', 'case.document_uploaded', 'case.document_downloaded'],
  fee_schedule: ['fee_schedule.item_added'],
  archive: ['archive.disposed'],
  arrears_plan: ['arrears_plan.broken', 'arrears_plan.completed'],
  staff_task: ['staff_task.created', 'staff_task.done'],
  supervision_group: ['supervision_group.member_added', 'supervision_group.member_removed'],
  audit_sample: ['audit_sample.drawn', 'audit_sample.case_added'],
  supervision_audit: ['supervision_audit.completed', 'supervision_audit.finding_added'],
  supervision_item: ['supervision_item.created', 'supervision_item.closed'],
  complaint: [
    'complaint.filed',
    'complaint.assigned',
    'complaint.note_added',
    'complaint.case_linked',
    'complaint.answered',
    'complaint.escalated',
  ],
} as const;

export type AuditEntityType = keyof typeof AUDIT_ACTIONS;
export type AuditAction = (typeof AUDIT_ACTIONS)[AuditEntityType][number];

export type AuditEvent = {
  [T in AuditEntityType]: {
    entityType: T;
    entityId: string;
    action: (typeof AUDIT_ACTIONS)[T][number];
    before?: unknown;
    after?: unknown;
  };
}[AuditEntityType];
