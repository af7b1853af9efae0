import { compareLocalDate, parseLocalDate } from '../../../domain/calendar/local-date.js';
import type { ActionPayloads } from '../../../domain/contracts/cases.js';
import { CHARGE_KIND_LABELS, CHARGE_KINDS } from '../../../domain/ledger/ledger.js';
import { formatCny, formatYuan, parseYuan, sumFen } from '../../../domain/money.js';
import { AppError } from '../../http/app-error.js';
import { ledgerSummaryOf } from '../../ledger/ledger.service.js';
import type { ActionHandler } from '../action-types.js';
import { currentPlan, insertFeeCheck, insertPlan, updatePlan } from '../cases.repository.js';

/** R-10: reads the ledger now; arrears are itemised for the customer. */
export const checkFees: ActionHandler<ActionPayloads['check-fees']> = {
  async execute({ tx, kase, actor, now }) {
    const { summary } = await ledgerSummaryOf(tx, kase.account.id);
    const byKind = Object.fromEntries(
      CHARGE_KINDS.filter((k) => summary.byKind[k].outstanding > 0).map((k) => [
        k,
        formatYuan(summary.byKind[k].outstanding),
      ]),
    );
    await insertFeeCheck(tx, {
      caseId: kase.c.id,
      checkedAt: now,
      byUsername: actor.username,
      outstandingFen: summary.outstanding,
      byKind,
    });
    if (summary.outstanding === 0) {
      return { outcome: 'settled', summary: '核查费用：已全部结清', caseUpdate: { outstandingFen: 0 } };
    }
    const detail = CHARGE_KINDS.filter((k) => summary.byKind[k].outstanding > 0)
      .map((k) => `${CHARGE_KIND_LABELS[k].zh} ${formatCny(summary.byKind[k].outstanding)}`)
      .join('，');
    return {
      outcome: 'arrears',
      summary: `核查费用：欠费 ${formatCny(summary.outstanding)}（${detail}），已通知用户`,
      caseUpdate: { outstandingFen: summary.outstanding },
      data: { outstanding: formatYuan(summary.outstanding), byKind },
      message: { amount: formatCny(summary.outstanding), detail },
    };
  },
};

/** R-22: installments must cover exactly what is owed, in date order, with a guarantee of real value. */
export const proposeArrearsPlan: ActionHandler<ActionPayloads['propose-arrears-plan']> = {
  async execute({ tx, kase, actor, payload, today, now }) {
    const { summary } = await ledgerSummaryOf(tx, kase.account.id);
    const amounts = payload.installments.map((i) => parseYuan(i.amount));
    const total = sumFen(amounts);
    const errors: Array<{ path: string; message: string }> = [];
    amounts.forEach((a, i) => {
      if (a <= 0) errors.push({ path: `installments.${i}.amount`, message: '每期金额须大于 0' });
    });
    let previous = today;
    payload.installments.forEach((inst, i) => {
      const due = parseLocalDate(inst.dueDate);
      if (compareLocalDate(due, previous) <= 0)
        errors.push({ path: `installments.${i}.dueDate`, message: '各期到期日须晚于今天并按先后顺序排列' });
      previous = due;
    });
    if (total !== summary.outstanding) {
      errors.push({
        path: 'installments',
        message: `各期合计 ${formatCny(total)}，应等于当前欠费 ${formatCny(summary.outstanding)}`,
      });
    }
    if (parseYuan(payload.guarantee.value) <= 0)
      errors.push({ path: 'guarantee.value', message: '担保价值须大于 0' });
    if (errors.length) throw AppError.validation(errors, '补缴计划有误');
    await insertPlan(tx, {
      caseId: kase.c.id,
      accountId: kase.account.id,
      status: 'pending',
      reason: payload.reason,
      installments: payload.installments,
      guarantee: payload.guarantee,
      totalFen: total,
      proposedBy: actor.username,
      proposedAt: now,
    });
    return {
      outcome: 'default',
      summary: `提出欠费补缴计划：${payload.installments.length} 期，合计 ${formatCny(total)}，待管理层审批`,
      caseUpdate: { outstandingFen: summary.outstanding },
      data: { installments: payload.installments.length, total: formatYuan(total) },
    };
  },
};

export const approveArrearsPlan: ActionHandler<ActionPayloads['approve-arrears-plan']> = {
  async execute({ tx, kase, actor, payload, now }) {
    const plan = await currentPlan(tx, kase.c.id);
    if (!plan) throw new AppError('ACTION_NOT_ALLOWED', '没有待审批的补缴计划');
    const status = payload.decision === 'approve' ? 'approved' : 'rejected';
    await updatePlan(tx, plan.id, {
      status,
      decidedBy: actor.username,
      decidedAt: now,
      decisionNote: payload.note,
    });
    return {
      outcome: payload.decision,
      summary: `管理层${payload.decision === 'approve' ? '批准' : '驳回'}补缴计划${payload.note ? `：${payload.note}` : ''}`,
    };
  },
};

export const signRepaymentAgreement: ActionHandler<ActionPayloads['sign-repayment-agreement']> = {
  async execute({ tx, kase, payload, today }) {
    const plan = await currentPlan(tx, kase.c.id);
    if (!plan) throw new AppError('ACTION_NOT_ALLOWED', '没有已批准的补缴计划');
    const signedOn = parseLocalDate(payload.signedAt);
    const finalDue = parseLocalDate(payload.finalDueDate);
    const lastInstallment = (plan.installments as Array<{ dueDate: string }>).at(-1)?.dueDate ?? today;
    const errors: Array<{ path: string; message: string }> = [];
    if (compareLocalDate(signedOn, today) > 0)
      errors.push({ path: 'signedAt', message: '签订日期不能晚于今天' });
    if (compareLocalDate(finalDue, parseLocalDate(lastInstallment)) < 0)
      errors.push({ path: 'finalDueDate', message: `最终还款日不能早于最后一期到期日 ${lastInstallment}` });
    if (errors.length) throw AppError.validation(errors);
    await updatePlan(tx, plan.id, {
      status: 'signed',
      agreementNo: payload.agreementNo,
      signedOn,
      finalDueDate: finalDue,
      defaultLiability: payload.defaultLiability,
    });
    return {
      outcome: 'default',
      summary: `签订补缴协议 ${payload.agreementNo}，最终还款日 ${finalDue}`,
      data: { agreementNo: payload.agreementNo },
    };
  },
};

/** R-10: the settlement certificate, stating what is settled — or which signed agreement covers the rest. */
export const issueSettlementCertificate: ActionHandler<ActionPayloads['issue-settlement-certificate']> = {
  async prepare({ tx, kase }) {
    const { summary } = await ledgerSummaryOf(tx, kase.account.id);
    return { outstandingFen: summary.outstanding };
  },
  async execute({ tx, kase, snapshot, today, issuer: loadIssuer, paperNo }) {
    const issuer = await loadIssuer();
    const { summary } = await ledgerSummaryOf(tx, kase.account.id);
    const plan = snapshot.plan === 'signed' ? await currentPlan(tx, kase.c.id) : null;
    const certificateNo = await paperNo('settlement_certificate');
    return {
      outcome: 'default',
      summary: `出具费用结清证明 ${certificateNo}${plan?.agreementNo ? `（补缴协议 ${plan.agreementNo} 覆盖欠费 ${formatCny(summary.outstanding)}）` : ''}`,
      caseUpdate: { outstandingFen: summary.outstanding },
      data: { certificateNo },
      papers: {
        settlement_certificate: {
          issuer,
          certificateNo,
          issuedOn: today,
          caseNo: kase.c.caseNo,
          accountNo: kase.account.accountNo,
          customerName: kase.account.name,
          fees: summary.byKind,
          ...(plan?.agreementNo && plan.finalDueDate
            ? {
                agreement: {
                  agreementNo: plan.agreementNo,
                  finalDueDate: plan.finalDueDate as never,
                  outstandingFen: summary.outstanding,
                },
              }
            : {}),
        },
      },
    };
  },
};
