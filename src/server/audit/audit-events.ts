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
