import type { LocalDate } from '../../domain/calendar/local-date.js';
import {
  CHARGE_KIND_LABELS,
  CHARGE_KINDS,
  type ChargeKind,
  type LedgerSummary,
} from '../../domain/ledger/ledger.js';
import { type Fen, formatCny, sumFen } from '../../domain/money.js';
import { type Issuer, Paper } from './paper.js';
import { fields, table } from './table.js';

/** Present when the balance is not paid but covered by an approved plan with a signed agreement. */
export interface CoveringAgreement {
  agreementNo: string;
  finalDueDate: LocalDate;
  outstandingFen: Fen;
}

export interface SettlementCertificateData {
  issuer: Issuer;
  certificateNo: string;
  issuedOn: LocalDate;
  caseNo: string;
  accountNo: string;
  customerName: string;
  /** The ledger per fee kind, as `summariseLedger` gives it. */
  fees: LedgerSummary['byKind'];
  agreement?: CoveringAgreement;
}

/** R-10 费用结清证明: every fee settled as of the date, or the rest covered by a signed repayment agreement. */
export function settlementCertificate(data: SettlementCertificateData): Promise<Buffer> {
  const paper = new Paper({
    companyName: data.issuer.companyName,
    title: '费用结清证明',
    docNo: data.certificateNo,
    footer: { outlet: data.issuer.outlet, date: data.issuedOn },
  });
  fields(paper, [
    { label: '用户名称', value: data.customerName },
    { label: '燃气户号', value: data.accountNo },
    { label: '申请编号', value: data.caseNo },
    { label: '出具日期', value: data.issuedOn },
  ]);
  table(
    paper,
    [
      { header: '费用项目', weight: 1.2, align: 'center' },
      { header: '应缴金额', weight: 1, align: 'right' },
      { header: '已缴金额', weight: 1, align: 'right' },
      { header: '未缴金额', weight: 1, align: 'right' },
    ],
    feeRows(data.fees),
  );
  paper.paragraph('经核查该户账务记录：', { indent: false });
  if (data.agreement) {
    const a = data.agreement;
    paper.paragraph(
      `截至 ${data.issuedOn}，该户尚有未缴费用 ${formatCny(a.outstandingFen)}，已纳入经我司批准的欠费补缴计划，并签订《欠费补缴协议》（协议编号：${a.agreementNo}），约定最终还款期限为 ${a.finalDueDate}。除上述协议约定的款项外，该户燃气费、安装费、滞纳金、拆除费等各项费用均已结清。`,
    );
    paper.paragraph(
      '用户应按协议约定按期缴纳各期款项；逾期未缴的，按协议约定承担违约责任。本证明不免除协议项下的付款义务。',
    );
  } else {
    paper.paragraph(
      `截至 ${data.issuedOn}，该户燃气费、安装费、滞纳金、拆除费等各项费用均已全部结清，无欠费。`,
    );
  }
  paper.paragraph('特此证明。本证明仅用于办理该户燃气销户手续。');
  paper.signatureArea({ org: `${data.issuer.companyName}财务部`, date: data.issuedOn });
  return paper.finish();
}

function feeRows(fees: LedgerSummary['byKind']): string[][] {
  // The four fees the policy names always appear, so a zero reads as "checked and nothing owed".
  const kinds = CHARGE_KINDS.filter((kind) => kind !== 'other' || fees.other.charged !== 0);
  const total = (pick: (totals: LedgerSummary['byKind'][ChargeKind]) => Fen) =>
    formatCny(sumFen(kinds.map((kind) => pick(fees[kind]))));
  return [
    ...kinds.map((kind) => [
      CHARGE_KIND_LABELS[kind].zh,
      formatCny(fees[kind].charged),
      formatCny(fees[kind].paid),
      formatCny(fees[kind].outstanding),
    ]),
    ['合计', total((f) => f.charged), total((f) => f.paid), total((f) => f.outstanding)],
  ];
}
