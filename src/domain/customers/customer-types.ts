/** the three customer types, each with its own materials, rules and certificate wording. */
export const CUSTOMER_TYPES = ['residential', 'commercial', 'industrial'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const CUSTOMER_TYPE_LABELS: Record<CustomerType, { zh: string; en: string }> = {
  residential: { zh: '居民', en: 'Residential' },
  commercial: { zh: '商业', en: 'Commercial' },
  industrial: { zh: '工业', en: 'Industrial' },
};

export const ACCOUNT_STATUSES = ['active', 'closing', 'closed'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const ACCOUNT_STATUS_LABELS: Record<AccountStatus, { zh: string; en: string }> = {
  active: { zh: '正常', en: 'Active' },
  closing: { zh: '销户办理中', en: 'Closing' },
  closed: { zh: '已销户', en: 'Closed' },
};

export const FACILITY_KINDS = ['meter', 'pipe', 'valve', 'connector', 'other'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

export const FACILITY_KIND_LABELS: Record<FacilityKind, { zh: string; en: string }> = {
  meter: { zh: '燃气表', en: 'Meter' },
  pipe: { zh: '管道', en: 'Pipe' },
  valve: { zh: '阀门', en: 'Valve' },
  connector: { zh: '连接管', en: 'Connector' },
  other: { zh: '其他', en: 'Other' },
};

export const METER_KINDS = ['ic_card', 'mechanical', 'smart'] as const;
export type MeterKind = (typeof METER_KINDS)[number];

export const METER_KIND_LABELS: Record<MeterKind, { zh: string; en: string }> = {
  ic_card: { zh: 'IC卡预付费表', en: 'IC-card prepaid' },
  mechanical: { zh: '机械表', en: 'Mechanical' },
  smart: { zh: '智能表', en: 'Smart' },
};

/** Reads a customer type from a code or its Chinese label (import files use either). */
export function customerTypeFrom(text: string): CustomerType | null {
  const t = text.trim();
  for (const type of CUSTOMER_TYPES) {
    if (t === type || t === CUSTOMER_TYPE_LABELS[type].zh || t === `${CUSTOMER_TYPE_LABELS[type].zh}用户`)
      return type;
  }
  return null;
}

export function meterKindFrom(text: string): MeterKind | null {
  const t = text.trim();
  for (const kind of METER_KINDS) {
    if (t === kind || t === METER_KIND_LABELS[kind].zh) return kind;
  }
  return (
    ({ IC卡表: 'ic_card', 预付费表: 'ic_card', 普通表: 'mechanical', 物联网表: 'smart' }[
      t
    ] as MeterKind | null) ?? null
  );
}
