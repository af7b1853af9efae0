import { toShanghaiDate } from '../../domain/calendar/local-date.js';
import type { CertificateCheck } from '../../domain/contracts/archive.js';
import { maskName } from '../../domain/identity/mask.js';
import { findCertificate } from '../cases/after-closure.repository.js';
import type { Database } from '../db/database.js';
import { sha256 } from '../files/sha256.js';
import { companyName } from '../users/users.repository.js';

/**
 * X4: anyone can check a closure certificate. The page shows only the minimum (number, date, masked
 * name, account) and says plainly when the number is unknown or the paper does not match the file.
 */
export async function checkCertificate(
  db: Database,
  certificateNo: string,
  evidence: { bundlePrefix?: string; pdf?: Buffer },
): Promise<CertificateCheck> {
  const company = await companyName(db);
  const cert = await findCertificate(db, certificateNo.trim().toUpperCase());
  if (!cert) {
    return {
      status: 'unknown',
      message: `查无此证明编号：${certificateNo}。该证明不是本公司出具的，或编号有误，请向营业网点核实。`,
      certificateNo,
      closedOn: null,
      customerName: null,
      accountNo: null,
      outlet: null,
      companyName: company,
    };
  }
  const altered =
    (evidence.bundlePrefix !== undefined &&
      !cert.bundleSha256.startsWith(evidence.bundlePrefix.toLowerCase())) ||
    (evidence.pdf !== undefined && sha256(evidence.pdf) !== cert.pdfSha256);
  return {
    status: altered ? 'altered' : 'genuine',
    message: altered
      ? '证明编号存在，但所持证明与本公司存档不一致，可能已被篡改。请以下方存档信息为准，并向营业网点核实。'
      : '该销户证明真实有效，与本公司存档一致。',
    certificateNo: cert.certificateNo,
    closedOn: toShanghaiDate(cert.closedAt),
    customerName: maskName(cert.customerName),
    accountNo: cert.accountNo,
    outlet: cert.outletName,
    companyName: company,
  };
}
