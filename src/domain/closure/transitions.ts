import type { Role } from '../access/roles.js';
import type { DeadlineKind } from './deadline-kinds.js';
import {
  feesCleared,
  type Guard,
  intentConfirmed,
  nothingOwedNow,
  noticeIsOneTime,
  requiredMaterialsSupplied,
  safetyPassed,
  sealingTestPasses,
} from './guards.js';
import {
  ACTIVE_STATES,
  type CaseState,
  type CsState,
  type FinanceState,
  type PlanState,
  type SafetyState,
  type Tracks,
} from './states.js';

/** What an action changes when it succeeds with a given outcome. */
export interface Outcome {
  /** New case state; 'previous' returns a suspended case to where it stopped. */
  to?: CaseState | 'previous';
  tracks?: Partial<Tracks>;
  plan?: PlanState;
  starts?: DeadlineKind[];
  meets?: DeadlineKind[];
  pausesDeadlines?: true;
  resumesDeadlines?: true;
  /** Departments that get a task for this case. */
  tasks?: Array<'clerk' | 'cs' | 'inspector' | 'finance' | 'manager'>;
  /** Papers generated (PDF) and filed on the case. */
  papers?: Array<
    | 'one_time_notice'
    | 'rectification_order'
    | 'settlement_certificate'
    | 'closure_notice'
    | 'rejection_notice'
    | 'sealing_record'
  >;
  /** Messages queued to the applicant. */
  notifies?: string[];
  /** The account is deregistered (status closed) when this outcome happens. */
  closesAccount?: true;
}

export interface ActionRule {
  zh: string;
  en: string;
  roles: Role[];
  from: readonly CaseState[];
  tracks?: { cs?: CsState[]; safety?: SafetyState[]; finance?: FinanceState[]; plan?: PlanState[] };
  /** Why the action is not possible when the track requirement is not met, in words for the clerk. */
  trackHint?: string;
  /** Always possible and not anyone's work item (withdraw, dispute, reject): left out of "my work". */
  incidental?: true;
  // biome-ignore lint/suspicious/noExplicitAny: each action's guards see its own payload type
  guards?: Guard<any>[];
  outcomes: Record<string, Outcome>;
}

/**
 * The closure process of SPEC §4 as one table: for each action, who may take it, from which states,
 * what it requires and what it changes. The server executes this table; the web UI only asks the
 * server which actions are available.
 */
export const TRANSITIONS = {
  'preliminary-review': {
    zh: '初审',
    en: 'Preliminary review',
    roles: ['clerk'],
    from: ['submitted'],
    guards: [
      ((c, p: { result?: string }) =>
        p.result === 'accept' ? requiredMaterialsSupplied(c, p) : null) as Guard,
      noticeIsOneTime,
    ],
    outcomes: {
      accept: {
        to: 'under_review',
        meets: ['acceptance'],
        starts: ['inspection'],
        tasks: ['cs', 'inspector', 'finance'],
        notifies: ['case.accepted'],
      },
      incomplete: {
        to: 'awaiting_materials',
        meets: ['acceptance'],
        starts: ['supplement'],
        papers: ['one_time_notice'],
        notifies: ['case.materials_incomplete'],
      },
    },
  },
  'supplement-materials': {
    zh: '补正材料',
    en: 'Supplement materials',
    roles: ['clerk', 'customer'],
    from: ['awaiting_materials'],
    outcomes: { default: { to: 'submitted', meets: ['supplement'], starts: ['acceptance'] } },
  },
  withdraw: {
    zh: '撤回申请',
    en: 'Withdraw',
    incidental: true,
    roles: ['clerk', 'cs', 'customer'],
    from: ACTIVE_STATES,
    outcomes: { default: { to: 'withdrawn', notifies: ['case.withdrawn'] } },
  },
  'confirm-intent': {
    zh: '确认销户意愿',
    en: 'Confirm intent',
    roles: ['cs'],
    from: ['under_review'],
    tracks: { cs: ['pending'] },
    trackHint: '已确认过用户的销户意愿',
    outcomes: { confirmed: { tracks: { cs: 'intent_confirmed' } }, declined: {} },
  },
  'schedule-inspection': {
    zh: '预约上门检查',
    en: 'Schedule inspection',
    roles: ['inspector', 'cs'],
    from: ['under_review'],
    tracks: { safety: ['pending', 'rectifying', 'scheduled'] },
    trackHint: '安全检查已合格或存在未整改的隐患，无需预约',
    outcomes: { default: { tracks: { safety: 'scheduled' }, notifies: ['case.inspection_scheduled'] } },
  },
  'record-inspection': {
    zh: '录入安全检查记录',
    en: 'Record inspection',
    roles: ['inspector'],
    from: ['under_review'],
    tracks: { safety: ['scheduled'] },
    trackHint: '请先预约上门检查',
    outcomes: {
      pass: { tracks: { safety: 'passed' }, meets: ['inspection'] },
      hazard: {
        tracks: { safety: 'hazard' },
        meets: ['inspection'],
        starts: ['rectification'],
        papers: ['rectification_order'],
        notifies: ['case.hazard_found'],
      },
    },
  },
  'record-rectification': {
    zh: '登记隐患整改完成',
    en: 'Record rectification',
    roles: ['inspector', 'cs', 'customer'],
    from: ['under_review'],
    tracks: { safety: ['hazard'] },
    trackHint: '当前没有待整改的隐患',
    outcomes: {
      default: {
        tracks: { safety: 'rectifying' },
        meets: ['rectification'],
        starts: ['inspection'],
        tasks: ['inspector'],
      },
    },
  },
  'check-fees': {
    zh: '核查费用',
    en: 'Check fees',
    roles: ['finance'],
    from: ['under_review'],
    tracks: { finance: ['pending', 'arrears', 'settled'] },
    trackHint: '结清证明已出具',
    outcomes: {
      settled: { tracks: { finance: 'settled' }, starts: ['finance'] },
      arrears: { tracks: { finance: 'arrears' }, notifies: ['case.arrears'] },
    },
  },
  'propose-arrears-plan': {
    zh: '提出欠费补缴计划',
    en: 'Propose arrears plan',
    roles: ['finance'],
    from: ['under_review'],
    tracks: { finance: ['arrears'], plan: ['none', 'rejected'] },
    trackHint: '只有核查出欠费且没有进行中的补缴计划时才能提出',
    outcomes: { default: { plan: 'pending', tasks: ['manager'] } },
  },
  'approve-arrears-plan': {
    zh: '审批补缴计划',
    en: 'Decide arrears plan',
    roles: ['manager'],
    from: ['under_review'],
    tracks: { plan: ['pending'] },
    trackHint: '没有待审批的补缴计划',
    outcomes: {
      approve: { plan: 'approved', tasks: ['finance'] },
      reject: { plan: 'rejected', tasks: ['finance'] },
    },
  },
  'sign-repayment-agreement': {
    zh: '签订补缴协议',
    en: 'Sign repayment agreement',
    incidental: true,
    roles: ['finance'],
    from: ['under_review'],
    tracks: { plan: ['approved'] },
    trackHint: '补缴计划须先经管理层批准',
    outcomes: { default: { plan: 'signed', starts: ['finance'] } },
  },
  'issue-settlement-certificate': {
    zh: '出具费用结清证明',
    en: 'Issue settlement certificate',
    roles: ['finance'],
    from: ['under_review'],
    tracks: { finance: ['settled', 'arrears'] },
    trackHint: '请先核查费用',
    guards: [
      ((c) =>
        c.tracks.finance === 'arrears' && c.plan !== 'signed'
          ? {
              code: 'ARREARS_OUTSTANDING',
              message: '存在欠费，须先缴清，或补缴计划经批准并签订协议后才能出具结清证明。',
            }
          : null) as Guard,
      nothingOwedNow,
    ],
    outcomes: {
      default: {
        tracks: { finance: 'certificate_issued' },
        meets: ['finance'],
        papers: ['settlement_certificate'],
      },
    },
  },
  approve: {
    zh: '批准销户',
    en: 'Approve',
    roles: ['cs'],
    from: ['under_review'],
    guards: [intentConfirmed, safetyPassed, feesCleared],
    outcomes: {
      default: {
        to: 'approved',
        starts: ['removal'],
        papers: ['closure_notice'],
        notifies: ['case.approved'],
        tasks: ['cs'],
      },
    },
  },
  reject: {
    zh: '不予销户',
    en: 'Reject',
    roles: ['cs'],
    from: ['under_review'],
    outcomes: { default: { to: 'rejected', papers: ['rejection_notice'], notifies: ['case.rejected'] } },
  },
  'open-dispute': {
    zh: '登记纠纷（中止办理）',
    en: 'Open dispute',
    incidental: true,
    roles: ['cs', 'clerk', 'supervisor'],
    from: ACTIVE_STATES,
    outcomes: { default: { to: 'suspended', pausesDeadlines: true, notifies: ['case.suspended'] } },
  },
  'resolve-dispute': {
    zh: '纠纷已解决（恢复办理）',
    en: 'Resolve dispute',
    roles: ['cs', 'manager'],
    from: ['suspended'],
    outcomes: { default: { to: 'previous', resumesDeadlines: true, notifies: ['case.resumed'] } },
  },
  'choose-removal': {
    zh: '选择拆除方式',
    en: 'Choose removal',
    roles: ['clerk', 'cs'],
    from: ['approved'],
    outcomes: {
      self: { to: 'removal', notifies: ['case.removal_self'] },
      company: { to: 'removal', tasks: ['inspector'], notifies: ['case.removal_company'] },
    },
  },
  'record-removal': {
    zh: '登记设施拆除',
    en: 'Record removal',
    roles: ['inspector'],
    from: ['removal'],
    outcomes: { default: { to: 'sealing', meets: ['removal'], tasks: ['inspector'] } },
  },
  'record-sealing': {
    zh: '登记封堵及压力测试',
    en: 'Record sealing',
    roles: ['inspector'],
    from: ['sealing'],
    guards: [sealingTestPasses],
    outcomes: {
      default: {
        to: 'awaiting_final',
        papers: ['sealing_record'],
        tasks: ['clerk'],
        notifies: ['case.ready_to_finalize'],
      },
    },
  },
  finalize: {
    zh: '办结销户',
    en: 'Finalize closure',
    roles: ['clerk'],
    from: ['awaiting_final'],
    guards: [nothingOwedNow],
    outcomes: {
      default: {
        to: 'closed',
        closesAccount: true,
        starts: ['follow_up'],
        tasks: ['cs'],
        notifies: ['case.closed'],
      },
    },
  },
  archive: {
    zh: '归档',
    en: 'Archive',
    roles: ['cs'],
    from: ['closed'],
    guards: [
      ((c) => (c.archived ? { code: 'ACTION_NOT_ALLOWED', message: '该申请已归档。' } : null)) as Guard,
    ],
    outcomes: { default: {} },
  },
  'record-follow-up': {
    zh: '登记回访',
    en: 'Record follow-up',
    roles: ['cs'],
    from: ['closed'],
    guards: [
      ((c) => (c.followedUp ? { code: 'ACTION_NOT_ALLOWED', message: '该户已完成回访。' } : null)) as Guard,
    ],
    outcomes: { default: { meets: ['follow_up'] } },
  },
} satisfies Record<string, ActionRule>;

export type ActionName = keyof typeof TRANSITIONS;
export const ACTION_NAMES = Object.keys(TRANSITIONS) as ActionName[];

export function isActionName(value: string): value is ActionName {
  return Object.hasOwn(TRANSITIONS, value);
}

export function ruleOf(action: ActionName): ActionRule {
  return TRANSITIONS[action];
}
