import { formatCny } from '../money.js';
import { MATERIAL_LABELS } from './materials.js';
import type { CaseSnapshot } from './snapshot.js';

/** Records that prove each readiness line, as the server found them. */
export interface ReadinessEvidence {
  materialsAcceptedOn: string | null;
  intent: { at: string; method: string; by: string } | null;
  lastInspection: { on: string; by: string; result: 'pass' | 'hazard'; round: number } | null;
  settlementCertificateNo: string | null;
  agreementNo: string | null;
  dispute: { since: string; subject: string } | null;
}

export interface ReadinessLine {
  key: 'materials' | 'intent' | 'safety' | 'fees' | 'dispute';
  zh: string;
  done: boolean;
  /** What proves it, or what is still missing. */
  detail: string;
}

/** X1: the checklist of what still stands between the case and approval, each line with its evidence. */
export function readiness(c: CaseSnapshot, e: ReadinessEvidence): ReadinessLine[] {
  const missing = c.materials.filter((m) => m.required && (!m.supplied || m.status === 'rejected'));
  const inspected = e.lastInspection;
  return [
    {
      key: 'materials',
      zh: '申请材料齐全有效',
      done: missing.length === 0 && e.materialsAcceptedOn !== null,
      detail: e.materialsAcceptedOn
        ? `${e.materialsAcceptedOn} 初审通过`
        : missing.length
          ? `尚缺：${missing.map((m) => MATERIAL_LABELS[m.kind].zh).join('、')}`
          : '材料已齐，待初审',
    },
    {
      key: 'intent',
      zh: '已与用户确认销户意愿',
      done: c.tracks.cs === 'intent_confirmed',
      detail: e.intent ? `${e.intent.at} 经${e.intent.method}确认（${e.intent.by}）` : '客服尚未联系用户确认',
    },
    {
      key: 'safety',
      zh: '安全检查合格',
      done: c.tracks.safety === 'passed',
      detail: !inspected
        ? c.tracks.safety === 'scheduled'
          ? '已预约，待上门检查'
          : '尚未安排上门检查'
        : inspected.result === 'pass'
          ? `${inspected.on} 第 ${inspected.round} 次检查合格（${inspected.by}）`
          : c.tracks.safety === 'rectifying'
            ? '用户已整改，待复查'
            : `${inspected.on} 检查发现隐患，待整改`,
    },
    {
      key: 'fees',
      zh: '费用结清（或补缴协议已签订）',
      done: c.tracks.finance === 'certificate_issued',
      detail: e.settlementCertificateNo
        ? `结清证明 ${e.settlementCertificateNo}${e.agreementNo ? `（补缴协议 ${e.agreementNo}）` : ''}`
        : c.tracks.finance === 'arrears'
          ? `欠费 ${formatCny(c.outstandingFen ?? 0)}${c.plan === 'pending' ? '，补缴计划待审批' : c.plan === 'approved' ? '，补缴计划已批准待签协议' : ''}`
          : c.tracks.finance === 'settled'
            ? '费用已结清，待出具结清证明'
            : '财务尚未核查费用',
    },
    {
      key: 'dispute',
      zh: '无未解决的纠纷',
      done: e.dispute === null,
      detail: e.dispute ? `${e.dispute.since} 起因“${e.dispute.subject}”纠纷中止` : '无',
    },
  ];
}
