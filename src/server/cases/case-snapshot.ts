import { type MaterialKind, requiredMaterials } from '../../domain/closure/materials.js';
import type { CaseSnapshot, MaterialStatus } from '../../domain/closure/snapshot.js';
import type {
  CaseState,
  CsState,
  FinanceState,
  PlanState,
  SafetyState,
} from '../../domain/closure/states.js';
import type { CustomerType } from '../../domain/customers/customer-types.js';
import type { CaseRow, DocumentRow, MaterialRow } from './cases.repository.js';

export interface NoticeRecord {
  items: unknown;
  issuedAt: Date;
}

/** The rule-relevant facts of a case, from its rows (what `decide` and `availableActions` look at). */
export function buildSnapshot(
  c: CaseRow,
  materials: MaterialRow[],
  notices: NoticeRecord[],
  documents: Pick<DocumentRow, 'materialKind' | 'createdAt'>[],
  after: { archived: boolean; followedUp: boolean } = { archived: false, followedUp: false },
): CaseSnapshot {
  const lastNotice = notices.at(-1)?.issuedAt ?? null;
  const noticed = new Set<MaterialKind>();
  for (const n of notices)
    for (const item of n.items as Array<{ kind: MaterialKind }>) noticed.add(item.kind);
  const uploadedSince = new Set(
    documents
      .filter((d) => d.materialKind && lastNotice && d.createdAt > lastNotice)
      .map((d) => d.materialKind as MaterialKind),
  );
  return {
    state: c.state as CaseState,
    suspendedFrom: (c.suspendedFrom as CaseState | null) ?? null,
    customerType: c.customerType as CustomerType,
    tracks: {
      cs: c.csState as CsState,
      safety: c.safetyState as SafetyState,
      finance: c.financeState as FinanceState,
    },
    materials: materials.map((m) => ({
      kind: m.kind as MaterialKind,
      required: m.required,
      supplied: m.supplied,
      status: m.status as MaterialStatus,
      rejectionReason: m.rejectionReason,
      newUploadSinceNotice: uploadedSince.has(m.kind as MaterialKind),
    })),
    previouslyNoticed: [...noticed],
    noticeCount: c.noticeCount,
    plan: c.planState as PlanState,
    outstandingFen: c.outstandingFen,
    archived: after.archived,
    followedUp: after.followedUp,
  };
}

/** The checklist rows a new case starts with, with what the clerk saw at the counter. */
export function initialMaterials(
  caseId: string,
  type: CustomerType,
  viaAgent: boolean,
  checks: Array<{ kind: MaterialKind; supplied: boolean; originalSighted: boolean }> = [],
) {
  const byKind = new Map(checks.map((c) => [c.kind, c]));
  return requiredMaterials(type, viaAgent).map((m) => ({
    caseId,
    kind: m.kind,
    required: m.required,
    supplied: byKind.get(m.kind)?.supplied ?? false,
    originalSighted: byKind.get(m.kind)?.originalSighted ?? false,
    status: 'pending',
    rejectionReason: null,
  }));
}
