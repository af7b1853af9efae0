/**
 * Message templates. Each step that concerns the user names a template here; the text is
 * rendered when the message is queued so the outbox holds exactly what was sent.
 */
export const TEMPLATES = {
  'staff.account_created': {
    subject: '燃气销户管理系统账号已开通',
    body: '{{displayName}}，您好：您的系统账号 {{username}} 已开通，请登录后及时修改初始密码。',
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
