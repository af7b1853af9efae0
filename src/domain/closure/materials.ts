import type { CustomerType } from '../customers/customer-types.js';

/** Material kind codes of R-03. */
export const MATERIAL_KINDS = [
  'application_form',
  'applicant_id',
  'gas_use_certificate',
  'business_license',
  'legal_rep_id',
  'ownership_proof',
  'closure_report',
  'power_of_attorney',
  'agent_id',
] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export const MATERIAL_LABELS: Record<MaterialKind, { zh: string; en: string }> = {
  application_form: { zh: '销户申请表', en: 'Application form' },
  applicant_id: { zh: '申请人身份证件', en: "Applicant's ID" },
  gas_use_certificate: { zh: '燃气使用证', en: 'Gas-use certificate' },
  business_license: { zh: '营业执照副本', en: 'Business licence (copy)' },
  legal_rep_id: { zh: '法定代表人身份证件', en: "Legal representative's ID" },
  ownership_proof: { zh: '设施产权证明（如有）', en: 'Facility ownership proof (if any)' },
  closure_report: {
    zh: '销户申请报告（加盖公章，写明原因及计划）',
    en: 'Closure application report (sealed)',
  },
  power_of_attorney: { zh: '授权委托书', en: 'Power of attorney' },
  agent_id: { zh: '受托人身份证件', en: "Agent's ID" },
};

/** ID scans are sensitive personal data (PIPL art. 28): every download of them is audited. */
export const SENSITIVE_MATERIALS: readonly MaterialKind[] = ['applicant_id', 'legal_rep_id', 'agent_id'];

export interface MaterialRequirement {
  kind: MaterialKind;
  required: boolean;
}

/** the checklist for a customer type, plus the agent's papers when someone applies on the customer's behalf. */
export function requiredMaterials(type: CustomerType, viaAgent: boolean): MaterialRequirement[] {
  const list: MaterialRequirement[] = [{ kind: 'application_form', required: true }];
  if (type === 'residential') {
    list.push({ kind: 'applicant_id', required: true }, { kind: 'gas_use_certificate', required: true });
  } else {
    list.push(
      { kind: 'business_license', required: true },
      { kind: 'legal_rep_id', required: true },
      { kind: 'gas_use_certificate', required: true },
      { kind: 'ownership_proof', required: false },
    );
    if (type === 'industrial') list.push({ kind: 'closure_report', required: true });
  }
  if (viaAgent)
    list.push({ kind: 'power_of_attorney', required: true }, { kind: 'agent_id', required: true });
  return list;
}
