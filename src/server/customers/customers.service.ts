import type {
  CreateCustomerBody,
  Customer,
  CustomerPage,
  RevealedIdentity,
  UpdateCustomerBody,
} from '../../domain/contracts/customers.js';
import { accountNoFromSequence, isAccountNo } from '../../domain/customers/account-no.js';
import { parseIdNumber } from '../../domain/identity/id-document.js';
import { parseMobile } from '../../domain/identity/phone.js';
import { formatYuan } from '../../domain/money.js';
import { type Actor, branchFilter, requireAccess } from '../access/gate.js';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import { findBranchByCode, listBranches } from '../users/users.repository.js';
import { loadAccount } from './account-access.js';
import { identityColumns, phoneColumns } from './customer-identity.js';
import { toCustomer, toListItem } from './customer-view.js';
import {
  facilitiesOf,
  insertAccounts,
  insertFacilities,
  nextAccountSequence,
  plansOfAccount,
  searchAccounts,
  updateAccount,
} from './customers.repository.js';

async function resolveOutlet(db: Database, actor: Actor, code: string | undefined) {
  if (code) {
    const branch = await findBranchByCode(db, code);
    if (!branch) throw AppError.validation([{ path: 'outlet', message: `营业网点 ${code} 不存在` }]);
    requireAccess(actor, 'customers.write', [{ branchId: branch.id }]);
    return branch.id;
  }
  if (actor.branchId) return actor.branchId;
  const [first] = await listBranches(db);
  if (!first) throw new AppError('VALIDATION_FAILED', '系统中还没有营业网点，请管理员先建立网点');
  return first.id;
}

function assertDistinctSerials(facilities: CreateCustomerBody['facilities']) {
  const seen = new Set<string>();
  facilities.forEach((f, i) => {
    const key = `${f.facility}:${f.serialNo}`;
    if (seen.has(key))
      throw AppError.validation([
        { path: `facilities.${i}.serialNo`, message: `设施编号 ${f.serialNo} 重复` },
      ]);
    seen.add(key);
  });
}

/** Audit entries never hold identity numbers in clear: only what the API shows to every role. */
function auditShape(c: {
  name: string;
  type: string;
  address: string;
  idNumberMasked: string;
  phoneMasked: string;
  gasCertificateNo: string | null;
}) {
  return {
    name: c.name,
    type: c.type,
    address: c.address,
    idNumber: c.idNumberMasked,
    phone: c.phoneMasked,
    gasCertificateNo: c.gasCertificateNo,
  };
}

export async function createCustomer(
  ctx: AppContext,
  actor: Actor | null,
  body: CreateCustomerBody,
): Promise<Customer> {
  const who = requireAccess(actor, 'customers.write');
  const identity = identityColumns(ctx.identity, body.idType, body.idNumber, body.phone);
  assertDistinctSerials(body.facilities);
  const accountNo = await ctx.db.transaction(async (tx) => {
    const branchId = await resolveOutlet(tx, who, body.outlet);
    const [seq] = await nextAccountSequence(tx, 1);
    const no = accountNoFromSequence(seq ?? 0);
    const values = {
      accountNo: no,
      type: body.type,
      name: body.name,
      idType: body.idType,
      ...identity,
      address: body.address,
      branchId,
      gasCertificateNo: body.gasCertificateNo || null,
    };
    const [created] = await insertAccounts(tx, [values]);
    if (!created) throw new Error('insert account returned nothing');
    await insertFacilities(
      tx,
      body.facilities.map((f) => ({
        accountId: created.id,
        kind: f.facility,
        meterKind: f.facility === 'meter' ? (f.meterKind ?? null) : null,
        serialNo: f.serialNo,
        description: f.description ?? '',
      })),
    );
    await recordAudit(tx, who, {
      entityType: 'customer',
      entityId: no,
      action: 'customer.created',
      after: { ...auditShape(values), facilities: body.facilities },
    });
    return no;
  });
  return getCustomer(ctx, who, accountNo);
}

export async function getCustomer(
  ctx: AppContext,
  actor: Actor | null,
  accountNo: string,
): Promise<Customer> {
  const who = requireAccess(actor, 'customers.read');
  const row = await loadAccount(ctx.db, who, accountNo);
  const plans = (await plansOfAccount(ctx.db, row.account.id)).map(({ plan, caseNo }) => ({
    caseNo,
    status: plan.status as Customer['arrearsPlans'][number]['status'],
    agreementNo: plan.agreementNo,
    total: formatYuan(plan.totalFen),
    finalDueDate: plan.finalDueDate,
    brokenInstallment: plan.brokenInstallment,
  }));
  return toCustomer(row, await facilitiesOf(ctx.db, row.account.id), plans, who, ctx.identity);
}

/** What a search box string could be: an account number, a phone, an exact ID number, or part of a name. */
function interpretQuery(ctx: AppContext, q: string) {
  const text = q.trim();
  const upper = text.toUpperCase();
  const attempt = <T>(f: () => T): T | undefined => {
    try {
      return f();
    } catch {
      return undefined;
    }
  };
  const phone = attempt(() => parseMobile(text));
  const id =
    attempt(() => parseIdNumber('resident_id', text)) ??
    attempt(() => parseIdNumber('uscc', text)) ??
    (upper.length >= 5 ? upper : undefined);
  return {
    accountNo: isAccountNo(upper) ? upper : undefined,
    phoneIndex: phone ? ctx.identity.blindIndex('phone', phone) : undefined,
    idIndex: id ? ctx.identity.blindIndex('id', id) : undefined,
    nameLike: text,
  };
}

export async function searchCustomers(
  ctx: AppContext,
  actor: Actor | null,
  query: { q?: string; type?: string; status?: string; outlet?: string; page: number; pageSize: number },
): Promise<CustomerPage> {
  const who = requireAccess(actor, 'customers.read');
  const criteria = query.q ? interpretQuery(ctx, query.q) : {};
  const { items, total } = await searchAccounts(
    ctx.db,
    {
      ...criteria,
      branchId: branchFilter(who),
      type: query.type,
      status: query.status,
      outletCode: query.outlet,
    },
    query.page,
    query.pageSize,
  );
  return {
    items: items.map((r) => toListItem(r, who, ctx.identity)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function updateCustomer(
  ctx: AppContext,
  actor: Actor | null,
  accountNo: string,
  body: UpdateCustomerBody,
) {
  const who = requireAccess(actor, 'customers.write');
  const phone = body.phone ? phoneColumns(ctx.identity, parseMobile(body.phone)) : null;
  await ctx.db.transaction(async (tx) => {
    const row = await loadAccount(tx, who, accountNo, true);
    requireAccess(who, 'customers.write', [{ branchId: row.account.branchId }]);
    if (row.account.status === 'closed')
      throw new AppError('ACCOUNT_CLOSED', '该户已销户，档案资料不能再修改');
    const values = {
      name: body.name,
      address: body.address,
      gasCertificateNo: body.gasCertificateNo === undefined ? undefined : body.gasCertificateNo || null,
      ...(phone ?? {}),
    };
    if (!(await updateAccount(tx, row.account.id, body.expectedVersion, values))) {
      throw new AppError('VERSION_CONFLICT', '该用户资料已被他人修改，请刷新后重试');
    }
    const a = row.account;
    await recordAudit(tx, who, {
      entityType: 'customer',
      entityId: a.accountNo,
      action: 'customer.updated',
      before: auditShape(a),
      after: auditShape({
        name: values.name ?? a.name,
        type: a.type,
        address: values.address ?? a.address,
        idNumberMasked: a.idNumberMasked,
        phoneMasked: phone?.phoneMasked ?? a.phoneMasked,
        gasCertificateNo:
          values.gasCertificateNo === undefined ? a.gasCertificateNo : values.gasCertificateNo,
      }),
    });
  });
  return getCustomer(ctx, who, accountNo);
}

/** The full identity number, for a role that needs it; every reveal is audited (PIPL art. 28). */
export async function revealIdentity(
  ctx: AppContext,
  actor: Actor | null,
  accountNo: string,
  reason: string,
): Promise<RevealedIdentity> {
  const who = requireAccess(actor, 'customers.revealIdentity');
  return ctx.db.transaction(async (tx) => {
    const row = await loadAccount(tx, who, accountNo);
    requireAccess(who, 'customers.revealIdentity', [{ branchId: row.account.branchId }]);
    await recordAudit(tx, who, {
      entityType: 'customer',
      entityId: row.account.accountNo,
      action: 'customer.identity_revealed',
      after: { reason, fields: ['idNumber', 'phone'] },
    });
    return {
      accountNo: row.account.accountNo,
      idType: row.account.idType as RevealedIdentity['idType'],
      idNumber: ctx.identity.decrypt(row.account.idNumberEnc),
      phone: ctx.identity.decrypt(row.account.phoneEnc),
    };
  });
}
