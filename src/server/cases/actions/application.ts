import { addCalendarDays } from '../../../domain/calendar/local-date.js';
import { MATERIAL_LABELS, type MaterialKind } from '../../../domain/closure/materials.js';
import type { ActionPayloads } from '../../../domain/contracts/cases.js';
import { AppError } from '../../http/app-error.js';
import type { ActionHandler } from '../action-types.js';
import { insertNotice, materialsOf, upsertMaterials } from '../cases.repository.js';

function assertOnChecklist(kinds: MaterialKind[], checklist: Set<string>, path: string) {
  kinds.forEach((k, i) => {
    if (!checklist.has(k))
      throw AppError.validation([
        { path: `${path}.${i}`, message: `${MATERIAL_LABELS[k].zh} 不在本申请的材料清单中` },
      ]);
  });
}

/** the clerk's check of each item, then accept or one complete notice of everything missing. */
export const preliminaryReview: ActionHandler<ActionPayloads['preliminary-review']> = {
  async prepare({ snapshot, payload }) {
    const checks = new Map((payload.materials ?? []).map((m) => [m.kind, m]));
    return {
      materials: snapshot.materials.map((m) => {
        const check = checks.get(m.kind);
        return check
          ? {
              ...m,
              supplied: check.supplied,
              status: check.supplied && m.status === 'rejected' ? 'pending' : m.status,
            }
          : m;
      }),
    };
  },
  async execute({ tx, kase, snapshot, payload, today, now, policy, issuer, applicant, paperNo }) {
    const rows = await materialsOf(tx, [kase.c.id]);
    const checklist = new Set(rows.map((r) => r.kind));
    assertOnChecklist(
      (payload.materials ?? []).map((m) => m.kind),
      checklist,
      'materials',
    );
    const checks = new Map((payload.materials ?? []).map((m) => [m.kind, m]));
    const missing = new Map((payload.missing ?? []).map((m) => [m.kind, m.reason]));
    if (payload.result === 'incomplete') {
      if (!missing.size)
        throw AppError.validation([
          { path: 'missing', message: '材料不齐时须列出所缺或不合格的每一项及原因' },
        ]);
      assertOnChecklist([...missing.keys()], checklist, 'missing');
    }
    await upsertMaterials(
      tx,
      rows.map((r) => {
        const check = checks.get(r.kind as MaterialKind);
        const supplied = check?.supplied ?? r.supplied;
        const reason = missing.get(r.kind as MaterialKind);
        return {
          caseId: r.caseId,
          kind: r.kind,
          required: r.required,
          supplied,
          originalSighted: check?.originalSighted ?? r.originalSighted,
          status:
            reason !== undefined
              ? 'rejected'
              : payload.result === 'accept' && supplied
                ? 'accepted'
                : r.status,
          rejectionReason: reason ?? null,
        };
      }),
    );
    if (payload.result === 'accept') {
      return {
        outcome: 'accept',
        summary: '初审通过：材料齐全有效，转客服、安全检查、财务审核',
        caseUpdate: { acceptedOn: today },
      };
    }
    const seq = snapshot.noticeCount + 1;
    const items = [...missing].map(([kind, reason]) => ({ kind, reason }));
    const deadline = addCalendarDays(today, policy['P-SUPPLEMENT']);
    const noticeNo = await paperNo('one_time_notice');
    await insertNotice(tx, { caseId: kase.c.id, seq, items, issuedOn: today, issuedAt: now });
    const names = items.map((i) => MATERIAL_LABELS[i.kind].zh).join('、');
    return {
      outcome: 'incomplete',
      summary: `第 ${seq} 次一次性告知：${names}`,
      caseUpdate: { noticeCount: seq },
      data: { noticeSeq: seq, items },
      message: { items: names, dueDate: deadline },
      papers: {
        one_time_notice: {
          issuer: await issuer(),
          noticeNo,
          issuedOn: today,
          caseNo: kase.c.caseNo,
          applicantName: applicant.name,
          accountNo: kase.account.accountNo,
          sequence: seq,
          supplementDeadline: deadline,
          items: items.map((i) => {
            const supplied = snapshot.materials.find((m) => m.kind === i.kind)?.supplied ?? false;
            return {
              name: MATERIAL_LABELS[i.kind].zh,
              status: supplied ? ('rejected' as const) : ('missing' as const),
              reason: i.reason,
              toBring: '原件及复印件各一份',
            };
          }),
        },
      },
    };
  },
};

export const supplementMaterials: ActionHandler<ActionPayloads['supplement-materials']> = {
  async execute({ tx, kase, payload }) {
    const rows = await materialsOf(tx, [kase.c.id]);
    assertOnChecklist(payload.supplied, new Set(rows.map((r) => r.kind)), 'supplied');
    const supplied = new Set<string>(payload.supplied);
    await upsertMaterials(
      tx,
      rows
        .filter((r) => supplied.has(r.kind))
        .map((r) => ({ ...r, supplied: true, status: 'pending', rejectionReason: null })),
    );
    return {
      outcome: 'default',
      summary: `补交材料：${payload.supplied.map((k) => MATERIAL_LABELS[k].zh).join('、')}，重新初审`,
      data: { supplied: payload.supplied },
    };
  },
};

export const withdraw: ActionHandler<ActionPayloads['withdraw']> = {
  async execute({ payload }) {
    return { outcome: 'default', summary: `申请撤回：${payload.reason}`, data: { reason: payload.reason } };
  },
};
