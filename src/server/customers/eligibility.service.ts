import type { ClosureEligibility } from '../../domain/contracts/customers.js';
import { CHARGE_KIND_LABELS, CHARGE_KINDS } from '../../domain/ledger/ledger.js';
import { formatCny, formatYuan } from '../../domain/money.js';
import { type Actor, requireAccess } from '../access/gate.js';
import type { AppContext } from '../app-context.js';
import { ledgerSummaryOf } from '../ledger/ledger.service.js';
import { loadAccount } from './account-access.js';

type Blocker = ClosureEligibility['blockers'][number];

/**
 * The closure dry run (SAP's CheckMoveOut): everything that would stop this account from closing
 * right now, in words a clerk can read to the customer (R-02, R-19).
 */
export async function closureEligibility(
  ctx: AppContext,
  actor: Actor | null,
  accountNo: string,
): Promise<ClosureEligibility> {
  const who = requireAccess(actor, 'customers.read');
  const { account } = await loadAccount(ctx.db, who, accountNo);
  const blockers: Blocker[] = [];
  if (account.status === 'closed') {
    blockers.push({
      code: 'ACCOUNT_CLOSED',
      message: `该户已于 ${account.closedOn ?? ''} 销户，无需再次办理`,
    });
  } else if (account.status === 'closing') {
    blockers.push({ code: 'CASE_OPEN', message: '该户已有正在办理的销户申请，不能重复申请' });
  }
  const { summary } = await ledgerSummaryOf(ctx.db, account.id);
  if (summary.outstanding > 0) {
    const owed = CHARGE_KINDS.filter((k) => summary.byKind[k].outstanding > 0);
    blockers.push({
      code: 'ARREARS_OUTSTANDING',
      message: `尚有欠费 ${formatCny(summary.outstanding)}（${owed
        .map((k) => `${CHARGE_KIND_LABELS[k].zh} ${formatCny(summary.byKind[k].outstanding)}`)
        .join('，')}），须结清或经批准签订补缴协议后方可销户`,
      amounts: owed.map((k) => ({ kind: k, amount: formatYuan(summary.byKind[k].outstanding) })),
    });
  }
  return {
    accountNo: account.accountNo,
    eligible: blockers.length === 0,
    blockers,
    checkedAt: new Date().toISOString(),
  };
}
