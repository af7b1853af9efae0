import type {
  ComplaintReceipt,
  FileComplaintBody,
  PublicComplaintStatus,
} from '../../domain/contracts/complaints.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import { accessCodeMatches, DECOY_HASH } from './access-code.js';
import { fileComplaint } from './complaint-filing.js';
import { toPublicStatus } from './complaint-view.js';
import { findComplaint } from './complaints.repository.js';
import { spendPublicQuota } from './public-quota.js';

/** Anyone may file: no login, limited per network address. */
export async function filePublicComplaint(
  db: Database,
  ip: string,
  body: FileComplaintBody,
): Promise<ComplaintReceipt> {
  await spendPublicQuota(db, 'file', ip);
  return fileComplaint(db, null, body, 'web');
}

/**
 * Progress and answer for whoever holds the tracking number and its code. An unknown number and a
 * wrong code get the same answer, so the endpoint does not reveal which numbers exist.
 */
export async function publicComplaintStatus(
  db: Database,
  ip: string,
  trackingNo: string,
  code: string,
): Promise<PublicComplaintStatus> {
  await spendPublicQuota(db, 'lookup', ip);
  const complaint = await findComplaint(db, trackingNo.trim().toUpperCase());
  const matches = accessCodeMatches(complaint?.accessCodeHash ?? DECOY_HASH, code);
  if (!complaint || !matches) throw new AppError('NOT_FOUND', '投诉编号或查询码不正确，请核对后重试');
  return toPublicStatus(complaint);
}
