import type { ErrorCode } from '../errors.js';
import { formatCny } from '../money.js';
import { MATERIAL_LABELS, type MaterialKind } from './materials.js';
import { checkSealing, type PressureTest, type SealingRules } from './sealing-rules.js';
import type { CaseSnapshot } from './snapshot.js';

export interface Refusal {
  code: ErrorCode;
  message: string;
}

/** A rule an action must satisfy beyond role and state; null means satisfied. */
export type Guard<P = unknown> = (c: CaseSnapshot, payload: P) => Refusal | null;

const labels = (kinds: MaterialKind[]) => kinds.map((k) => MATERIAL_LABELS[k].zh).join('、');

export const requiredMaterialsSupplied: Guard = (c) => {
  const missing = c.materials
    .filter((m) => m.required && (!m.supplied || m.status === 'rejected'))
    .map((m) => m.kind);
  return missing.length
    ? {
        code: 'MATERIALS_INCOMPLETE',
        message: `材料不齐，尚缺：${labels(missing)}。请一次性告知申请人补正。`,
      }
    : null;
};

export const intentConfirmed: Guard = (c) =>
  c.tracks.cs === 'intent_confirmed'
    ? null
    : { code: 'ACTION_NOT_ALLOWED', message: '客服尚未与用户确认销户意愿，请先联系用户确认。' };

export const safetyPassed: Guard = (c) => {
  if (c.tracks.safety === 'passed') return null;
  if (c.tracks.safety === 'hazard' || c.tracks.safety === 'rectifying') {
    return { code: 'HAZARD_UNRESOLVED', message: '安全检查发现的隐患尚未整改并复查合格，暂不能批准销户。' };
  }
  return { code: 'HAZARD_UNRESOLVED', message: '尚未完成上门安全检查，检查合格后才能批准销户。' };
};

export const feesCleared: Guard = (c) => {
  if (c.tracks.finance === 'certificate_issued') return null;
  const owed = c.outstandingFen && c.outstandingFen > 0 ? `尚欠 ${formatCny(c.outstandingFen)}，` : '';
  return {
    code: 'ARREARS_OUTSTANDING',
    message: `${owed}财务尚未出具费用结清证明。费用结清或补缴协议签订后才能批准销户。`,
  };
};

export const nothingOwedNow: Guard = (c) =>
  c.outstandingFen !== null && c.outstandingFen > 0 && c.plan !== 'signed'
    ? {
        code: 'ARREARS_OUTSTANDING',
        message: `账户仍欠 ${formatCny(c.outstandingFen)}，须先结清（或签订经批准的补缴协议）才能继续办理。`,
      }
    : null;

export const noticeIsOneTime: Guard<{ result: string; missing?: Array<{ kind: MaterialKind }> }> = (c, p) => {
  if (p.result !== 'incomplete' || c.noticeCount === 0) return null;
  const allowed = new Set<MaterialKind>(c.previouslyNoticed);
  for (const m of c.materials) if (m.newUploadSinceNotice) allowed.add(m.kind);
  const extra = (p.missing ?? []).map((m) => m.kind).filter((k) => !allowed.has(k));
  return extra.length
    ? {
        code: 'ONE_TIME_NOTICE_VIOLATION',
        message: `一次性告知：${labels(extra)} 在上次告知中未列出，且未因新提交材料被退回，本次不能再要求补正。`,
      }
    : null;
};

/** the sealing record's pressure test against the rules in force (passed in the payload by the server). */
export const sealingTestPasses: Guard<{
  permanent?: boolean;
  pressureTest?: PressureTest;
  rules?: SealingRules;
}> = (c, p) =>
  p.rules && p.permanent !== undefined
    ? checkSealing(c.customerType, p.permanent, p.pressureTest, p.rules)
    : null;
