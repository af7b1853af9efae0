/** Roles of SPEC §1. Staff roles act inside their branch unless company-wide. */
export const STAFF_ROLES = ['clerk', 'cs', 'inspector', 'finance', 'manager', 'supervisor', 'admin'] as const;
export const ROLES = [...STAFF_ROLES, 'customer'] as const;

export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = (typeof ROLES)[number];

/** Roles whose data scope is the whole company rather than their own branch. */
export const COMPANY_WIDE_ROLES: readonly Role[] = ['manager', 'supervisor', 'admin'];

export function isCompanyWide(role: Role): boolean {
  return COMPANY_WIDE_ROLES.includes(role);
}

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  clerk: { zh: '营业网点受理员', en: 'Counter clerk' },
  cs: { zh: '客户服务专员', en: 'Customer service' },
  inspector: { zh: '安全检查员', en: 'Safety inspector' },
  finance: { zh: '财务', en: 'Finance' },
  manager: { zh: '管理层', en: 'Manager' },
  supervisor: { zh: '监督小组', en: 'Supervision group' },
  admin: { zh: '系统管理员', en: 'Administrator' },
  customer: { zh: '用户', en: 'Customer' },
};
