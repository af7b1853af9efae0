import { canReachBranch, type Permission, roleHasPermission } from '../../domain/access/permissions.js';
import { isCompanyWide, type Role } from '../../domain/access/roles.js';
import { AppError } from '../http/app-error.js';

/** Who is calling. The system itself (scheduled work, seeding) acts as `SYSTEM_ACTOR`. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  branchId: string | null;
}

export const SYSTEM_ACTOR = null;

export interface Scoped {
  branchId: string | null;
}

/**
 * The one access gate every service call passes (immich's requireAccess). The rules themselves
 * live in src/domain/access/permissions.ts.
 */
export function requireAccess(
  actor: Actor | null | undefined,
  permission: Permission,
  resources: Scoped[] = [],
): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  if (!roleHasPermission(actor.role, permission)) throw AppError.forbidden();
  for (const r of resources) {
    if (!canReachBranch(actor.role, actor.branchId, r.branchId)) {
      throw AppError.forbidden('该记录属于其他营业网点，您无权访问');
    }
  }
  return actor;
}

/** The branch a list query must be limited to, or null for company-wide roles. */
export function branchFilter(actor: Actor): string | null {
  return isCompanyWide(actor.role) ? null : actor.branchId;
}
