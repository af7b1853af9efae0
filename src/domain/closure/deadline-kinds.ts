import type { PolicyParameterId } from '../settings/policy-parameters.js';

export const DEADLINE_KINDS = [
  'acceptance',
  'inspection',
  'rectification',
  'finance',
  'removal',
  'supplement',
  'follow_up',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Which policy parameter sets each deadline, and whether it counts working or calendar days (SPEC §4, §5). */
export const DEADLINE_RULES: Record<
  DeadlineKind,
  { parameter: PolicyParameterId; unit: 'working_days' | 'calendar_days' | 'months'; zh: string; en: string }
> = {
  acceptance: { parameter: 'P-ACCEPT', unit: 'working_days', zh: '受理初审', en: 'Preliminary review' },
  inspection: { parameter: 'P-INSPECT', unit: 'working_days', zh: '上门安全检查', en: 'On-site inspection' },
  rectification: { parameter: 'P-RECTIFY', unit: 'working_days', zh: '隐患整改', en: 'Rectification' },
  finance: { parameter: 'P-FINANCE', unit: 'working_days', zh: '出具结清证明', en: 'Settlement certificate' },
  removal: { parameter: 'P-REMOVAL', unit: 'working_days', zh: '拆除设施', en: 'Removal' },
  supplement: {
    parameter: 'P-SUPPLEMENT',
    unit: 'calendar_days',
    zh: '补正材料',
    en: 'Supplement materials',
  },
  follow_up: { parameter: 'P-FOLLOWUP', unit: 'months', zh: '销户回访', en: 'Follow-up visit' },
};
