import type { DeadlineKind } from '../../../domain/closure/deadline-kinds';
import { DEADLINE_RULES } from '../../../domain/closure/deadline-kinds';
import { MATERIAL_LABELS, type MaterialKind } from '../../../domain/closure/materials';
import { CASE_STATE_LABELS, type CaseState, TRACK_STATE_LABELS } from '../../../domain/closure/states';
import { TRANSITIONS } from '../../../domain/closure/transitions';
import type { CaseView } from '../../../domain/contracts/cases';
import type { Lang } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';

export type DeadlineStatus = CaseView['deadlines'][number]['status'];
export type TrackName = 'cs' | 'safety' | 'finance';

export const casePath = (caseNo: string) => `/cases/${encodeURIComponent(caseNo)}`;
export const NEW_CASE_PATH = '/cases/new';

/** Tag colours of a case's state: moving (blue), waiting on the customer (orange), done (green/grey), stopped (red). */
export const CASE_STATE_COLORS: Record<CaseState, string> = {
  submitted: 'processing',
  awaiting_materials: 'warning',
  under_review: 'processing',
  approved: 'success',
  removal: 'cyan',
  sealing: 'cyan',
  awaiting_final: 'cyan',
  closed: 'default',
  rejected: 'error',
  withdrawn: 'default',
  suspended: 'magenta',
};

export function caseStateLabel(state: string, lang: Lang): string {
  return CASE_STATE_LABELS[state as CaseState]?.[lang] ?? state;
}

/** A track state's colour: not started grey, in progress blue, a problem orange/red, finished green. */
const TRACK_STATE_COLORS: Record<string, string> = {
  pending: 'default',
  intent_confirmed: 'success',
  scheduled: 'processing',
  passed: 'success',
  hazard: 'error',
  rectifying: 'warning',
  arrears: 'error',
  settled: 'processing',
  certificate_issued: 'success',
};

export function trackStateColor(state: string): string {
  return TRACK_STATE_COLORS[state] ?? 'default';
}

export function trackStateLabel(state: string, lang: Lang): string {
  return TRACK_STATE_LABELS[state]?.[lang] ?? state;
}

export const TRACK_NAMES: Record<TrackName, MessageKey> = {
  cs: 'case.track.cs',
  safety: 'case.track.safety',
  finance: 'case.track.finance',
};

export const TRACK_SHORT_NAMES: Record<TrackName, MessageKey> = {
  cs: 'case.track.cs.short',
  safety: 'case.track.safety.short',
  finance: 'case.track.finance.short',
};

export const DEADLINE_STATUS_COLORS: Record<DeadlineStatus, string> = {
  open: 'processing',
  met: 'success',
  missed: 'error',
  paused: 'default',
};

export function deadlineLabel(kind: string, lang: Lang): string {
  return DEADLINE_RULES[kind as DeadlineKind]?.[lang] ?? kind;
}

export function materialLabel(kind: string, lang: Lang): string {
  return MATERIAL_LABELS[kind as MaterialKind]?.[lang] ?? kind;
}

/** An action's name as the transition table words it; the server sends the same words with each available action. */
export function actionLabel(action: string, lang: Lang): string {
  return (TRANSITIONS as Record<string, { zh: string; en: string }>)[action]?.[lang] ?? action;
}

/** Generated papers and uploads, as their `kind` names them. */
export const DOCUMENT_KIND_LABELS: Record<string, MessageKey> = {
  one_time_notice: 'case.doc.one_time_notice',
  rectification_order: 'case.doc.rectification_order',
  settlement_certificate: 'case.doc.settlement_certificate',
  closure_notice: 'case.doc.closure_notice',
  rejection_notice: 'case.doc.rejection_notice',
  sealing_record: 'case.doc.sealing_record',
  closure_certificate: 'case.doc.closure_certificate',
  material: 'case.doc.material',
  inspection_photo: 'case.doc.inspection_photo',
  other: 'case.doc.other',
};

/** Kinds the server generates (PDF papers), as opposed to what staff upload. */
export const UPLOAD_KINDS = new Set(['material', 'inspection_photo', 'other']);

export const CHANNEL_LABELS: Record<CaseView['channel'], MessageKey> = {
  counter: 'case.channel.counter',
  mail: 'case.channel.mail',
  online: 'case.channel.online',
};

export const CONTACT_METHODS = ['phone', 'sms', 'visit', 'counter'] as const;
export const CONTACT_METHOD_LABELS: Record<string, MessageKey> = {
  phone: 'case.contact.phone',
  sms: 'case.contact.sms',
  visit: 'case.contact.visit',
  counter: 'case.contact.counter',
};

export const INSPECTION_FACILITIES = ['pipe', 'valve', 'meter', 'connector', 'other'] as const;
export type InspectionFacility = (typeof INSPECTION_FACILITIES)[number];

export const CONDITIONS = ['ok', 'leak', 'damaged', 'missing'] as const;
export type Condition = (typeof CONDITIONS)[number];
export const CONDITION_LABELS: Record<string, MessageKey> = {
  ok: 'case.condition.ok',
  leak: 'case.condition.leak',
  damaged: 'case.condition.damaged',
  missing: 'case.condition.missing',
};

export const GUARANTEE_TYPES = ['bank_guarantee', 'mortgage', 'other_asset'] as const;
export const GUARANTEE_LABELS: Record<string, MessageKey> = {
  bank_guarantee: 'case.guarantee.bank_guarantee',
  mortgage: 'case.guarantee.mortgage',
  other_asset: 'case.guarantee.other_asset',
};

export const PLAN_STATUS_LABELS: Record<string, MessageKey> = {
  none: 'case.plan.none',
  pending: 'case.plan.pending',
  approved: 'case.plan.approved',
  rejected: 'case.plan.rejected',
  signed: 'case.plan.signed',
};
export const PLAN_STATUS_COLORS: Record<string, string> = {
  none: 'default',
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
  signed: 'success',
};

export const DISPUTE_SUBJECTS = ['fees', 'service_quality', 'other'] as const;
export const DISPUTE_SUBJECT_LABELS: Record<string, MessageKey> = {
  fees: 'case.dispute.subject.fees',
  service_quality: 'case.dispute.subject.service_quality',
  other: 'case.dispute.subject.other',
};

export const MATERIAL_STATUS_LABELS: Record<string, MessageKey> = {
  pending: 'case.material.status.pending',
  accepted: 'case.material.status.accepted',
  rejected: 'case.material.status.rejected',
};
export const MATERIAL_STATUS_COLORS: Record<string, string> = {
  pending: 'default',
  accepted: 'success',
  rejected: 'error',
};

/** Readiness lines the UI can name in the user's language; the server words them in Chinese. */
export const READINESS_LABELS: Record<string, MessageKey> = {
  materials: 'case.readiness.materials',
  intent: 'case.readiness.intent',
  safety: 'case.readiness.safety',
  fees: 'case.readiness.fees',
  dispute: 'case.readiness.dispute',
};

/** Refusal codes of an action, named for the alert's heading. */
export const REFUSAL_LABELS: Record<string, MessageKey> = {
  MATERIALS_INCOMPLETE: 'case.refusal.MATERIALS_INCOMPLETE',
  HAZARD_UNRESOLVED: 'case.refusal.HAZARD_UNRESOLVED',
  ARREARS_OUTSTANDING: 'case.refusal.ARREARS_OUTSTANDING',
  DISPUTE_OPEN: 'case.refusal.DISPUTE_OPEN',
  ONE_TIME_NOTICE_VIOLATION: 'case.refusal.ONE_TIME_NOTICE_VIOLATION',
  ACTION_NOT_ALLOWED: 'case.refusal.ACTION_NOT_ALLOWED',
  FORBIDDEN: 'case.refusal.FORBIDDEN',
  PRESSURE_TEST_REQUIRED: 'case.refusal.PRESSURE_TEST_REQUIRED',
  PRESSURE_TEST_FAILED: 'case.refusal.PRESSURE_TEST_FAILED',
};

/** The implementation stage (R-12…R-15) and what follows closure (R-16…R-18). */
export const REMOVAL_MODES = ['self', 'company'] as const;
export const REMOVAL_MODE_LABELS: Record<string, MessageKey> = {
  self: 'impl.removal.mode.self',
  company: 'impl.removal.mode.company',
};
export const REMOVED_BY_LABELS: Record<string, MessageKey> = {
  customer: 'impl.removal.by.customer',
  company: 'impl.removal.by.company',
};

export const SEALING_METHODS = ['plug', 'cap', 'blind_flange'] as const;
export const SEALING_METHOD_LABELS: Record<string, MessageKey> = {
  plug: 'impl.sealing.method.plug',
  cap: 'impl.sealing.method.cap',
  blind_flange: 'impl.sealing.method.blind_flange',
};
export const TEST_MEDIA = ['air', 'nitrogen', 'water'] as const;
export const TEST_MEDIUM_LABELS: Record<string, MessageKey> = {
  air: 'impl.test.medium.air',
  nitrogen: 'impl.test.medium.nitrogen',
  water: 'impl.test.medium.water',
};

export const COLLECTED_PAPERS = ['gas_use_certificate', 'ic_card', 'payment_book', 'other'] as const;
export const COLLECTED_LABELS: Record<string, MessageKey> = {
  gas_use_certificate: 'impl.finalize.collected.gas_use_certificate',
  ic_card: 'impl.finalize.collected.ic_card',
  payment_book: 'impl.finalize.collected.payment_book',
  other: 'impl.finalize.collected.other',
};

export const FOLLOW_UP_METHODS = ['phone', 'questionnaire'] as const;
export const FOLLOW_UP_METHOD_LABELS: Record<string, MessageKey> = {
  phone: 'impl.followUp.method.phone',
  questionnaire: 'impl.followUp.method.questionnaire',
};

/** 好差评, best last: 1 非常不满意 … 5 非常满意; the first two are a bad rating. */
export const RATING_LABELS: Record<number, MessageKey> = {
  1: 'impl.rating.1',
  2: 'impl.rating.2',
  3: 'impl.rating.3',
  4: 'impl.rating.4',
  5: 'impl.rating.5',
};
export const RATING_COLORS: Record<number, string> = {
  1: 'error',
  2: 'warning',
  3: 'default',
  4: 'processing',
  5: 'success',
};

/** Departments a follow-up problem (or an audit finding) is forwarded to. */
export const DEPARTMENTS = ['clerk', 'cs', 'inspector', 'finance', 'manager'] as const;
export const DEPARTMENT_LABELS: Record<string, MessageKey> = {
  clerk: 'dept.clerk',
  cs: 'dept.cs',
  inspector: 'dept.inspector',
  finance: 'dept.finance',
  manager: 'dept.manager',
  supervisor: 'dept.supervisor',
  admin: 'dept.admin',
};
