import type { CustomerType } from '../customers/customer-types.js';
import type { MaterialKind } from './materials.js';
import type { CaseState, PlanState, Tracks } from './states.js';

export type MaterialStatus = 'pending' | 'accepted' | 'rejected';

export interface MaterialSnapshot {
  kind: MaterialKind;
  required: boolean;
  supplied: boolean;
  status: MaterialStatus;
  /** Why the last review or upload check rejected it, if it did. */
  rejectionReason: string | null;
  /** A scan of it was uploaded after the last one-time notice (X2: it may be rejected in the next notice). */
  newUploadSinceNotice: boolean;
}

/** Everything the process rules look at: what the server loads before deciding an action. */
export interface CaseSnapshot {
  state: CaseState;
  suspendedFrom: CaseState | null;
  customerType: CustomerType;
  tracks: Tracks;
  materials: MaterialSnapshot[];
  /** Items named in earlier one-time notices (X2: a later notice may only name these or newly rejected ones). */
  previouslyNoticed: MaterialKind[];
  noticeCount: number;
  plan: PlanState;
  /** Outstanding fees on the account right now, in fen; null when not yet read. */
  outstandingFen: number | null;
  /** After closure: the bundle is filed / the follow-up visit is recorded. */
  archived: boolean;
  followedUp: boolean;
}
