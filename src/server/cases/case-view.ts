import type { LocalDate } from '../../domain/calendar/local-date.js';
import { shanghaiToday, toShanghaiDate } from '../../domain/calendar/local-date.js';
import type { DeadlineKind } from '../../domain/closure/deadline-kinds.js';
import { deadlineStatus } from '../../domain/closure/deadlines.js';
import { availableActions } from '../../domain/closure/decide.js';
import { MATERIAL_LABELS, type MaterialKind } from '../../domain/closure/materials.js';
import { readiness } from '../../domain/closure/readiness.js';
import { CONTACT_METHOD_ZH, DISPUTE_SUBJECT_ZH } from '../../domain/closure/record-labels.js';
import type {
  CaseState,
  CsState,
  FinanceState,
  PlanState,
  SafetyState,
} from '../../domain/closure/states.js';
import type { CaseView } from '../../domain/contracts/cases.js';
import type { CustomerType } from '../../domain/customers/customer-types.js';
import { formatYuan } from '../../domain/money.js';
import type { Actor } from '../access/gate.js';
import type { AppContext } from '../app-context.js';
import { visiblePhone } from '../customers/customer-view.js';
import type { Database } from '../db/database.js';
import {
  archiveOfCase,
  certificateOfCase,
  followUpOf,
  removalOf,
  sealingOf,
} from './after-closure.repository.js';
import { toDeadline } from './case-deadlines.js';
import { toDocumentView } from './case-documents.js';
import type { StoredPerson } from './case-loading.js';
import { buildSnapshot } from './case-snapshot.js';
import {
  type CaseWithAccount,
  contactsOf,
  currentPlan,
  deadlinesOf,
  documentsOf,
  eventsOf,
  feeChecksOf,
  inspectionsOf,
  materialsOf,
  noticesOf,
  openDispute,
} from './cases.repository.js';
import { verificationUrl } from './verification-url.js';

function person(app: AppContext, actor: Actor, p: StoredPerson | null) {
  if (!p) return null;
  return {
    name: p.name,
    idType: p.idType,
    idNumber: p.idNumberMasked,
    phone: visiblePhone(actor, app.identity, p),
  };
}

/** Everything the case page shows, for this user: records, deadlines, what they may do now and why not. */
export async function caseView(
  app: AppContext,
  db: Database,
  actor: Actor,
  kase: CaseWithAccount,
): Promise<CaseView> {
  const id = kase.c.id;
  const [materials, notices, documents, deadlines, events, contacts, inspections, feeChecks, plan, dispute] =
    await Promise.all([
      materialsOf(db, [id]),
      noticesOf(db, id),
      documentsOf(db, id),
      deadlinesOf(db, [id]),
      eventsOf(db, id),
      contactsOf(db, id),
      inspectionsOf(db, id),
      feeChecksOf(db, id),
      currentPlan(db, id),
      openDispute(db, id),
    ]);
  const [removal, sealing, certificate, archived, followUp] = await Promise.all([
    removalOf(db, id),
    sealingOf(db, id),
    certificateOfCase(db, id),
    archiveOfCase(db, id),
    followUpOf(db, id),
  ]);
  const today = shanghaiToday();
  const snapshot = buildSnapshot(kase.c, materials, notices, documents, {
    archived: archived !== null,
    followedUp: followUp !== null,
  });
  const settlement = documents.filter((d) => d.kind === 'settlement_certificate').at(-1);
  const intent = contacts.filter((c) => c.confirmed).at(-1);
  const lastInspection = inspections.filter((i) => i.performedOn).at(-1);
  const c = kase.c;
  return {
    caseNo: c.caseNo,
    state: c.state as CaseState,
    suspendedFrom: (c.suspendedFrom as CaseState | null) ?? null,
    version: c.version,
    channel: c.channel as CaseView['channel'],
    receivedAt: c.receivedOn,
    reason: c.reason,
    createdAt: c.createdAt.toISOString(),
    customer: {
      accountNo: kase.account.accountNo,
      name: kase.account.name,
      type: kase.account.type as CustomerType,
      address: kase.account.address,
      idNumber: kase.account.idNumberMasked,
      phone: visiblePhone(actor, app.identity, kase.account),
      status: kase.account.status,
      outlet: { code: kase.outletCode, name: kase.outletName },
    },
    applicant: person(app, actor, c.applicant as StoredPerson) ?? {
      name: '',
      idType: 'other',
      idNumber: '',
      phone: '',
    },
    agent: person(app, actor, c.agent as StoredPerson | null),
    tracks: {
      cs: {
        state: c.csState as CsState,
        contacts: contacts.map((x) => ({
          method: x.method,
          contactedAt: x.contactedAt.toISOString(),
          confirmed: x.confirmed,
          note: x.note,
          by: x.byUsername,
        })),
      },
      safety: {
        state: c.safetyState as SafetyState,
        inspections: inspections.map((i) => ({
          round: i.round,
          scheduledFor: i.scheduledFor,
          inspector: i.inspector,
          performedOn: i.performedOn,
          result: (i.result as 'pass' | 'hazard' | null) ?? null,
          items: (i.items as Array<{ facility: string; condition: string; note: string }> | null) ?? [],
          hazards: (i.hazards as Array<{ description: string; facility?: string }> | null) ?? [],
          photoIds: (i.photoIds as string[] | null) ?? [],
          rectificationDue: i.rectificationDue,
          rectificationOrderNo: i.rectificationOrderNo,
          rectifiedAt: i.rectifiedAt?.toISOString() ?? null,
          rectificationNote: i.rectificationNote,
        })),
      },
      finance: {
        state: c.financeState as FinanceState,
        outstanding: c.outstandingFen === null ? null : formatYuan(c.outstandingFen),
        checks: feeChecks.map((f) => ({
          checkedAt: f.checkedAt.toISOString(),
          by: f.byUsername,
          outstanding: formatYuan(f.outstandingFen),
          byKind: f.byKind as Record<string, string>,
        })),
        plan: plan
          ? {
              status: plan.status as PlanState,
              reason: plan.reason,
              total: formatYuan(plan.totalFen),
              installments: plan.installments as Array<{ dueDate: string; amount: string }>,
              guarantee: plan.guarantee as { type: string; description: string; value: string },
              proposedBy: plan.proposedBy,
              decidedBy: plan.decidedBy,
              decisionNote: plan.decisionNote,
              agreementNo: plan.agreementNo,
              signedOn: plan.signedOn,
              finalDueDate: plan.finalDueDate,
              defaultLiability: plan.defaultLiability,
            }
          : null,
        settlementCertificateNo: settlement?.paperNo ?? null,
      },
    },
    materials: materials
      .map((m) => ({
        kind: m.kind as MaterialKind,
        zh: MATERIAL_LABELS[m.kind as MaterialKind].zh,
        required: m.required,
        supplied: m.supplied,
        originalSighted: m.originalSighted,
        status: m.status as 'pending' | 'accepted' | 'rejected',
        rejectionReason: m.rejectionReason,
        documentIds: documents.filter((d) => d.materialKind === m.kind).map((d) => d.id),
      }))
      .sort(
        (a, b) => Object.keys(MATERIAL_LABELS).indexOf(a.kind) - Object.keys(MATERIAL_LABELS).indexOf(b.kind),
      ),
    notices: notices.map((n) => ({
      seq: n.seq,
      issuedOn: n.issuedOn,
      items: n.items as Array<{ kind: string; reason: string }>,
    })),
    dispute: dispute
      ? {
          subject: dispute.subject,
          description: dispute.description,
          suspendedFrom: dispute.suspendedFrom,
          openedBy: dispute.openedBy,
          openedAt: dispute.openedAt.toISOString(),
        }
      : null,
    rejectionReasons: (c.rejectionReasons as Array<{ reason: string; remedy: string }> | null) ?? null,
    deadlines: deadlines.map((r) => {
      const d = toDeadline(r);
      return {
        kind: r.kind as DeadlineKind,
        startDate: r.startDate,
        dueDate: r.dueDate,
        metAt: r.metOn,
        status: deadlineStatus(d, today as LocalDate),
      };
    }),
    availableActions: availableActions(snapshot, actor.role),
    readiness: readiness(snapshot, {
      materialsAcceptedOn: c.acceptedOn,
      intent: intent
        ? {
            at: toShanghaiDate(intent.contactedAt),
            method: CONTACT_METHOD_ZH[intent.method] ?? intent.method,
            by: intent.byUsername,
          }
        : null,
      lastInspection: lastInspection?.performedOn
        ? {
            on: lastInspection.performedOn,
            by: lastInspection.inspector,
            result: lastInspection.result as 'pass' | 'hazard',
            round: lastInspection.round,
          }
        : null,
      settlementCertificateNo: settlement?.paperNo ?? null,
      agreementNo: plan?.status === 'signed' ? plan.agreementNo : null,
      dispute: dispute
        ? {
            since: toShanghaiDate(dispute.openedAt),
            subject: DISPUTE_SUBJECT_ZH[dispute.subject] ?? dispute.subject,
          }
        : null,
    }),
    implementation: {
      removal: removal
        ? {
            mode: removal.mode as 'self' | 'company',
            fee: removal.feeFen === null ? null : formatYuan(removal.feeFen),
            removedItems:
              (removal.removedItems as Array<{ facility: string; serialNo: string }> | null) ?? [],
            removedAt: removal.removedAt?.toISOString() ?? null,
            removedBy: removal.removedBy,
          }
        : null,
      sealing: sealing
        ? {
            sealedAt: sealing.sealedAt.toISOString(),
            method: sealing.method,
            permanent: sealing.permanent,
            materialStandard: sealing.materialStandard,
            pressureTest:
              (sealing.pressureTest as NonNullable<CaseView['implementation']['sealing']>['pressureTest']) ??
              null,
            inspector: sealing.inspector,
            recordNo: sealing.recordNo,
          }
        : null,
      certificate: certificate
        ? {
            certificateNo: certificate.certificateNo,
            closedAt: certificate.closedAt.toISOString(),
            verificationUrl: verificationUrl(app, certificate.certificateNo, certificate.bundleSha256),
          }
        : null,
      archive: archived
        ? {
            archiveNo: archived.archiveNo,
            category: archived.category,
            location: archived.location,
            retainUntil: archived.retainUntil,
            archivedAt: archived.archivedAt.toISOString(),
          }
        : null,
      followUp: followUp
        ? {
            method: followUp.method,
            rating: followUp.rating,
            satisfied: followUp.satisfied,
            issues: followUp.issues as Array<{ description: string; department: string }>,
            facilityDisposal: followUp.facilityDisposal,
            safetyIssue: followUp.safetyIssue,
            recordedAt: followUp.recordedAt.toISOString(),
            recordedBy: followUp.recordedBy,
          }
        : null,
    },
    documents: documents.map((d) => toDocumentView(c.caseNo, d)),
    timeline: events.map((e) => ({
      at: e.at.toISOString(),
      actor: e.actorUsername,
      role: e.actorRole,
      action: e.action,
      fromState: e.fromState,
      toState: e.toState,
      summary: e.summary,
    })),
  };
}
