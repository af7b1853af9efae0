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
  'complaint.received': {
    subject: '投诉举报已受理',
    body: '您好，您的投诉举报已登记，编号 {{trackingNo}}。我们将在 {{dueDate}} 前答复，可凭编号和查询码在网上查询办理进度。',
  },
  'complaint.answered': {
    subject: '投诉举报答复',
    body: '您好，您的投诉举报 {{trackingNo}} 已办结，答复如下：{{answer}}',
  },
  'case.removal_self': {
    subject: '自行拆除燃气设施须知',
    body: '您选择自行安排拆除（申请 {{caseNo}}）。按规定不得擅自拆除户内燃气设施，请由具备资质的单位施工，完成后通知我司核验并封堵。',
  },
  'case.removal_company': {
    subject: '委托拆除已受理',
    body: '您已委托我司拆除燃气设施（申请 {{caseNo}}），按公示标准收取拆除费 {{amount}}，安全检查员将与您预约上门时间。',
  },
  'case.ready_to_finalize': {
    subject: '请到营业网点办结销户',
    body: '户号 {{accountNo}} 已完成拆除及封堵，请携带身份证件、燃气使用证到营业网点办结销户（申请 {{caseNo}}）。',
  },
  'case.closed': {
    subject: '销户已办结',
    body: '户号 {{accountNo}} 已销户，销户证明编号 {{certificateNo}}，可扫描证明上的二维码核验真伪。我们将在一个月内回访，感谢您的支持。',
  },
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
