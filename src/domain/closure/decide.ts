import type { Role } from '../access/roles.js';
import type { Refusal } from './guards.js';
import type { CaseSnapshot } from './snapshot.js';
import { CASE_STATE_LABELS, TRACK_STATE_LABELS } from './states.js';
import { ACTION_NAMES, type ActionName, ruleOf } from './transitions.js';

export type Decision = { allowed: true } | { allowed: false; refusal: Refusal };

const refuse = (code: Refusal['code'], message: string): Decision => ({
  allowed: false,
  refusal: { code, message },
});

function trackFits(c: CaseSnapshot, action: ActionName): boolean {
  const t = ruleOf(action).tracks;
  return (
    !t ||
    ((!t.cs || t.cs.includes(c.tracks.cs)) &&
      (!t.safety || t.safety.includes(c.tracks.safety)) &&
      (!t.finance || t.finance.includes(c.tracks.finance)) &&
      (!t.plan || t.plan.includes(c.plan)))
  );
}

/** Role, open dispute, case state and track states: whether the action applies at all. */
function applicability(c: CaseSnapshot, role: Role, action: ActionName): Decision {
  const rule = ruleOf(action);
  if (!rule.roles.includes(role)) return refuse('FORBIDDEN', `您的角色不能执行“${rule.zh}”`);
  if (c.state === 'suspended' && action !== 'resolve-dispute') {
    return refuse('DISPUTE_OPEN', '该申请因纠纷中止办理，纠纷解决前不能进行其他操作。');
  }
  if (!rule.from.includes(c.state)) {
    return refuse(
      'ACTION_NOT_ALLOWED',
      `申请当前为“${CASE_STATE_LABELS[c.state].zh}”状态，不能执行“${rule.zh}”。`,
    );
  }
  if (!trackFits(c, action)) {
    const now = [c.tracks.cs, c.tracks.safety, c.tracks.finance]
      .map((s) => TRACK_STATE_LABELS[s]?.zh)
      .join(' / ');
    return refuse(
      'ACTION_NOT_ALLOWED',
      `不能执行“${rule.zh}”：${rule.trackHint ?? `当前审核进度（${now}）不允许`}。`,
    );
  }
  return { allowed: true };
}

function guardsPass(c: CaseSnapshot, action: ActionName, payload: unknown): Decision {
  for (const guard of ruleOf(action).guards ?? []) {
    const refusal = guard(c, payload);
    if (refusal) return { allowed: false, refusal };
  }
  return { allowed: true };
}

/**
 * May this role take this action on this case now? Checks, in order: role, an open dispute,
 * the case state, the track states, then the action's guards against the payload.
 */
export function decide(c: CaseSnapshot, role: Role, action: ActionName, payload: unknown = {}): Decision {
  const applies = applicability(c, role, action);
  return applies.allowed ? guardsPass(c, action, payload) : applies;
}

export interface AvailableAction {
  action: ActionName;
  zh: string;
  en: string;
  allowed: boolean;
  /** Why not, for actions the role could take but that are blocked now. */
  blockedBy?: Refusal;
}

/**
 * The actions of this role that make sense for the case: the allowed ones, and the blocked ones
 * whose state fits but whose guards refuse (so the UI can say why approval is not possible yet).
 */
export function availableActions(c: CaseSnapshot, role: Role): AvailableAction[] {
  const result: AvailableAction[] = [];
  for (const action of ACTION_NAMES) {
    const rule = ruleOf(action);
    const entry = { action, zh: rule.zh, en: rule.en };
    const applies = applicability(c, role, action);
    if (!applies.allowed) {
      // During a dispute, what would apply without it is shown as blocked by the dispute.
      const wouldApply =
        applies.refusal.code === 'DISPUTE_OPEN' &&
        applicability({ ...c, state: c.suspendedFrom ?? c.state }, role, action).allowed;
      if (wouldApply) result.push({ ...entry, allowed: false, blockedBy: applies.refusal });
      continue;
    }
    const guarded = guardsPass(c, action, {});
    result.push(
      guarded.allowed
        ? { ...entry, allowed: true }
        : { ...entry, allowed: false, blockedBy: guarded.refusal },
    );
  }
  return result;
}
