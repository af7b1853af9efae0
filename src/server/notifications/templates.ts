/**
 * Message templates. Each step that concerns the user names a template here; the text is
 * rendered when the message is queued so the outbox holds exactly what was sent.
 */
export const TEMPLATES = {
  'staff.account_created': {
    subject: '燃气销户管理系统账号已开通',
    body: '{{displayName}}，您好：您的系统账号 {{username}} 已开通，请登录后及时修改初始密码。',
  },
  'case.received': {
    subject: '销户申请已受理登记',
    body: '您好，户号 {{accountNo}} 的销户申请已登记，申请编号 {{caseNo}}。我们将在 {{dueDate}} 前完成初审。',
  },
  'case.accepted': {
    subject: '销户申请已通过初审',
    body: '您的销户申请 {{caseNo}} 材料齐全，已转客服、安全检查和财务部门审核。',
  },
  'case.materials_incomplete': {
    subject: '销户申请材料需补正（一次性告知）',
    body: '您的销户申请 {{caseNo}} 尚缺材料：{{items}}。请于 {{dueDate}} 前一次补齐，详见一次性告知书 {{paperNo}}。',
  },
  'case.withdrawn': { subject: '销户申请已撤回', body: '您的销户申请 {{caseNo}} 已撤回。' },
  'case.inspection_scheduled': {
    subject: '上门安全检查预约',
    body: '您的销户申请 {{caseNo}} 已预约于 {{date}} 上门安全检查，请届时在家配合。',
  },
  'case.hazard_found': {
    subject: '安全隐患整改通知',
    body: '户号 {{accountNo}} 检查发现安全隐患，请于 {{dueDate}} 前完成整改，详见整改通知书 {{paperNo}}。',
  },
  'case.arrears': {
    subject: '欠费提醒',
    body: '户号 {{accountNo}} 尚有欠费 {{amount}}（{{detail}}），结清后方可办理销户。',
  },
  'case.approved': {
    subject: '销户申请已批准',
    body: '您的销户申请 {{caseNo}} 已批准。请于 {{dueDate}} 前拆除燃气表及连接管，或委托我公司拆除，详见销户通知书 {{paperNo}}。',
  },
  'case.rejected': {
    subject: '不予销户通知',
    body: '您的销户申请 {{caseNo}} 暂不能办理：{{reasons}}。详见不予销户通知书 {{paperNo}}。',
  },
  'case.suspended': {
    subject: '销户办理中止',
    body: '您的销户申请 {{caseNo}} 因纠纷中止办理，纠纷解决后将继续办理。',
  },
  'case.resumed': { subject: '销户办理恢复', body: '您的销户申请 {{caseNo}} 纠纷已解决，恢复办理。' },
  'system.test': {
    subject: '通知通道测试',
    body: '这是一条测试消息，发送于 {{at}}。',
  },
} as const;

export type TemplateId = keyof typeof TEMPLATES;

export function renderTemplate(id: TemplateId, params: Record<string, string>) {
  const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => params[key] ?? '');
  const t = TEMPLATES[id];
  return { subject: fill(t.subject), body: fill(t.body) };
}
