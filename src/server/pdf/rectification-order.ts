import type { LocalDate } from '../../domain/calendar/local-date.js';
import { FACILITY_KIND_LABELS, type FacilityKind } from '../../domain/customers/customer-types.js';
import { type Issuer, Paper } from './paper.js';
import { fields, table } from './table.js';

export interface RectificationOrderData {
  issuer: Issuer;
  orderNo: string;
  issuedOn: LocalDate;
  caseNo: string;
  accountNo: string;
  customerName: string;
  address: string;
  inspectedOn: LocalDate;
  inspector: string;
  hazards: readonly { facility: FacilityKind; description: string }[];
  deadline: LocalDate;
}

/** R-09 安全隐患整改通知书: what was found, by when to fix it, and that a re-inspection decides. */
export function rectificationOrder(data: RectificationOrderData): Promise<Buffer> {
  const { outlet } = data.issuer;
  const paper = new Paper({
    companyName: data.issuer.companyName,
    title: '燃气安全隐患整改通知书',
    docNo: data.orderNo,
    footer: { outlet, date: data.issuedOn },
  });
  fields(paper, [
    { label: '用户名称', value: data.customerName },
    { label: '燃气户号', value: data.accountNo },
    { label: '申请编号', value: data.caseNo },
    { label: '整改期限', value: `${data.deadline} 前` },
    { label: '检查日期', value: data.inspectedOn },
    { label: '安全检查员', value: data.inspector },
    { label: '用气地址', value: data.address, wide: true },
  ]);
  paper.paragraph(`${data.customerName}：`, { indent: false });
  paper.paragraph(
    `我司安全检查员于 ${data.inspectedOn} 对您的燃气设施进行销户前安全检查，发现以下 ${data.hazards.length} 项安全隐患。为保障您和他人的生命财产安全，请于 ${data.deadline} 前完成整改。`,
  );
  paper.space(4);
  table(
    paper,
    [
      { header: '序号', weight: 0.5, align: 'center' },
      { header: '设施', weight: 1, align: 'center' },
      { header: '隐患描述', weight: 5 },
    ],
    data.hazards.map((hazard, i) => [
      String(i + 1),
      FACILITY_KIND_LABELS[hazard.facility].zh,
      hazard.description,
    ]),
  );
  paper.section('整改要求');
  paper.numbered([
    '整改期间请勿使用存在隐患的燃气设施；如闻到燃气异味，请立即关闭表前阀门、开窗通风，严禁开关电器和动用明火，并到室外拨打抢修电话。',
    '燃气设施的维修、改动须由我司或具备相应资质的单位实施，不得自行拆改。',
    `整改完成后请及时告知我司（电话 ${outlet.phone}），我司将安排复查；复查合格后方可继续办理销户，复查仍不合格的将再次发出整改通知。`,
    '逾期未整改的，销户申请将暂停办理，直至隐患消除并经复查合格。',
  ]);
  paper.signatureArea({
    customerLines: ['用户（签收）：________________', '签收日期：______年____月____日'],
    org: data.issuer.companyName,
    date: data.issuedOn,
  });
  return paper.finish();
}
