import { type ClosureCertificateData, closureCertificate } from '../pdf/closure-certificate.js';
import { type ClosureNoticeData, closureNotice } from '../pdf/closure-notice.js';
import { type OneTimeNoticeData, oneTimeNotice } from '../pdf/one-time-notice.js';
import { type RectificationOrderData, rectificationOrder } from '../pdf/rectification-order.js';
import { type RejectionNoticeData, rejectionNotice } from '../pdf/rejection-notice.js';
import { type SealingRecordData, sealingRecord } from '../pdf/sealing-record.js';
import { type SettlementCertificateData, settlementCertificate } from '../pdf/settlement-certificate.js';

/** Each paper the process issues, its number prefix, Chinese name and the data it is drawn from. */
export interface PaperData {
  one_time_notice: OneTimeNoticeData;
  rectification_order: RectificationOrderData;
  settlement_certificate: SettlementCertificateData;
  closure_notice: ClosureNoticeData;
  rejection_notice: RejectionNoticeData;
  sealing_record: SealingRecordData;
  closure_certificate: ClosureCertificateData;
}
export type PaperKind = keyof PaperData;

type PaperSpec<D> = {
  prefix: string;
  zh: string;
  render: (d: D) => Promise<Buffer>;
  numberOf: (d: D) => string;
};

export const PAPERS: { [K in PaperKind]: PaperSpec<PaperData[K]> } = {
  one_time_notice: { prefix: 'GZ', zh: '一次性告知书', render: oneTimeNotice, numberOf: (d) => d.noticeNo },
  rectification_order: {
    prefix: 'ZG',
    zh: '安全隐患整改通知书',
    render: rectificationOrder,
    numberOf: (d) => d.orderNo,
  },
  settlement_certificate: {
    prefix: 'JQ',
    zh: '费用结清证明',
    render: settlementCertificate,
    numberOf: (d) => d.certificateNo,
  },
  closure_notice: { prefix: 'XT', zh: '销户通知书', render: closureNotice, numberOf: (d) => d.noticeNo },
  rejection_notice: {
    prefix: 'BY',
    zh: '不予销户通知书',
    render: rejectionNotice,
    numberOf: (d) => d.noticeNo,
  },
  sealing_record: {
    prefix: 'FD',
    zh: '燃气管道封堵记录',
    render: sealingRecord,
    numberOf: (d) => d.recordNo,
  },
  closure_certificate: {
    prefix: 'XZ',
    zh: '燃气用户销户证明',
    render: closureCertificate,
    numberOf: (d) => d.certificateNo,
  },
};

export function paperNumber(kind: PaperKind, year: string, seq: number): string {
  return `${PAPERS[kind].prefix}${year}${String(seq).padStart(6, '0')}`;
}
