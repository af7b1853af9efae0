import type { Role } from '../../domain/access/roles.js';
import type { SupervisionGroup } from '../../domain/contracts/supervision.js';
import { type Actor, requireAccess } from '../access/gate.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import { findUserByUsername } from '../users/users.repository.js';
import { deleteGroupMember, insertGroupMember, listGroupMembers } from './group.repository.js';

/** the group is drawn from management, customer service and safety. */
const MEMBER_ROLES: readonly Role[] = ['manager', 'cs', 'inspector'];

export async function supervisionGroup(db: Database, actor: Actor | null): Promise<SupervisionGroup> {
  requireAccess(actor, 'supervision.manageGroup');
  const rows = await listGroupMembers(db);
  return {
    members: rows.map((m) => ({
      username: m.username,
      displayName: m.displayName,
      role: m.role as Role,
      branch: m.branchCode && m.branchName ? { code: m.branchCode, name: m.branchName } : null,
      addedBy: m.addedBy,
      addedAt: m.addedAt.toISOString(),
    })),
  };
}

export async function addGroupMember(db: Database, actor: Actor | null, username: string) {
  const who = requireAccess(actor, 'supervision.manageGroup');
  await db.transaction(async (tx) => {
    const user = await findUserByUsername(tx, username.trim().toLowerCase());
    if (!user?.active) {
      throw AppError.validation([{ path: 'username', message: `员工 ${username} 不存在或已停用` }]);
    }
    if (!MEMBER_ROLES.includes(user.role as Role)) {
      throw AppError.validation([
        { path: 'username', message: '监督小组成员应为管理层、客户服务专员或安全检查员' },
      ]);
    }
    if (!(await insertGroupMember(tx, user.username, who.username))) {
      throw new AppError('CONFLICT', `${user.displayName}（${user.username}）已是监督小组成员`);
    }
    await recordAudit(tx, who, {
      entityType: 'supervision_group',
      entityId: user.username,
      action: 'supervision_group.member_added',
      after: { role: user.role },
    });
  });
  return supervisionGroup(db, who);
}

export async function removeGroupMember(db: Database, actor: Actor | null, username: string) {
  const who = requireAccess(actor, 'supervision.manageGroup');
  await db.transaction(async (tx) => {
    if (!(await deleteGroupMember(tx, username))) throw AppError.notFound(`监督小组成员 ${username} `);
    await recordAudit(tx, who, {
      entityType: 'supervision_group',
      entityId: username,
      action: 'supervision_group.member_removed',
    });
  });
  return supervisionGroup(db, who);
}
