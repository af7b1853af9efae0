/** Chinese words for the coded values of case records, used in timelines, readiness and papers. */
export const CONTACT_METHOD_ZH: Record<string, string> = {
  phone: '电话',
  sms: '短信',
  visit: '上门',
  counter: '柜台',
};

export const DISPUTE_SUBJECT_ZH: Record<string, string> = {
  fees: '费用',
  service_quality: '服务质量',
  other: '其他',
};
