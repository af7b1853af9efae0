import { MATERIAL_LABELS, type MaterialKind } from '../../domain/closure/materials.js';
import type { Evidence } from '../../domain/contracts/supervision.js';
import {
  CUSTOMER_TYPE_LABELS,
  type CustomerType,
  FACILITY_KIND_LABELS,
  type FacilityKind,
} from '../../domain/customers/customer-types.js';
import { formatCny } from '../../domain/money.js';
import type { AuditCheckKey } from '../../domain/supervision/audit-checks.js';
import type { CaseRow } from '../cases/cases.repository.js';
import { formatShanghaiDateTime as at } from '../pdf/format.js';
import type { CaseEvidenceRecords } from './evidence.repository.js';

type Fact = Evidence['facts'][number];

/** R-08: an inspection record covers these four; anything else is extra. */
const INSPECTED_FACILITIES: readonly FacilityKind[] = ['pipe', 'valve', 'meter', 'connector'];
const CONTACT_METHODS: Record<string, string> = {
  phone: '电话',
  sms: '短信',
  visit: '上门',
  counter: '柜台',
};
const SEALING_METHODS: Record<string, string> = { plug: '堵头', cap: '管帽', blind_flange: '盲板' };
const TEST_MEDIA: Record<string, string> = { air: '空气', nitrogen: '氮气', water: '水' };
const PLAN_STATUSES: Record<string, string> = {
  pending: '待审批',
  approved: '已批准',
  rejected: '已驳回',
  signed: '已签订补缴协议',
};
const yesNo = (b: boolean, yes: string, no: string) => (b ? yes : no);
const materialName = (kind: string) => MATERIAL_LABELS[kind as MaterialKind]?.zh ?? kind;
const facilityName = (kind: string) => FACILITY_KIND_LABELS[kind as FacilityKind]?.zh ?? kind;

/** Who acted on a step, from the case timeline, so the auditor can name them in a finding. */
function actorsOf(r: CaseEvidenceRecords, actions: string[]): string[] {
  const names = r.events
    .filter((e) => actions.includes(e.action) && e.actorUsername)
    .map((e) => e.actorUsername as string);
  return [...new Set(names)];
}

function eventFacts(r: CaseEvidenceRecords, action: string, label: string): Fact[] {
  return r.events
    .filter((e) => e.action === action)
    .map((e) => ({ label: `${label}（${at(e.at)}，${e.actorUsername ?? '系统'}）`, value: e.summary }));
}

function materialsReview(r: CaseEvidenceRecords): Evidence {
  const facts: Fact[] = r.materials.map((m) => ({
    label: materialName(m.kind) + (m.required ? '' : '（选交）'),
    value: [
      yesNo(m.supplied, '已提交', '未提交'),
      yesNo(m.originalSighted, '原件已核验', '原件未核验'),
      r.documents.some((d) => d.materialKind === m.kind) ? '有扫描件' : '无扫描件',
      m.status === 'rejected'
        ? `退回：${m.rejectionReason ?? ''}`
        : m.status === 'accepted'
          ? '已认可'
          : '待审',
    ].join('，'),
  }));
  facts.push(...eventFacts(r, 'preliminary-review', '初审'));
  return {
    present: r.events.some((e) => e.action === 'preliminary-review'),
    facts,
    staff: actorsOf(r, ['preliminary-review', 'supplement-materials']),
  };
}

/** Also computes the rule the auditor checks: a later notice names only items named before. */
function oneTimeNotice(r: CaseEvidenceRecords): Evidence {
  const itemsOf = (n: { items: unknown }) => (n.items as Array<{ kind: string; reason: string }>) ?? [];
  const facts: Fact[] = [{ label: '一次性告知书份数', value: String(r.notices.length) }];
  let previous: Set<string> | null = null;
  for (const n of r.notices) {
    const items = itemsOf(n);
    facts.push({
      label: `第 ${n.seq} 次告知（${n.issuedOn}）`,
      value: items.map((i) => `${materialName(i.kind)}：${i.reason}`).join('；') || '（无）',
    });
    if (previous) {
      const added = items.filter((i) => !previous?.has(i.kind)).map((i) => materialName(i.kind));
      if (added.length) facts.push({ label: `第 ${n.seq} 次告知新增项目`, value: added.join('、') });
    }
    previous = new Set(items.map((i) => i.kind));
  }
  return {
    present: r.events.some((e) => e.action === 'preliminary-review'),
    facts,
    staff: actorsOf(r, ['preliminary-review']),
  };
}

function contactLog(r: CaseEvidenceRecords): Evidence {
  return {
    present: r.contacts.length > 0,
    facts: [
      { label: '联系记录条数', value: String(r.contacts.length) },
      ...r.contacts.map((c) => ({
        label: `${at(c.contactedAt)} ${CONTACT_METHODS[c.method] ?? c.method}（${c.byUsername}）`,
        value: `${yesNo(c.confirmed, '用户确认销户', '用户未确认')}${c.note ? `：${c.note}` : ''}`,
      })),
    ],
    staff: [...new Set(r.contacts.map((c) => c.byUsername))],
  };
}

function inspectionRecord(r: CaseEvidenceRecords): Evidence {
  const facts: Fact[] = [{ label: '检查轮次', value: String(r.inspections.length) }];
  for (const i of r.inspections) {
    const items = (i.items as Array<{ facility: string; condition: string }> | null) ?? [];
    const hazards = (i.hazards as unknown[] | null) ?? [];
    const photos = (i.photoIds as unknown[] | null) ?? [];
    const missing = INSPECTED_FACILITIES.filter((f) => !items.some((x) => x.facility === f)).map(
      facilityName,
    );
    facts.push({
      label: `第 ${i.round} 轮（${i.inspector}）`,
      value: i.performedOn
        ? [
            `${i.performedOn} 检查，结果：${i.result === 'pass' ? '合格' : '有隐患'}`,
            `检查项 ${items.length} 项`,
            missing.length ? `未检查：${missing.join('、')}` : '管道、阀门、燃气表、连接管均已检查',
            `隐患 ${hazards.length} 处`,
            `照片 ${photos.length} 张`,
            ...(i.rectificationOrderNo ? [`整改通知书 ${i.rectificationOrderNo}`] : []),
          ].join('，')
        : `预约 ${i.scheduledFor}，尚未检查`,
    });
  }
  return {
    present: r.inspections.some((i) => i.performedOn),
    facts,
    staff: [...new Set(r.inspections.filter((i) => i.performedOn).map((i) => i.inspector))],
  };
}

function settlementCertificate(r: CaseEvidenceRecords): Evidence {
  const certificates = r.documents.filter((d) => d.kind === 'settlement_certificate');
  const facts: Fact[] = r.feeChecks.map((f) => ({
    label: `费用核查 ${at(f.checkedAt)}（${f.byUsername}）`,
    value: f.outstandingFen === 0 ? '已全部结清' : `欠费 ${formatCny(f.outstandingFen)}`,
  }));
  if (r.plan) {
    facts.push({
      label: '欠费补缴计划',
      value: `${PLAN_STATUSES[r.plan.status] ?? r.plan.status}，协议号 ${r.plan.agreementNo ?? '未签订'}`,
    });
  }
  facts.push(
    ...certificates.map((d) => ({
      label: '费用结清证明',
      value: `${d.paperNo ?? ''}（${at(d.createdAt)}）`,
    })),
  );
  if (!certificates.length) facts.push({ label: '费用结清证明', value: '未出具' });
  return {
    present: certificates.length > 0,
    facts,
    staff: actorsOf(r, ['check-fees', 'issue-settlement-certificate']),
  };
}

function removal(r: CaseEvidenceRecords): Evidence {
  const x = r.removal;
  if (!x) return { present: false, facts: [{ label: '拆除', value: '无拆除记录' }], staff: [] };
  const items = (x.removedItems as Array<{ facility: string; serialNo: string }> | null) ?? [];
  return {
    present: Boolean(x.removedAt),
    facts: [
      {
        label: '拆除方式',
        value: x.mode === 'company' ? `委托公司拆除，拆除费 ${formatCny(x.feeFen ?? 0)}` : '用户自行安排拆除',
      },
      { label: '拆除时间', value: x.removedAt ? at(x.removedAt) : '尚未拆除' },
      {
        label: '拆除设施',
        value: items.map((i) => `${facilityName(i.facility)} ${i.serialNo}`).join('、') || '（未登记）',
      },
      { label: '登记人', value: x.recordedBy ?? '—' },
    ],
    staff: [...new Set([x.chosenBy, ...(x.recordedBy ? [x.recordedBy] : [])])],
  };
}

function sealingPressureTest(r: CaseEvidenceRecords, kase: CaseRow): Evidence {
  const x = r.sealing;
  if (!x) return { present: false, facts: [{ label: '封堵', value: '无封堵记录' }], staff: [] };
  const test = x.pressureTest as {
    medium: string;
    testPressureKPa: number;
    durationMin: number;
    pressureDropKPa: number;
    result: string;
  } | null;
  return {
    present: true,
    facts: [
      { label: '封堵记录', value: `${x.recordNo}，${at(x.sealedAt)}，检查员 ${x.inspector}` },
      {
        label: '封堵方式',
        value: `${SEALING_METHODS[x.method] ?? x.method}，${x.permanent ? '永久封堵' : '临时封堵'}`,
      },
      { label: '材料标准', value: x.materialStandard },
      {
        label: '用户类型',
        value: CUSTOMER_TYPE_LABELS[kase.customerType as CustomerType]?.zh ?? kase.customerType,
      },
      {
        label: '压力测试',
        value: test
          ? `介质 ${TEST_MEDIA[test.medium] ?? test.medium}，试验压力 ${test.testPressureKPa} kPa，保压 ${test.durationMin} 分钟，压降 ${test.pressureDropKPa} kPa，结果 ${test.result === 'pass' ? '合格' : '不合格'}`
          : '未做压力测试',
      },
    ],
    staff: [x.inspector],
  };
}

function closureCertificate(r: CaseEvidenceRecords, kase: CaseRow): Evidence {
  const fin = kase.finalization as {
    identityVerified?: boolean;
    collected?: string[];
    closedBy?: string;
  } | null;
  const facts: Fact[] = [
    {
      label: '销户证明',
      value: r.certificate ? `${r.certificate.certificateNo}（${at(r.certificate.closedAt)}）` : '未出具',
    },
  ];
  if (fin) {
    facts.push(
      { label: '身份核验', value: fin.identityVerified ? '已核验' : '未核验' },
      { label: '收回证件', value: fin.collected?.join('、') || '（未登记）' },
    );
  }
  return { present: Boolean(r.certificate), facts, staff: actorsOf(r, ['finalize']) };
}

const BUILDERS: Record<AuditCheckKey, (r: CaseEvidenceRecords, kase: CaseRow) => Evidence> = {
  materials_review: materialsReview,
  one_time_notice_rule: oneTimeNotice,
  contact_log: contactLog,
  inspection_record_complete: inspectionRecord,
  settlement_certificate: settlementCertificate,
  removal,
  sealing_pressure_test: sealingPressureTest,
  closure_certificate: closureCertificate,
};

/** What the records say for one check, so the auditor judges from the case itself (R-23). */
export function evidenceFor(key: AuditCheckKey, records: CaseEvidenceRecords, kase: CaseRow): Evidence {
  return BUILDERS[key](records, kase);
}
