import { z } from 'zod';

/**
 * The policy's [X] parameters (SPEC §5) plus the technical rules that rest on §9 facts.
 * Each is a setting: the defaults live here, the current value in the database.
 */
const workingDays = (max: number) => z.number().int().min(1).max(max);

export const POLICY_PARAMETERS = {
  'P-ACCEPT': {
    schema: workingDays(30),
    default: 1,
    unit: 'working_days',
    zh: '受理时限：收件至初审的工作日数',
    en: 'Working days from receipt to preliminary review',
  },
  'P-INSPECT': {
    schema: workingDays(60),
    default: 3,
    unit: 'working_days',
    zh: '安全检查时限：移交至上门检查的工作日数',
    en: 'Working days from hand-over to on-site inspection',
  },
  'P-RECTIFY': {
    schema: workingDays(120),
    default: 10,
    unit: 'working_days',
    zh: '隐患整改期限（工作日）',
    en: 'Working days given to rectify a hazard',
  },
  'P-FINANCE': {
    schema: workingDays(30),
    default: 2,
    unit: 'working_days',
    zh: '费用结清至出具结清证明的工作日数',
    en: 'Working days from settlement to settlement certificate',
  },
  'P-REMOVAL': {
    schema: workingDays(120),
    default: 15,
    unit: 'working_days',
    zh: '用户自行拆除设施期限（工作日）',
    en: 'Working days for the user to remove facilities after the notice',
  },
  'P-SUPPLEMENT': {
    schema: z.number().int().min(1).max(365),
    default: 30,
    unit: 'calendar_days',
    zh: '补正材料期限（自然日，过半提醒）',
    en: 'Calendar days to supplement materials before the case lapses',
  },
  'P-RETAIN': {
    schema: z.union([z.literal(10), z.literal(30), z.literal(100)]),
    default: 30,
    unit: 'years',
    zh: '档案保管期限（年；100 表示永久）',
    en: 'Archive retention in years (100 = permanent)',
  },
  'P-FOLLOWUP': {
    schema: z.number().int().min(1).max(12),
    default: 1,
    unit: 'months',
    zh: '销户后回访期限（月）',
    en: 'Months after closure for the follow-up visit',
  },
  'P-AUDIT': {
    schema: z.number().min(0.1).max(100),
    default: 5,
    unit: 'percent',
    zh: '监督抽查比例（上月已销户案件的百分比）',
    en: "Share of last month's closed cases sampled for audit (%)",
  },
  'P-COMPLAINT': {
    schema: workingDays(60),
    default: 5,
    unit: 'working_days',
    zh: '投诉举报答复期限（工作日）',
    en: 'Working days to answer a complaint',
  },
  'P-WARN': {
    schema: z.number().int().min(0).max(10),
    default: 1,
    unit: 'working_days',
    zh: '期限到期前预警的工作日数',
    en: 'Working days before a deadline when its warning goes out',
  },
  'SEAL-TEST-MIN-KPA': {
    schema: z.number().min(0.1).max(1000),
    default: 5,
    unit: 'kPa',
    zh: '封堵严密性试验最低压力（低压，kPa）',
    en: 'Minimum sealing test pressure (low pressure, kPa)',
  },
  'SEAL-TEST-MIN-MINUTES-RESIDENTIAL': {
    schema: z.number().int().min(1).max(1440),
    default: 15,
    unit: 'minutes',
    zh: '居民用户封堵试压最短保压时间（分钟）',
    en: 'Minimum hold time of the residential sealing test (minutes)',
  },
  'SEAL-TEST-MIN-MINUTES-NONRESIDENTIAL': {
    schema: z.number().int().min(1).max(1440),
    default: 30,
    unit: 'minutes',
    zh: '商业、工业用户封堵试压最短保压时间（分钟）',
    en: 'Minimum hold time of the commercial/industrial sealing test (minutes)',
  },
  'UPLOAD-MAX-MB': {
    schema: z.number().int().min(1).max(100),
    default: 10,
    unit: 'MB',
    zh: '上传文件大小上限（MB）',
    en: 'Maximum upload size (MB)',
  },
} as const;

export type PolicyParameterId = keyof typeof POLICY_PARAMETERS;
export type PolicyValues = { [K in PolicyParameterId]: z.infer<(typeof POLICY_PARAMETERS)[K]['schema']> };

export const POLICY_PARAMETER_IDS = Object.keys(POLICY_PARAMETERS) as PolicyParameterId[];

export function defaultPolicyValues(): PolicyValues {
  return Object.fromEntries(
    POLICY_PARAMETER_IDS.map((id) => [id, POLICY_PARAMETERS[id].default]),
  ) as PolicyValues;
}

export function isPolicyParameterId(id: string): id is PolicyParameterId {
  return Object.hasOwn(POLICY_PARAMETERS, id);
}
