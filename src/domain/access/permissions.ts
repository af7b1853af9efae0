import { isCompanyWide, type Role } from './roles.js';

/**
 * Every permission the product knows, and which roles hold it. This is the one reviewable
 * place where "who may do what" is decided; the server's access gate and the web menu both read it.
 * Branch scope (own outlet vs. company-wide) is applied on top of this by the gate.
 */
export const PERMISSIONS = {
  'workbench.view': ['clerk', 'cs', 'inspector', 'finance', 'manager', 'supervisor', 'admin'],
  'audit.read': ['supervisor', 'admin', 'manager'],
  'audit.verify': ['supervisor', 'admin'],
  'calendar.read': ['clerk', 'cs', 'inspector', 'finance', 'manager', 'supervisor', 'admin'],
  'calendar.manage': ['admin'],
  'settings.read': ['clerk', 'cs', 'inspector', 'finance', 'manager', 'supervisor', 'admin'],
  'settings.manage': ['admin'],
  'users.manage': ['admin'],
  'branches.read': ['clerk', 'cs', 'inspector', 'finance', 'manager', 'supervisor', 'admin'],
  'notifications.read': ['supervisor', 'admin'],
  'customers.read': ['clerk', 'cs', 'inspector', 'finance', 'manager', 'supervisor', 'admin'],
  'customers.write': ['clerk', 'cs', 'admin'],
  'customers.import': ['admin', 'finance'],
  'customers.revealIdentity': ['clerk', 'cs', 'supervisor'],
  'customers.contact': ['clerk', 'cs', 'inspector'],
  'ledger.read': ['clerk', 'cs', 'finance', 'manager', 'supervisor', 'admin'],
  'ledger.charge': ['finance'],
  'ledger.payment': ['finance', 'clerk'],
  'cases.read': ['clerk', 'cs', 'inspector', 'finance', 'manager', 'supervisor', 'admin'],
  'cases.create': ['clerk', 'customer'],
  'cases.act': ['clerk', 'cs', 'inspector', 'finance', 'manager', 'supervisor', 'customer'],
  'cases.upload': ['clerk', 'cs', 'inspector', 'customer'],
  'feeSchedule.manage': ['admin'],
  'company.manage': ['admin'],
  'archive.read': ['cs', 'clerk', 'manager', 'supervisor', 'admin'],
  'archive.dispose': ['admin'],
  'tasks.read': ['clerk', 'cs', 'inspector', 'finance', 'manager', 'supervisor', 'admin'],
  'supervision.manageGroup': ['admin'],
  'supervision.audit': ['supervisor', 'manager'],
  'complaints.read': ['supervisor', 'manager', 'cs'],
  'complaints.manage': ['supervisor', 'cs'],
  'kpis.read': ['manager', 'supervisor', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => roleHasPermission(role, p));
}

/**
 * Branch scope (SPEC §1): staff act inside their own outlet unless their role is company-wide.
 * A resource with no branch (company-level data) is reachable by anyone holding the permission.
 */
export function canReachBranch(
  role: Role,
  actorBranchId: string | null,
  resourceBranchId: string | null,
): boolean {
  if (resourceBranchId === null) return true;
  if (isCompanyWide(role)) return true;
  return actorBranchId !== null && actorBranchId === resourceBranchId;
}
