/**
 * The monthly KPIs of SPEC §6: each is computed from recorded events and records only (X5),
 * never typed in. `num`/`den` are kept in the monthly rollup as the events happen.
 */
export const KPI_DEFINITIONS = [
  {
    id: 'acceptance_timeliness',
    zh: '受理及时率',
    en: 'Acceptance timeliness',
    kind: 'rate',
    formula: '在 P-ACCEPT 个工作日内完成初审的申请数 ÷ 完成初审的申请数',
  },
  {
    id: 'review_accuracy',
    zh: '审核准确率',
    en: 'Review accuracy',
    kind: 'rate',
    formula: '1 − 被监督检查认定“审核决定错误”的审核数 ÷ 审核决定数（批准与不予销户）',
  },
  {
    id: 'inspection_pass',
    zh: '安全检查合格率',
    en: 'Inspection pass rate',
    kind: 'rate',
    formula: '检查合格次数 ÷ 上门检查次数',
  },
  {
    id: 'inspection_first_pass',
    zh: '首次检查合格率',
    en: 'First-visit pass rate',
    kind: 'rate',
    formula: '第一次上门即合格的申请数 ÷ 完成第一次上门检查的申请数',
  },
  {
    id: 'satisfaction_mean',
    zh: '用户满意度（平均分）',
    en: 'Satisfaction (mean)',
    kind: 'mean',
    formula: '回访评分（1–5 分）之和 ÷ 回访数',
  },
  {
    id: 'satisfaction_top2',
    zh: '满意率（满意及非常满意）',
    en: 'Satisfied share (top two)',
    kind: 'rate',
    formula: '评分为 4 或 5 分的回访数 ÷ 回访数',
  },
  {
    id: 'one_time_notice',
    zh: '一次性告知合规率',
    en: 'One-time-notice compliance',
    kind: 'rate',
    formula: '受理时至多发出一次告知书的申请数 ÷ 通过初审的申请数',
  },
  {
    id: 'ontime_acceptance',
    zh: '初审期限按时率',
    en: 'On time: preliminary review',
    kind: 'rate',
    formula: '按时完成的初审期限数 ÷ 完成的初审期限数',
  },
  {
    id: 'ontime_inspection',
    zh: '检查期限按时率',
    en: 'On time: inspection',
    kind: 'rate',
    formula: '按时完成的检查期限数 ÷ 完成的检查期限数',
  },
  {
    id: 'ontime_rectification',
    zh: '整改期限按时率',
    en: 'On time: rectification',
    kind: 'rate',
    formula: '按时完成的整改期限数 ÷ 完成的整改期限数',
  },
  {
    id: 'ontime_finance',
    zh: '结清证明期限按时率',
    en: 'On time: settlement certificate',
    kind: 'rate',
    formula: '按时出具的结清证明数 ÷ 出具数',
  },
  {
    id: 'ontime_removal',
    zh: '拆除期限按时率',
    en: 'On time: removal',
    kind: 'rate',
    formula: '按时完成的拆除数 ÷ 完成的拆除数',
  },
  {
    id: 'ontime_supplement',
    zh: '补正期限按时率',
    en: 'On time: supplement',
    kind: 'rate',
    formula: '按时补正的次数 ÷ 补正次数',
  },
  {
    id: 'ontime_follow_up',
    zh: '回访期限按时率',
    en: 'On time: follow-up',
    kind: 'rate',
    formula: '按时回访数 ÷ 回访数',
  },
  {
    id: 'closures',
    zh: '销户办结数',
    en: 'Closures',
    kind: 'count',
    formula: '当月办结（出具销户证明）的申请数',
  },
  {
    id: 'closure_cycle_median',
    zh: '销户周期中位数（工作日）',
    en: 'Median closure cycle (working days)',
    kind: 'median',
    formula: '当月办结申请的“收件日至办结日”工作日数的中位数',
  },
  {
    id: 'overdue_open_tasks',
    zh: '逾期未办事项',
    en: 'Overdue open tasks',
    kind: 'count',
    formula: '查询时已过期限而未完成的期限与任务数',
  },
  {
    id: 'complaints_received',
    zh: '投诉举报受理数',
    en: 'Complaints received',
    kind: 'count',
    formula: '当月收到的投诉举报数',
  },
  {
    id: 'complaints_answered',
    zh: '投诉举报答复数',
    en: 'Complaints answered',
    kind: 'count',
    formula: '当月答复的投诉举报数',
  },
  {
    id: 'complaint_answer_days_median',
    zh: '投诉答复天数中位数',
    en: 'Median days to answer',
    kind: 'median',
    formula: '当月答复的投诉自收到至答复的自然日数中位数',
  },
] as const;

export type KpiId = (typeof KPI_DEFINITIONS)[number]['id'];
export type KpiKind = (typeof KPI_DEFINITIONS)[number]['kind'];

export const GROUP_KINDS = ['company', 'department', 'outlet', 'staff'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** The value shown for a counter pair: a rate or mean, null when nothing was counted. */
export function kpiValue(kind: KpiKind, num: number, den: number): number | null {
  if (kind === 'count') return num;
  if (den === 0) return null;
  return num / den;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
