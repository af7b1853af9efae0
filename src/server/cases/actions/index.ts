import type { ActionName } from '../../../domain/closure/transitions.js';
import type { ActionPayloads } from '../../../domain/contracts/cases.js';
import type { ActionHandler } from '../action-types.js';
import { archive, recordFollowUp } from './after-closure.js';
import { preliminaryReview, supplementMaterials, withdraw } from './application.js';
import { approve, confirmIntent, reject } from './customer-service.js';
import { openDisputeAction, resolveDispute } from './dispute.js';
import {
  approveArrearsPlan,
  checkFees,
  issueSettlementCertificate,
  proposeArrearsPlan,
  signRepaymentAgreement,
} from './finance.js';
import { chooseRemoval, finalize, recordRemoval, recordSealing } from './implementation.js';
import { recordInspection, recordRectification, scheduleInspection } from './safety.js';

/** The records each action writes; one entry per row of the transition table. */
export const ACTION_HANDLERS: { [A in ActionName]: ActionHandler<ActionPayloads[A]> } = {
  'preliminary-review': preliminaryReview,
  'supplement-materials': supplementMaterials,
  withdraw,
  'confirm-intent': confirmIntent,
  'schedule-inspection': scheduleInspection,
  'record-inspection': recordInspection,
  'record-rectification': recordRectification,
  'check-fees': checkFees,
  'propose-arrears-plan': proposeArrearsPlan,
  'approve-arrears-plan': approveArrearsPlan,
  'sign-repayment-agreement': signRepaymentAgreement,
  'issue-settlement-certificate': issueSettlementCertificate,
  approve,
  reject,
  'open-dispute': openDisputeAction,
  'resolve-dispute': resolveDispute,
  'choose-removal': chooseRemoval,
  'record-removal': recordRemoval,
  'record-sealing': recordSealing,
  finalize,
  archive,
  'record-follow-up': recordFollowUp,
};
