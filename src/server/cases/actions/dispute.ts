import { DISPUTE_SUBJECT_ZH } from '../../../domain/closure/record-labels.js';
import { CASE_STATE_LABELS, type CaseState } from '../../../domain/closure/states.js';
import type { ActionPayloads } from '../../../domain/contracts/cases.js';
import type { ActionHandler } from '../action-types.js';
import { insertDispute, openDispute, resolveDisputeRow } from '../cases.repository.js';

/** a dispute suspends the case where it stands; every open deadline pauses. */
export const openDisputeAction: ActionHandler<ActionPayloads['open-dispute']> = {
  async execute({ tx, kase, actor, payload, now }) {
    await insertDispute(tx, {
      caseId: kase.c.id,
      subject: payload.subject,
      description: payload.description,
      suspendedFrom: kase.c.state,
      openedBy: actor.username,
      openedAt: now,
    });
    return {
      outcome: 'default',
      summary: `登记${DISPUTE_SUBJECT_ZH[payload.subject]}纠纷，中止办理（原状态：${CASE_STATE_LABELS[kase.c.state as CaseState].zh}）：${payload.description}`,
      data: { subject: payload.subject },
    };
  },
};

export const resolveDispute: ActionHandler<ActionPayloads['resolve-dispute']> = {
  async execute({ tx, kase, actor, payload, now }) {
    const dispute = await openDispute(tx, kase.c.id);
    if (dispute) {
      await resolveDisputeRow(tx, dispute.id, {
        resolution: payload.resolution,
        outcome: payload.outcome,
        resolvedBy: actor.username,
        resolvedAt: now,
      });
    }
    const route = payload.resolution === 'negotiated' ? '协商' : '法律途径';
    return {
      outcome: 'default',
      summary: `纠纷经${route}解决：${payload.outcome}，恢复办理`,
      data: { resolution: payload.resolution },
    };
  },
};
