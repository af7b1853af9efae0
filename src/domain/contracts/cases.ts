import { z } from 'zod';
import { DEADLINE_KINDS } from '../closure/deadline-kinds.js';
import { MATERIAL_KINDS } from '../closure/materials.js';
import { CASE_STATES, CS_STATES, FINANCE_STATES, PLAN_STATES, SAFETY_STATES } from '../closure/states.js';
import { CUSTOMER_TYPES } from '../customers/customer-types.js';
import { ID_TYPES } from '../identity/id-document.js';
import { BranchRef } from './auth.js';
import { Instant, LocalDateString, PageQuery, pageOf } from './common.js';
import { Yuan } from './customers.js';

const text = (max: number, required = '请填写') => z.string().trim().min(1, required).max(max);

export const Person = z.object({
  name: text(60, '请填写姓名'),
  idType: z.enum(ID_TYPES),
  idNumber: text(40, '请填写证件号码'),
  phone: text(20, '请填写联系电话'),
});

export const MaterialCheck = z.object({
  kind: z.enum(MATERIAL_KINDS),
  supplied: z.boolean(),
  originalSighted: z.boolean().default(false),
});

export const CreateCaseBody = z.object({
  accountNo: z.string().trim().min(1).max(20),
  channel: z.enum(['counter', 'mail', 'online']),
  receivedAt: LocalDateString.optional().describe('Mail: the day the application arrived'),
  applicant: Person,
  agent: Person.optional(),
  reason: text(500, '请填写销户原因'),
  materials: z.array(MaterialCheck).max(20).optional(),
});
export type CreateCaseBody = z.infer<typeof CreateCaseBody>;

/** Payload of each action (SPEC §4); the body is `{ expectedVersion, ...payload }`. */
export const ACTION_PAYLOADS = {
  'preliminary-review': z.object({
    result: z.enum(['accept', 'incomplete']),
    materials: z.array(MaterialCheck).max(20).optional(),
    missing: z
      .array(z.object({ kind: z.enum(MATERIAL_KINDS), reason: text(200, '请说明原因') }))
      .max(20)
      .optional(),
  }),
  'supplement-materials': z.object({
    supplied: z.array(z.enum(MATERIAL_KINDS)).min(1, '请选择补交的材料').max(20),
  }),
  withdraw: z.object({ reason: text(500, '请填写撤回原因') }),
  'confirm-intent': z.object({
    contactMethod: z.enum(['phone', 'sms', 'visit', 'counter']),
    contactedAt: Instant,
    confirmed: z.boolean(),
    note: z.string().trim().max(500).default(''),
  }),
  'schedule-inspection': z.object({
    scheduledFor: LocalDateString,
    inspector: z.string().trim().max(64).optional().describe('Username; defaults to the caller'),
  }),
  'record-inspection': z.object({
    items: z
      .array(
        z.object({
          facility: z.enum(['pipe', 'valve', 'meter', 'connector', 'other']),
          condition: z.enum(['ok', 'leak', 'damaged', 'missing']),
          note: z.string().trim().max(500).default(''),
        }),
      )
      .min(1, '请至少录入一项检查内容')
      .max(50),
    result: z.enum(['pass', 'hazard']),
    hazards: z
      .array(z.object({ description: text(500, '请描述隐患'), facility: z.string().max(20).optional() }))
      .max(20)
      .default([]),
    photos: z
      .array(z.string().uuid())
      .max(20)
      .default([])
      .describe('Ids of uploaded photos (kind inspection_photo)'),
    note: z.string().trim().max(1000).default(''),
  }),
  'record-rectification': z.object({ note: text(1000, '请说明整改情况') }),
  'check-fees': z.object({}),
  'propose-arrears-plan': z.object({
    installments: z
      .array(z.object({ dueDate: LocalDateString, amount: Yuan }))
      .min(1)
      .max(60),
    guarantee: z.object({
      type: z.enum(['bank_guarantee', 'mortgage', 'other_asset']),
      description: text(500, '请描述担保'),
      value: Yuan,
    }),
    reason: text(1000, '请说明特殊原因'),
  }),
  'approve-arrears-plan': z.object({
    decision: z.enum(['approve', 'reject']),
    note: z.string().trim().max(1000).default(''),
  }),
  'sign-repayment-agreement': z.object({
    agreementNo: text(40, '请填写协议编号'),
    signedAt: LocalDateString,
    finalDueDate: LocalDateString,
    defaultLiability: text(1000, '请写明违约责任'),
  }),
  'issue-settlement-certificate': z.object({}),
  approve: z.object({ note: z.string().trim().max(1000).default('') }),
  reject: z.object({
    reasons: z
      .array(z.union([text(500), z.object({ reason: text(500), remedy: text(500, '请写明用户可以怎么做') })]))
      .min(1, '请至少写明一条理由')
      .max(20)
      .describe('Each reason, optionally with what the user can do about it'),
  }),
  'open-dispute': z.object({
    subject: z.enum(['fees', 'service_quality', 'other']),
    description: text(2000, '请描述纠纷'),
  }),
  'resolve-dispute': z.object({
    resolution: z.enum(['negotiated', 'legal']),
    outcome: text(2000, '请写明处理结果'),
  }),
  'choose-removal': z.object({ mode: z.enum(['self', 'company']) }),
  'record-removal': z.object({
    removedItems: z
      .array(
        z.object({
          facility: z.enum(['meter', 'pipe', 'valve', 'connector', 'other']),
          serialNo: text(40, '请填写设施编号'),
        }),
      )
      .min(1, '请列出拆除的设施')
      .max(50),
    removedAt: Instant,
    removedBy: z.enum(['customer', 'company']),
    note: z.string().trim().max(1000).default(''),
  }),
  'record-sealing': z.object({
    sealedAt: Instant,
    method: z.enum(['plug', 'cap', 'blind_flange']),
    permanent: z.boolean(),
    materialStandard: text(200, '请写明封堵材料执行的标准'),
    pressureTest: z
      .object({
        medium: z.enum(['air', 'nitrogen', 'water']),
        testPressureKPa: z.number().min(0).max(10_000),
        durationMin: z.number().min(0).max(10_000),
        pressureDropKPa: z.number().min(0).max(10_000),
        result: z.enum(['pass', 'fail']),
      })
      .optional(),
    note: z.string().trim().max(1000).default(''),
  }),
  finalize: z.object({
    identityVerified: z.literal(true, { error: '办结前须核验申请人身份' }),
    identityDocument: z.enum(ID_TYPES),
    collected: z
      .array(z.enum(['gas_use_certificate', 'ic_card', 'payment_book', 'other']))
      .min(1, '请登记收回的证件')
      .max(10),
    note: z.string().trim().max(1000).default(''),
  }),
  archive: z.object({
    category: text(60, '请填写档案类别'),
    location: z.string().trim().max(200).default(''),
  }),
  'record-follow-up': z.object({
    method: z.enum(['phone', 'questionnaire']),
    rating: z.number().int().min(1).max(5),
    satisfied: z.boolean(),
    issues: z
      .array(
        z.object({
          description: text(1000, '请描述问题'),
          department: z.enum(['clerk', 'cs', 'inspector', 'finance', 'manager']),
        }),
      )
      .max(20)
      .default([]),
    facilityDisposal: text(500, '请说明拆除设施的处置情况'),
    safetyIssue: z.string().trim().max(1000).default(''),
  }),
} as const;

export type ActionPayloads = { [K in keyof typeof ACTION_PAYLOADS]: z.infer<(typeof ACTION_PAYLOADS)[K]> };

export const ExpectedVersion = z.object({ expectedVersion: z.number().int().min(1) });

const Refusal = z.object({ code: z.string(), message: z.string() });

export const CaseDocument = z.object({
  id: z.string(),
  kind: z.string(),
  materialKind: z.enum(MATERIAL_KINDS).nullable(),
  paperNo: z.string().nullable(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  sensitive: z.boolean(),
  url: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type CaseDocument = z.infer<typeof CaseDocument>;

export const CaseView = z.object({
  caseNo: z.string(),
  state: z.enum(CASE_STATES),
  suspendedFrom: z.enum(CASE_STATES).nullable(),
  version: z.number().int(),
  channel: z.enum(['counter', 'mail', 'online']),
  receivedAt: LocalDateString,
  reason: z.string(),
  createdAt: z.string(),
  customer: z.object({
    accountNo: z.string(),
    name: z.string(),
    type: z.enum(CUSTOMER_TYPES),
    address: z.string(),
    idNumber: z.string(),
    phone: z.string(),
    status: z.string(),
    outlet: BranchRef,
  }),
  applicant: z.object({
    name: z.string(),
    idType: z.enum(ID_TYPES),
    idNumber: z.string(),
    phone: z.string(),
  }),
  agent: z
    .object({ name: z.string(), idType: z.enum(ID_TYPES), idNumber: z.string(), phone: z.string() })
    .nullable(),
  tracks: z.object({
    cs: z.object({
      state: z.enum(CS_STATES),
      contacts: z.array(
        z.object({
          method: z.string(),
          contactedAt: z.string(),
          confirmed: z.boolean(),
          note: z.string(),
          by: z.string(),
        }),
      ),
    }),
    safety: z.object({
      state: z.enum(SAFETY_STATES),
      inspections: z.array(
        z.object({
          round: z.number().int(),
          scheduledFor: LocalDateString,
          inspector: z.string(),
          performedOn: LocalDateString.nullable(),
          result: z.enum(['pass', 'hazard']).nullable(),
          items: z.array(z.object({ facility: z.string(), condition: z.string(), note: z.string() })),
          hazards: z.array(z.object({ description: z.string(), facility: z.string().optional() })),
          photoIds: z.array(z.string()),
          rectificationDue: LocalDateString.nullable(),
          rectificationOrderNo: z.string().nullable(),
          rectifiedAt: z.string().nullable(),
          rectificationNote: z.string().nullable(),
        }),
      ),
    }),
    finance: z.object({
      state: z.enum(FINANCE_STATES),
      outstanding: Yuan.nullable(),
      checks: z.array(
        z.object({
          checkedAt: z.string(),
          by: z.string(),
          outstanding: Yuan,
          byKind: z.record(z.string(), Yuan),
        }),
      ),
      plan: z
        .object({
          status: z.enum(PLAN_STATES),
          reason: z.string(),
          total: Yuan,
          installments: z.array(z.object({ dueDate: LocalDateString, amount: Yuan })),
          guarantee: z.object({ type: z.string(), description: z.string(), value: Yuan }),
          proposedBy: z.string(),
          decidedBy: z.string().nullable(),
          decisionNote: z.string().nullable(),
          agreementNo: z.string().nullable(),
          signedOn: LocalDateString.nullable(),
          finalDueDate: LocalDateString.nullable(),
          defaultLiability: z.string().nullable(),
        })
        .nullable(),
      settlementCertificateNo: z.string().nullable(),
    }),
  }),
  materials: z.array(
    z.object({
      kind: z.enum(MATERIAL_KINDS),
      zh: z.string(),
      required: z.boolean(),
      supplied: z.boolean(),
      originalSighted: z.boolean(),
      status: z.enum(['pending', 'accepted', 'rejected']),
      rejectionReason: z.string().nullable(),
      documentIds: z.array(z.string()),
    }),
  ),
  notices: z.array(
    z.object({
      seq: z.number().int(),
      issuedOn: LocalDateString,
      items: z.array(z.object({ kind: z.string(), reason: z.string() })),
    }),
  ),
  dispute: z
    .object({
      subject: z.string(),
      description: z.string(),
      suspendedFrom: z.string(),
      openedBy: z.string(),
      openedAt: z.string(),
    })
    .nullable(),
  rejectionReasons: z.array(z.object({ reason: z.string(), remedy: z.string() })).nullable(),
  deadlines: z.array(
    z.object({
      kind: z.enum(DEADLINE_KINDS),
      startDate: LocalDateString,
      dueDate: LocalDateString,
      metAt: LocalDateString.nullable(),
      status: z.enum(['open', 'met', 'missed', 'paused']),
    }),
  ),
  availableActions: z.array(
    z.object({
      action: z.string(),
      zh: z.string(),
      en: z.string(),
      allowed: z.boolean(),
      blockedBy: Refusal.optional(),
    }),
  ),
  readiness: z.array(z.object({ key: z.string(), zh: z.string(), done: z.boolean(), detail: z.string() })),
  implementation: z.object({
    removal: z
      .object({
        mode: z.enum(['self', 'company']),
        fee: Yuan.nullable(),
        removedItems: z.array(z.object({ facility: z.string(), serialNo: z.string() })),
        removedAt: z.string().nullable(),
        removedBy: z.string().nullable(),
      })
      .nullable(),
    sealing: z
      .object({
        sealedAt: z.string(),
        method: z.string(),
        permanent: z.boolean(),
        materialStandard: z.string(),
        pressureTest: z
          .object({
            medium: z.string(),
            testPressureKPa: z.number(),
            durationMin: z.number(),
            pressureDropKPa: z.number(),
            result: z.string(),
          })
          .nullable(),
        inspector: z.string(),
        recordNo: z.string(),
      })
      .nullable(),
    certificate: z
      .object({ certificateNo: z.string(), closedAt: z.string(), verificationUrl: z.string() })
      .nullable(),
    archive: z
      .object({
        archiveNo: z.string(),
        category: z.string(),
        location: z.string(),
        retainUntil: LocalDateString.nullable(),
        archivedAt: z.string(),
      })
      .nullable(),
    followUp: z
      .object({
        method: z.string(),
        rating: z.number().int(),
        satisfied: z.boolean(),
        issues: z.array(z.object({ description: z.string(), department: z.string() })),
        facilityDisposal: z.string(),
        safetyIssue: z.string(),
        recordedAt: z.string(),
        recordedBy: z.string(),
      })
      .nullable(),
  }),
  documents: z.array(CaseDocument),
  timeline: z.array(
    z.object({
      at: z.string(),
      actor: z.string().nullable(),
      role: z.string().nullable(),
      action: z.string(),
      fromState: z.string(),
      toState: z.string(),
      summary: z.string(),
    }),
  ),
});
export type CaseView = z.infer<typeof CaseView>;

export const CaseListItem = z.object({
  caseNo: z.string(),
  state: z.enum(CASE_STATES),
  accountNo: z.string(),
  customerName: z.string(),
  customerType: z.enum(CUSTOMER_TYPES),
  outlet: BranchRef,
  receivedAt: LocalDateString,
  tracks: z.object({ cs: z.enum(CS_STATES), safety: z.enum(SAFETY_STATES), finance: z.enum(FINANCE_STATES) }),
  nextDeadline: z
    .object({ kind: z.enum(DEADLINE_KINDS), dueDate: LocalDateString, status: z.string() })
    .nullable(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  myActions: z.array(z.string()),
});
export type CaseListItem = z.infer<typeof CaseListItem>;

export const CaseListQuery = PageQuery.extend({
  state: z.enum(CASE_STATES).optional(),
  type: z.enum(CUSTOMER_TYPES).optional(),
  outlet: z.string().max(20).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(60).optional(),
  mine: z.enum(['true', 'false']).optional().describe('Only cases where the caller has an available action'),
});
export const CasePage = pageOf(CaseListItem);
export type CasePage = z.infer<typeof CasePage>;

export const CaseNoParam = z.object({ caseNo: z.string().max(30) });
