import { toShanghaiDate } from '../../domain/calendar/local-date.js';
import { CUSTOMER_TYPE_LABELS, type CustomerType } from '../../domain/customers/customer-types.js';
import { formatShanghaiDateTime } from './format.js';
import { COLORS, FONT, type Issuer, Paper } from './paper.js';
import { drawQrCode } from './qr.js';
import { drawSeal } from './seal.js';
import { fields } from './table.js';

export interface ClosureCertificateData {
  issuer: Issuer;
  certificateNo: string;
  closedAt: Date;
  customerName: string;
  customerType: CustomerType;
  accountNo: string;
  address: string;
  /** The public verification page for this certificate; the QR code encodes exactly this. */
  verificationUrl: string;
  /** SHA-256 (hex) of the archive bundle the certificate closes, so the paper points at its file. */
  archiveSha256: string;
  /** Set when closure went ahead under a signed repayment agreement. */
  repaymentAgreementNo?: string;
}

const QR_SIZE = 96;
const SEAL_RADIUS = 56;

/** R-15 燃气用户销户证明, with the company seal and a QR code anyone can scan to verify it. */
export function closureCertificate(data: ClosureCertificateData): Promise<Buffer> {
  const closedOn = toShanghaiDate(data.closedAt);
  const paper = new Paper({
    companyName: data.issuer.companyName,
    title: '燃气用户销户证明',
    docNo: data.certificateNo,
    footer: { outlet: data.issuer.outlet, date: closedOn },
  });
  const { doc } = paper;
  fields(paper, [
    { label: '证明编号', value: data.certificateNo },
    { label: '销户时间', value: formatShanghaiDateTime(data.closedAt) },
    { label: '用户名称', value: data.customerName },
    { label: '用户类型', value: `${CUSTOMER_TYPE_LABELS[data.customerType].zh}用户` },
    { label: '燃气户号', value: data.accountNo },
    { label: '办理网点', value: data.issuer.outlet.name },
    { label: '用气地址', value: data.address, wide: true },
  ]);
  paper.space(6);
  paper.paragraph(statement(data));
  paper.paragraph('特此证明。');
  // The seal's upper arc reaches above the signature line; keep it clear of the statement.
  paper.space(24);
  const signature = paper.signatureArea({ org: data.issuer.companyName, date: closedOn });
  const qrTop = signature.top - 12;
  drawQrCode(doc, data.verificationUrl, { x: paper.left, y: qrTop, size: QR_SIZE });
  doc.font(FONT.regular).fontSize(8.5).fillColor(COLORS.muted);
  doc.text('扫码核验本证明真伪', paper.left, qrTop + QR_SIZE + 4, { width: QR_SIZE, align: 'center' });
  drawSeal(doc, {
    cx: signature.centerX,
    cy: signature.top + 10,
    radius: SEAL_RADIUS,
    companyName: data.issuer.companyName,
    purpose: '销户专用章',
  });

  doc.y = Math.max(doc.y, qrTop + QR_SIZE + 24);
  paper.paragraph(`核验地址：${data.verificationUrl}`, { indent: false, size: 9, color: COLORS.muted });
  paper.paragraph(`档案摘要 (SHA-256): ${data.archiveSha256.slice(0, 16)}…`, {
    indent: false,
    size: 9,
    color: COLORS.muted,
  });
  paper.paragraph('本证明涂改无效；真伪以核验页面显示的信息为准。', {
    indent: false,
    size: 9,
    color: COLORS.muted,
  });
  return paper.finish();
}

/** each customer type has its own certificate wording. */
function statement(data: ClosureCertificateData): string {
  const type = CUSTOMER_TYPE_LABELS[data.customerType].zh;
  const who = `${data.customerName}（${type}用户，燃气户号 ${data.accountNo}）`;
  const when = formatShanghaiDateTime(data.closedAt);
  const fees = data.repaymentAgreementNo
    ? `剩余欠费按《欠费补缴协议》（编号 ${data.repaymentAgreementNo}）约定分期缴纳，用户仍应按期履行`
    : '各项燃气费用已结清';
  if (data.customerType === 'residential') {
    return `兹证明 ${who}已于 ${when} 在我司${data.issuer.outlet.name}办理完毕燃气销户手续。该户燃气表及连接管道已拆除，户内管道已封堵，燃气供应已终止，${fees}。`;
  }
  return `兹证明 ${who}已于 ${when} 在我司${data.issuer.outlet.name}办理完毕燃气销户手续。该单位用气设施已拆除，用户端管道已按国家标准封堵，燃气供应已终止，${fees}；双方供用气合同自销户之日起终止。`;
}
