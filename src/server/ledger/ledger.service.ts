import { parseLocalDate } from '../../domain/calendar/local-date.js';
import type { AddChargeBody, AddPaymentBody, Ledger } from '../../domain/contracts/customers.js';
import {
  type ChargeKind,
  type LedgerSummary,
  type PaymentMethod,
  summariseLedger,
} from '../../domain/ledger/ledger.js';
import { formatYuan, parseYuan } from '../../domain/money.js';
import { type Actor, requireAccess } from '../access/gate.js';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { loadAccount } from '../customers/account-access.js';
import type { Database } from '../db/database.js';
import { isUniqueViolation } from '../db/rows.js';
import { AppError } from '../http/app-error.js';
import { entriesOf, insertEntries, type LedgerRow } from './ledger.repository.js';

/** The account's ledger, summarised by the domain rule (oldest charges settled first). */
export async function ledgerSummaryOf(
  db: Database,
  accountId: string,
): Promise<{ rows: LedgerRow[]; summary: LedgerSummary }> {
  const rows = await entriesOf(db, accountId);
  const summary = summariseLedger(
    rows
      .filter((r) => r.entryType === 'charge')
      .map((r) => ({
        id: String(r.id),
        kind: r.kind as ChargeKind,
        amount: r.amountFen,
        dueDate: r.dueDate ?? '',
      })),
    rows
      .filter((r) => r.entryType === 'payment')
      .map((r) => ({ id: String(r.id), amount: r.amountFen, paidAt: r.paidAt?.toISOString() ?? '' })),
  );
  return { rows, summary };
}

function toLedgerView(accountNo: string, rows: LedgerRow[], s: LedgerSummary): Ledger {
  const byId = new Map(rows.map((r) => [String(r.id), r]));
  return {
    accountNo,
    charges: s.charges.map((c) => {
      const r = byId.get(c.id);
      return {
        id: c.id,
        kind: c.kind,
        amount: formatYuan(c.amount),
        paid: formatYuan(c.paid),
        outstanding: formatYuan(c.outstanding),
        dueDate: c.dueDate,
        note: r?.note ?? '',
        source: r?.source ?? 'manual',
        createdBy: r?.createdBy ?? null,
        createdAt: r?.createdAt.toISOString() ?? '',
      };
    }),
    payments: rows
      .filter((r) => r.entryType === 'payment')
      .map((r) => ({
        id: String(r.id),
        amount: formatYuan(r.amountFen),
        method: r.kind as PaymentMethod,
        paidAt: r.paidAt?.toISOString() ?? '',
        receiptNo: r.receiptNo,
        note: r.note,
        createdBy: r.createdBy,
      })),
    totals: {
      byKind: Object.fromEntries(
        Object.entries(s.byKind).map(([k, v]) => [
          k,
          {
            charged: formatYuan(v.charged),
            paid: formatYuan(v.paid),
            outstanding: formatYuan(v.outstanding),
          },
        ]),
      ) as Ledger['totals']['byKind'],
      totalCharged: formatYuan(s.totalCharged),
      totalPaid: formatYuan(s.totalPaid),
      outstanding: formatYuan(s.outstanding),
      credit: formatYuan(s.credit),
      balance: formatYuan(s.balance),
    },
  };
}

export async function getLedger(ctx: AppContext, actor: Actor | null, accountNo: string): Promise<Ledger> {
  const who = requireAccess(actor, 'ledger.read');
  const row = await loadAccount(ctx.db, who, accountNo);
  requireAccess(who, 'ledger.read', [{ branchId: row.account.branchId }]);
  const { rows, summary } = await ledgerSummaryOf(ctx.db, row.account.id);
  return toLedgerView(row.account.accountNo, rows, summary);
}

function positiveFen(amount: string): number {
  const fen = parseYuan(amount);
  if (fen <= 0) throw AppError.validation([{ path: 'amount', message: '金额必须大于 0' }]);
  return fen;
}

/**
 * A charge on the account. A closed account takes none, except what the closure itself causes
 * (the removal fee) — it cannot be re-opened through the back door of a new bill.
 */
export async function addCharge(
  ctx: AppContext,
  actor: Actor | null,
  accountNo: string,
  body: AddChargeBody,
) {
  const who = requireAccess(actor, 'ledger.charge');
  const amount = positiveFen(body.amount);
  const dueDate = parseLocalDate(body.dueDate);
  await ctx.db.transaction(async (tx) => {
    const row = await loadAccount(tx, who, accountNo, true);
    requireAccess(who, 'ledger.charge', [{ branchId: row.account.branchId }]);
    if (row.account.status === 'closed' && body.kind !== 'removal') {
      throw new AppError('ACCOUNT_CLOSED', '该户已销户，不能再产生新的费用（拆除费除外）');
    }
    const [entry] = await insertEntries(tx, [
      {
        accountId: row.account.id,
        entryType: 'charge',
        kind: body.kind,
        amountFen: amount,
        dueDate,
        note: body.note ?? '',
        createdBy: who.username,
      },
    ]);
    await recordAudit(tx, who, {
      entityType: 'customer',
      entityId: row.account.accountNo,
      action: 'ledger.charge_added',
      after: { entryId: entry?.id, kind: body.kind, amount: formatYuan(amount), dueDate },
    });
  });
  return getLedger(ctx, who, accountNo);
}

export async function addPayment(
  ctx: AppContext,
  actor: Actor | null,
  accountNo: string,
  body: AddPaymentBody,
) {
  const who = requireAccess(actor, 'ledger.payment');
  const amount = positiveFen(body.amount);
  const paidAt = new Date(body.paidAt);
  if (paidAt.getTime() > Date.now() + 5 * 60_000) {
    throw AppError.validation([{ path: 'paidAt', message: '缴费时间不能晚于当前时间' }]);
  }
  await ctx.db.transaction(async (tx) => {
    const row = await loadAccount(tx, who, accountNo, true);
    requireAccess(who, 'ledger.payment', [{ branchId: row.account.branchId }]);
    try {
      const [entry] = await insertEntries(tx, [
        {
          accountId: row.account.id,
          entryType: 'payment',
          kind: body.method,
          amountFen: amount,
          paidAt,
          receiptNo: body.receiptNo ?? null,
          note: body.note ?? '',
          createdBy: who.username,
        },
      ]);
      await recordAudit(tx, who, {
        entityType: 'customer',
        entityId: row.account.accountNo,
        action: 'ledger.payment_recorded',
        after: {
          entryId: entry?.id,
          method: body.method,
          amount: formatYuan(amount),
          paidAt: paidAt.toISOString(),
          receiptNo: body.receiptNo ?? null,
        },
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('CONFLICT', `收据号 ${body.receiptNo} 已登记过，同一笔缴费不能重复入账`);
      throw error;
    }
  });
  return getLedger(ctx, who, accountNo);
}
