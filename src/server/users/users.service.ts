import { eq } from 'drizzle-orm';
import { isCompanyWide, type Role } from '../../domain/access/roles.js';
import type {
  Branch,
  CreateBranchBody,
  CreateUserBody,
  StaffUser,
  UpdateUserBody,
} from '../../domain/contracts/users.js';
import { type Actor, requireAccess } from '../access/gate.js';
import { recordAudit } from '../audit/audit.service.js';
import { hashPassword } from '../auth/password.js';
import { deleteSessionsOfUser } from '../auth/sessions.repository.js';
import type { Database } from '../db/database.js';
import { isUniqueViolation } from '../db/rows.js';
import { branches, companies } from '../db/schema/index.js';
import { AppError } from '../http/app-error.js';
import {
  findBranchByCode,
  findUserByUsername,
  insertUser,
  listBranches,
  listUsers,
  type UserWithBranch,
  updateUser,
} from './users.repository.js';

function toView(u: NonNullable<UserWithBranch>): StaffUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    branch: u.branchCode && u.branchName ? { code: u.branchCode, name: u.branchName } : null,
    active: u.active,
    createdAt: u.createdAt.toISOString(),
  };
}

/** Public shape of a user for the audit log: never the password hash. */
function auditShape(u: { displayName: string; role: string; branchCode?: string | null; active: boolean }) {
  return { displayName: u.displayName, role: u.role, branch: u.branchCode ?? null, active: u.active };
}

async function resolveBranch(db: Database, role: Role, branchCode: string | null | undefined) {
  if (!branchCode) {
    if (!isCompanyWide(role)) {
      throw AppError.validation([{ path: 'branchCode', message: '该角色须归属一个营业网点' }]);
    }
    return null;
  }
  const branch = await findBranchByCode(db, branchCode);
  if (!branch) throw AppError.validation([{ path: 'branchCode', message: `营业网点 ${branchCode} 不存在` }]);
  return branch;
}

export async function listStaff(db: Database, actor: Actor | null) {
  requireAccess(actor, 'users.manage');
  return (await listUsers(db)).map(toView);
}

export async function branchesList(db: Database, actor: Actor | null): Promise<Branch[]> {
  requireAccess(actor, 'branches.read');
  return (await listBranches(db)).map((b) => ({ code: b.code, name: b.name, address: b.address }));
}

/** Creates a staff user. `actor` null is the bootstrap path (CLI / seed), which has no one to check. */
export async function createStaffUser(
  db: Database,
  actor: Actor | null,
  body: CreateUserBody,
  bootstrap = false,
) {
  const who = bootstrap ? null : requireAccess(actor, 'users.manage');
  const passwordHash = await hashPassword(body.password);
  return db.transaction(async (tx) => {
    const branch = await resolveBranch(tx, body.role, body.branchCode);
    try {
      await insertUser(tx, {
        username: body.username,
        displayName: body.displayName,
        role: body.role,
        branchId: branch?.id ?? null,
        passwordHash,
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', `用户名 ${body.username} 已被使用`);
      throw error;
    }
    const created = await findUserByUsername(tx, body.username);
    if (!created) throw new Error('user vanished after insert');
    await recordAudit(tx, who, {
      entityType: 'user',
      entityId: created.username,
      action: 'user.created',
      after: auditShape(created),
    });
    return toView(created);
  });
}

export async function updateStaffUser(
  db: Database,
  actor: Actor | null,
  username: string,
  body: UpdateUserBody,
) {
  const who = requireAccess(actor, 'users.manage');
  const passwordHash = body.password ? await hashPassword(body.password) : undefined;
  return db.transaction(async (tx) => {
    const user = await findUserByUsername(tx, username);
    if (!user) throw AppError.notFound(`用户 ${username} `);
    if (user.id === who.userId && (body.active === false || (body.role && body.role !== user.role))) {
      throw new AppError('ACTION_NOT_ALLOWED', '不能停用自己的账号或更改自己的角色');
    }
    const role = (body.role ?? user.role) as Role;
    const branchCode = body.branchCode === undefined ? user.branchCode : body.branchCode;
    const branch = await resolveBranch(tx, role, branchCode);
    await updateUser(tx, user.id, {
      displayName: body.displayName,
      role: body.role,
      branchId: branch?.id ?? null,
      active: body.active,
      passwordHash,
    });
    // A deactivated user, a new role or a reset password must not keep old sessions alive.
    if (body.active === false || body.role || passwordHash) await deleteSessionsOfUser(tx, user.id);
    const after = await findUserByUsername(tx, username);
    if (!after) throw new Error('user vanished after update');
    await recordAudit(tx, who, {
      entityType: 'user',
      entityId: username,
      action: 'user.updated',
      before: auditShape(user),
      after: { ...auditShape(after), passwordReset: Boolean(passwordHash) },
    });
    return toView(after);
  });
}

/** Colleagues of an outlet by role (e.g. the inspectors to schedule), for staff who may see the outlet. */
export async function outletStaff(db: Database, actor: Actor | null, branchCode: string, role?: string) {
  const who = requireAccess(actor, 'branches.read');
  const branch = await findBranchByCode(db, branchCode);
  if (!branch) throw AppError.notFound(`营业网点 ${branchCode} `);
  requireAccess(who, 'branches.read', [{ branchId: branch.id }]);
  return (await listUsers(db))
    .filter((u) => u.branchId === branch.id && u.active && (!role || u.role === role))
    .map((u) => ({ username: u.username, displayName: u.displayName, role: u.role as Role }));
}

/** An admin opens an outlet (营业网点); its code is what imports and users refer to. */
export async function createBranch(
  db: Database,
  actor: Actor | null,
  body: CreateBranchBody,
): Promise<Branch> {
  const who = requireAccess(actor, 'users.manage');
  return db.transaction(async (tx) => {
    const [company] = await tx.select({ id: companies.id }).from(companies).limit(1);
    if (!company)
      throw new AppError('ACTION_NOT_ALLOWED', '请先建立公司（npm run admin:create -- --company …）');
    try {
      await tx.insert(branches).values({ ...body, companyId: company.id });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', `网点编号 ${body.code} 已存在`);
      throw error;
    }
    await recordAudit(tx, who, {
      entityType: 'branch',
      entityId: body.code,
      action: 'branch.created',
      after: body,
    });
    return { code: body.code, name: body.name, address: body.address };
  });
}

/** The company name printed on every paper and in the red seal of the closure certificate. */
export async function renameCompany(db: Database, actor: Actor | null, name: string) {
  const who = requireAccess(actor, 'company.manage');
  await db.transaction(async (tx) => {
    const [company] = await tx.select().from(companies).limit(1);
    if (!company) throw AppError.notFound('公司');
    await tx.update(companies).set({ name }).where(eq(companies.id, company.id));
    await recordAudit(tx, who, {
      entityType: 'company',
      entityId: company.id,
      action: 'company.updated',
      before: { name: company.name },
      after: { name },
    });
  });
  return { name };
}
