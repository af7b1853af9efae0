import { and, eq } from 'drizzle-orm';
import { compareLocalDate, parseLocalDate } from '../../../domain/calendar/local-date.js';
import type { ActionPayloads } from '../../../domain/contracts/cases.js';
import type { FacilityKind } from '../../../domain/customers/customer-types.js';
import { caseDocuments } from '../../db/schema/index.js';
import { AppError } from '../../http/app-error.js';
import { findUserByUsername } from '../../users/users.repository.js';
import type { ActionHandler } from '../action-types.js';
import { insertInspection, inspectionsOf, updateInspection } from '../cases.repository.js';

export const scheduleInspection: ActionHandler<ActionPayloads['schedule-inspection']> = {
  async execute({ tx, kase, actor, payload, today }) {
    const date = parseLocalDate(payload.scheduledFor);
    if (compareLocalDate(date, today) < 0)
      throw AppError.validation([{ path: 'scheduledFor', message: '预约日期不能早于今天' }]);
    const inspector = payload.inspector ?? actor.username;
    // The caller is already known: only someone else named as inspector needs looking up.
    const person =
      inspector === actor.username
        ? { role: actor.role, branchId: actor.branchId, active: true, displayName: actor.displayName }
        : await findUserByUsername(tx, inspector);
    if (!person?.active || person.role !== 'inspector' || person.branchId !== kase.c.branchId) {
      throw AppError.validation([{ path: 'inspector', message: `${inspector} 不是本营业网点的安全检查员` }]);
    }
    const rounds = await inspectionsOf(tx, kase.c.id);
    const open = rounds.find((r) => !r.performedOn);
    if (open) await updateInspection(tx, open.id, { scheduledFor: date, inspector });
    else
      await insertInspection(tx, {
        caseId: kase.c.id,
        round: rounds.length + 1,
        scheduledFor: date,
        inspector,
      });
    const round = open?.round ?? rounds.length + 1;
    return {
      outcome: 'default',
      summary: `${open ? '改约' : '预约'}第 ${round} 次上门检查：${date}，检查员 ${person.displayName}`,
      data: { round, scheduledFor: date, inspector },
      message: { date },
    };
  },
};

/** the inspection record; a hazard brings a rectification order with its deadline. */
export const recordInspection: ActionHandler<ActionPayloads['record-inspection']> = {
  async execute({ tx, kase, actor, payload, today, calendar, policy, issuer: loadIssuer, paperNo }) {
    const faulty = payload.items.filter((i) => i.condition !== 'ok');
    if (payload.result === 'pass' && faulty.length) {
      throw AppError.validation([
        { path: 'result', message: '有检查项存在漏气、损坏或缺失，结论不能为合格' },
      ]);
    }
    if (payload.result === 'hazard' && !payload.hazards.length) {
      throw AppError.validation([{ path: 'hazards', message: '结论为存在隐患时，请逐条描述隐患' }]);
    }
    for (const [i, id] of payload.photos.entries()) {
      const [photo] = await tx
        .select({ kind: caseDocuments.kind })
        .from(caseDocuments)
        .where(and(eq(caseDocuments.id, id), eq(caseDocuments.caseId, kase.c.id)));
      if (photo?.kind !== 'inspection_photo')
        throw AppError.validation([
          { path: `photos.${i}`, message: '照片须先上传到本申请（类型为检查照片）' },
        ]);
    }
    const inspection = (await inspectionsOf(tx, kase.c.id)).find((r) => !r.performedOn);
    if (!inspection) throw new AppError('ACTION_NOT_ALLOWED', '没有待执行的检查预约，请先预约上门检查');
    const hazard = payload.result === 'hazard';
    const due = hazard ? calendar.addWorkingDays(today, policy['P-RECTIFY']) : null;
    const orderNo = hazard ? await paperNo('rectification_order') : null;
    await updateInspection(tx, inspection.id, {
      performedOn: today,
      inspector: actor.username,
      result: payload.result,
      items: payload.items,
      hazards: payload.hazards,
      photoIds: payload.photos,
      note: payload.note,
      rectificationDue: due,
      rectificationOrderNo: orderNo,
    });
    if (!hazard || !due || !orderNo) {
      return {
        outcome: 'pass',
        summary: `第 ${inspection.round} 次安全检查合格`,
        data: { round: inspection.round },
      };
    }
    return {
      outcome: 'hazard',
      summary: `第 ${inspection.round} 次安全检查发现隐患 ${payload.hazards.length} 处，限 ${due} 前整改`,
      data: { round: inspection.round, hazards: payload.hazards.length, orderNo },
      message: { dueDate: due },
      papers: {
        rectification_order: {
          issuer: await loadIssuer(),
          orderNo,
          issuedOn: today,
          caseNo: kase.c.caseNo,
          accountNo: kase.account.accountNo,
          customerName: kase.account.name,
          address: kase.account.address,
          inspectedOn: today,
          inspector: actor.displayName,
          hazards: payload.hazards.map((h) => ({
            facility: (h.facility ?? 'other') as FacilityKind,
            description: h.description,
          })),
          deadline: due,
        },
      },
    };
  },
};

export const recordRectification: ActionHandler<ActionPayloads['record-rectification']> = {
  async execute({ tx, kase, payload, now }) {
    const last = (await inspectionsOf(tx, kase.c.id)).filter((r) => r.result === 'hazard').at(-1);
    if (last) await updateInspection(tx, last.id, { rectifiedAt: now, rectificationNote: payload.note });
    return {
      outcome: 'default',
      summary: `用户已整改：${payload.note}，待复查`,
      data: { round: last?.round },
    };
  },
};
