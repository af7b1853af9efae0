import { type ApplicationFormData, applicationForm } from './application-form.js';
import { type ClosureCertificateData, closureCertificate } from './closure-certificate.js';
import { type ClosureNoticeData, closureNotice } from './closure-notice.js';
import { type OneTimeNoticeData, oneTimeNotice } from './one-time-notice.js';
import { type RectificationOrderData, rectificationOrder } from './rectification-order.js';
import { type RejectionNoticeData, rejectionNotice } from './rejection-notice.js';
import { type SealingRecordData, sealingRecord } from './sealing-record.js';
import { type SettlementCertificateData, settlementCertificate } from './settlement-certificate.js';

export type { ApplicationFormData } from './application-form.js';
export type { ClosureCertificateData } from './closure-certificate.js';
export type { ClosureNoticeData } from './closure-notice.js';
export type { NoticeMaterialItem, OneTimeNoticeData } from './one-time-notice.js';
export type { Contact, Issuer, Outlet } from './paper.js';
export type { RectificationOrderData } from './rectification-order.js';
export type { RejectionNoticeData, RejectionReason } from './rejection-notice.js';
export type { PressureTest, SealingMethod, SealingRecordData } from './sealing-record.js';
export type { CoveringAgreement, SettlementCertificateData } from './settlement-certificate.js';
export {
  applicationForm,
  closureCertificate,
  closureNotice,
  oneTimeNotice,
  rectificationOrder,
  rejectionNotice,
  sealingRecord,
  settlementCertificate,
};

/** Paper kinds, named as case `documents` name them (SPEC §7). */
export interface PaperData {
  application_form: ApplicationFormData;
  one_time_notice: OneTimeNoticeData;
  rectification_order: RectificationOrderData;
  settlement_certificate: SettlementCertificateData;
  closure_notice: ClosureNoticeData;
  rejection_notice: RejectionNoticeData;
  sealing_record: SealingRecordData;
  closure_certificate: ClosureCertificateData;
}

export type PaperKind = keyof PaperData;

const RENDERERS: { [K in PaperKind]: (data: PaperData[K]) => Promise<Buffer> } = {
  application_form: applicationForm,
  one_time_notice: oneTimeNotice,
  rectification_order: rectificationOrder,
  settlement_certificate: settlementCertificate,
  closure_notice: closureNotice,
  rejection_notice: rejectionNotice,
  sealing_record: sealingRecord,
  closure_certificate: closureCertificate,
};

/** One entry point for callers that store the kind next to the document (the case's documents list). */
export function generatePaper<K extends PaperKind>(kind: K, data: PaperData[K]): Promise<Buffer> {
  const render: (data: PaperData[K]) => Promise<Buffer> = RENDERERS[kind];
  return render(data);
}
