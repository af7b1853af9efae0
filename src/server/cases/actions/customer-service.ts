import { CONTACT_METHOD_ZH } from '../../../domain/closure/record-labels.js';
import type { ActionPayloads } from '../../../domain/contracts/cases.js';
import type { ActionHandler } from '../action-types.js';
import { insertContact } from '../cases.repository.js';

/** R-07: every contact attempt is logged, whether or not the customer confirmed. */
export const confirmIntent: ActionHandler<ActionPayloads['confirm-intent']> = {
  async execute({ tx, kase, actor, payload }) {
    await insertContact(tx, {
      caseId: kase.c.id,
      method: payload.contactMethod,
      contactedAt: new Date(payload.contactedAt),
      confirmed: payload.confirmed,
      note: payload.note,
      byUsername: actor.username,
    });
    const how = CONTACT_METHOD_ZH[payload.contactMethod] ?? payload.contactMethod;
    return payload.confirmed
      ? {
          outcome: 'confirmed',
          summary: `经${how}联系，用户确认销户意愿`,
          data: { method: payload.contactMethod },
        }
      : {
          outcome: 'declined',
          summary: `经${how}联系，用户未确认销户意愿${payload.note ? `：${payload.note}` : ''}（可由用户撤回申请）`,
          data: { method: payload.contactMethod },
        };
  },
};

/** R-11: approval marks the account for closure and sends the closure notice with the removal deadline. */
export const approve: ActionHandler<ActionPayloads['approve']> = {
  async execute({ kase, payload, today, calendar, policy, issuer: loadIssuer, paperNo }) {
    const issuer = await loadIssuer();
    const days = policy['P-REMOVAL'];
    const deadline = calendar.addWorkingDays(today, days);
    return {
      outcome: 'default',
      summary: `客服审核通过，批准销户${payload.note ? `：${payload.note}` : ''}`,
      caseUpdate: { decidedOn: today },
      message: { dueDate: deadline },
      papers: {
        closure_notice: {
          issuer,
          noticeNo: await paperNo('closure_notice'),
          issuedOn: today,
          caseNo: kase.c.caseNo,
          accountNo: kase.account.accountNo,
          customerName: kase.account.name,
          address: kase.account.address,
          approvedOn: today,
          removal: { workingDays: days, deadline, companyFeeFen: null },
          contact: { name: issuer.outlet.name, phone: issuer.outlet.phone },
        },
      },
    };
  },
};

const DEFAULT_REMEDY = '请携带相关材料到营业网点咨询，问题解决后可重新申请销户';

/** R-11: every reason is stated, each with what the customer can do about it. */
export const reject: ActionHandler<ActionPayloads['reject']> = {
  async execute({ kase, payload, today, issuer: loadIssuer, paperNo }) {
    const issuer = await loadIssuer();
    const reasons = payload.reasons.map((r) =>
      typeof r === 'string' ? { reason: r, remedy: DEFAULT_REMEDY } : r,
    );
    return {
      outcome: 'default',
      summary: `不予销户：${reasons.map((r) => r.reason).join('；')}`,
      caseUpdate: { decidedOn: today, rejectionReasons: reasons },
      message: { reasons: reasons.map((r) => r.reason).join('；') },
      papers: {
        rejection_notice: {
          issuer,
          noticeNo: await paperNo('rejection_notice'),
          issuedOn: today,
          caseNo: kase.c.caseNo,
          accountNo: kase.account.accountNo,
          customerName: kase.account.name,
          reasons,
          contact: { name: issuer.outlet.name, phone: issuer.outlet.phone },
        },
      },
    };
  },
};
