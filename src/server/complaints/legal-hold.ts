import type { Database } from '../db/database.js';
import { unansweredComplaintTouchesCase } from './complaints.repository.js';

/**
 * Whether a case's records must be kept whatever their retention says: an unanswered complaint is
 * linked to the case or names its case number or account, and the records are its evidence.
 * The archive asks this before disposing of anything.
 */
export function hasLegalHold(db: Database, caseId: string): Promise<boolean> {
  return unansweredComplaintTouchesCase(db, caseId);
}
