/** The closure process states of SPEC §4. */
export const CASE_STATES = [
  'submitted',
  'awaiting_materials',
  'under_review',
  'approved',
  'removal',
  'sealing',
  'awaiting_final',
  'closed',
  'rejected',
  'withdrawn',
  'suspended',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const FINAL_STATES: readonly CaseState[] = ['closed', 'rejected', 'withdrawn'];
export const OPEN_STATES: readonly CaseState[] = CASE_STATES.filter((s) => !FINAL_STATES.includes(s));
/** Open states a dispute can suspend (all open ones but `suspended` itself). */
export const ACTIVE_STATES: readonly CaseState[] = OPEN_STATES.filter((s) => s !== 'suspended');

export const CS_STATES = ['pending', 'intent_confirmed'] as const;
export const SAFETY_STATES = ['pending', 'scheduled', 'passed', 'hazard', 'rectifying'] as const;
export const FINANCE_STATES = ['pending', 'arrears', 'settled', 'certificate_issued'] as const;
export const PLAN_STATES = [
  'none',
  'pending',
  'approved',
  'rejected',
  'signed',
  'broken',
  'completed',
] as const;

export type CsState = (typeof CS_STATES)[number];
export type SafetyState = (typeof SAFETY_STATES)[number];
export type FinanceState = (typeof FINANCE_STATES)[number];
export type PlanState = (typeof PLAN_STATES)[number];

export interface Tracks {
  cs: CsState;
  safety: SafetyState;
  finance: FinanceState;
}

export const CASE_STATE_LABELS: Record<CaseState, { zh: string; en: string }> = {
  submitted: { zh: '待初审', en: 'Submitted' },
  awaiting_materials: { zh: '待补正材料', en: 'Awaiting materials' },
  under_review: { zh: '审核中', en: 'Under review' },
  approved: { zh: '已批准', en: 'Approved' },
  removal: { zh: '拆除中', en: 'Removal' },
  sealing: { zh: '待封堵', en: 'Sealing' },
  awaiting_final: { zh: '待办结', en: 'Awaiting final closure' },
  closed: { zh: '已销户', en: 'Closed' },
  rejected: { zh: '不予销户', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  suspended: { zh: '纠纷中止', en: 'Suspended (dispute)' },
};

export const TRACK_STATE_LABELS: Record<string, { zh: string; en: string }> = {
  pending: { zh: '待处理', en: 'Pending' },
  intent_confirmed: { zh: '意愿已确认', en: 'Intent confirmed' },
  scheduled: { zh: '已预约检查', en: 'Scheduled' },
  passed: { zh: '检查合格', en: 'Passed' },
  hazard: { zh: '存在隐患', en: 'Hazard' },
  rectifying: { zh: '整改待复查', en: 'Rectified, re-inspection due' },
  arrears: { zh: '有欠费', en: 'Arrears' },
  settled: { zh: '费用已结清', en: 'Settled' },
  certificate_issued: { zh: '已出具结清证明', en: 'Certificate issued' },
};
