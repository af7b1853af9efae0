import type { LocalDate } from '../../domain/calendar/local-date.js';
import { type Contact, type Issuer, Paper } from './paper.js';
import { fields, table } from './table.js';

export interface RejectionReason {
  reason: string;
  /** What the customer can do to resolve it; a refusal without a way forward is not acceptable. */
  remedy: string;
}

export interface RejectionNoticeData {
  issuer: Issuer;
  noticeNo: string;
  issuedOn: LocalDate;
  caseNo: string;
  accountNo: string;
  customerName: string;
  reasons: readonly RejectionReason[];
  contact: Contact;
}

/** R-11 不予销户通知书: each reason with what the customer can do about it. */
export function rejectionNotice(data: RejectionNoticeData): Promise<Buffer> {
  const { outlet } = data.issuer;
  const paper = new Paper({
    companyName: data.issuer.companyName,
    title: '不予销户通知书',
    docNo: data.noticeNo,
    footer: { outlet, date: data.issuedOn },
  });
  fields(paper, [
    { label: '用户名称', value: data.customerName },
    { label: '燃气户号', value: data.accountNo },
    { label: '申请编号', value: data.caseNo },
    { label: '通知日期', value: data.issuedOn },
  ]);
  paper.paragraph(`${data.customerName}：`, { indent: false });
  paper.paragraph(
    `您的燃气用户销户申请（申请编号 ${data.caseNo}）经我司审核，因存在以下情形，暂不予办理销户。各项原因及您可以采取的办理方式如下：`,
  );
  paper.space(4);
  table(
    paper,
    [
      { header: '序号', weight: 0.5, align: 'center' },
      { header: '不予销户原因', weight: 2.6 },
      { header: '您可以怎么做', weight: 2.9 },
    ],
    data.reasons.map((r, i) => [String(i + 1), r.reason, r.remedy]),
  );
  paper.paragraph(
    '上述情形消除后，您可重新提交销户申请。如对本决定有异议，可向我司客户服务部门申请复核，或通过投诉举报渠道反映，我司将及时调查并反馈处理结果。',
  );
  paper.paragraph(
    `经办人：${data.contact.name}　　联系电话：${data.contact.phone}　　营业网点电话：${outlet.phone}`,
    {
      indent: false,
    },
  );
  paper.signatureArea({
    customerLines: ['用户（签收）：________________', '签收日期：______年____月____日'],
    org: data.issuer.companyName,
    date: data.issuedOn,
  });
  return paper.finish();
}
