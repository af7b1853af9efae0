import type { LocalDate } from '../../domain/calendar/local-date.js';
import { type Issuer, Paper } from './paper.js';
import { table } from './table.js';

export interface NoticeMaterialItem {
  /** Chinese name of the material, e.g. 燃气使用证. */
  name: string;
  status: 'missing' | 'rejected';
  reason: string;
  /** What exactly to bring; most items need the original plus a copy. */
  toBring?: string;
}

export interface OneTimeNoticeData {
  issuer: Issuer;
  noticeNo: string;
  issuedOn: LocalDate;
  caseNo: string;
  applicantName: string;
  accountNo: string;
  /** 1 for the first notice on the case; later notices may only repeat what was still absent or rejected. */
  sequence: number;
  items: readonly NoticeMaterialItem[];
  supplementDeadline: LocalDate;
}

const STATUS_LABEL: Record<NoticeMaterialItem['status'], string> = {
  missing: '未提交',
  rejected: '不符合要求',
};

/** R-05 一次性告知书: everything missing or rejected, listed once, with where and by when to bring it. */
export function oneTimeNotice(data: OneTimeNoticeData): Promise<Buffer> {
  const { outlet } = data.issuer;
  const paper = new Paper({
    companyName: data.issuer.companyName,
    title: '销户申请材料一次性告知书',
    docNo: data.noticeNo,
    footer: { outlet, date: data.issuedOn },
  });
  paper.paragraph(`申请编号：${data.caseNo}　　燃气户号：${data.accountNo}　　第 ${data.sequence} 次告知`, {
    indent: false,
  });
  paper.space(4);
  paper.paragraph(`${data.applicantName}：`, { indent: false });
  paper.paragraph(
    `您于本网点提交的燃气用户销户申请（申请编号 ${data.caseNo}）经初审，尚有以下 ${data.items.length} 项材料缺少或不符合要求。现将需要补正的全部材料一次性告知如下：`,
  );
  paper.space(4);
  table(
    paper,
    [
      { header: '序号', weight: 0.5, align: 'center' },
      { header: '材料名称', weight: 1.6 },
      { header: '情况', weight: 1, align: 'center' },
      { header: '原因说明', weight: 2.4 },
      { header: '需提交', weight: 1.6 },
    ],
    data.items.map((item, i) => [
      String(i + 1),
      item.name,
      STATUS_LABEL[item.status],
      item.reason,
      item.toBring ?? '原件及复印件',
    ]),
  );
  paper.section('补正方式');
  paper.numbered([
    `请于 ${data.supplementDeadline} 前携带上表所列材料，到 ${outlet.name}（地址：${outlet.address}）办理补正；也可通过网上营业厅上传清晰的扫描件，原件于办理销户时核验。`,
    `逾期未补正的，本次销户申请将终止办理，您可重新提交申请。材料齐全后，办理时限自补正完整之日起重新计算。`,
    `如有疑问，请致电 ${outlet.phone} 咨询。`,
  ]);
  paper.section('依据');
  paper.paragraph(
    '根据《优化营商环境条例》第三十六条，申请材料不齐全或者不符合法定形式的，应当一次性告知需要补正的全部内容。本告知书所列即为本次需补正的全部材料，补正上述材料后不会再要求您提交本告知书以外的材料。',
  );
  paper.signatureArea({
    customerLines: ['申请人（签收）：________________', '签收日期：______年____月____日'],
    org: data.issuer.companyName,
    date: data.issuedOn,
  });
  return paper.finish();
}
