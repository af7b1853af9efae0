import { shanghaiToday } from '../../domain/calendar/local-date.js';
import { decide } from '../../domain/closure/decide.js';
import { type CaseState, FINAL_STATES } from '../../domain/closure/states.js';
import { type ActionName, ruleOf } from '../../domain/closure/transitions.js';
import type { ActionPayloads } from '../../domain/contracts/cases.js';
import { ACTION_PAYLOADS } from '../../domain/contracts/cases.js';
import { type Actor, requireAccess } from '../access/gate.js';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import { recordActionKpis } from '../kpis/action-kpis.js';
import { enqueueNotifications } from '../notifications/outbox.service.js';
import type { TemplateId } from '../notifications/templates.js';
import { loadRules } from '../settings/rules.js';
import type { ActionContext, ActionHandler } from './action-types.js';
import { ACTION_HANDLERS } from './actions/index.js';
import { applyDeadlines } from './case-deadlines.js';
import { fileGeneratedPaper } from './case-documents.js';
import { applicantInClear, issuerOf, loadCaseForAction } from './case-loading.js';
import { buildSnapshot } from './case-snapshot.js';
import {
  closeTasks,
  insertEvent,
  nextPaperSequence,
  openTask,
  setAccountStatus,
  snapshotRecords,
  stopOpenDeadlines,
  updateCase,
} from './cases.repository.js';
import { type PaperKind, paperNumber } from './papers.js';

const DEPARTMENT_TASKS: Record<string, string> = {
  clerk: '初审申请材料',
  cs: '客服审核：确认销户意愿、查询缴费记录',
  inspector: '上门安全检查',
  finance: '核查费用并出具结清证明',
  manager: '审批欠费补缴计划',
};

function parsePayload<A extends ActionName>(action: A, body: Record<string, unknown>): ActionPayloads[A] {
  const { expectedVersion: _ignored, ...rest } = body;
  const parsed = ACTION_PAYLOADS[action].safeParse(rest);
  if (!parsed.success) {
    throw AppError.validation(
      parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'body', message: i.message })),
    );
  }
  return parsed.data as ActionPayloads[A];
}

/**
 * Runs one action of the transition table as one transaction: lock the case, check the version,
 * decide, write the action's records, then state, tracks, deadlines, tasks, papers, messages,
 * timeline and audit entry — all committed together or not at all.
 */
export async function runAction<A extends ActionName>(
  app: AppContext,
  actor: Actor | null,
  caseNo: string,
  action: A,
  body: Record<string, unknown>,
): Promise<{ caseNo: string; state: CaseState; version: number }> {
  const who = requireAccess(actor, 'cases.act');
  const expectedVersion = body.expectedVersion;
  if (typeof expectedVersion !== 'number' || !Number.isInteger(expectedVersion)) {
    throw AppError.validation([{ path: 'expectedVersion', message: '请提供当前版本号 expectedVersion' }]);
  }
  const rule = ruleOf(action);
  // Who may act is settled before the payload is read: a stranger learns nothing from field errors.
  if (!rule.roles.includes(who.role)) throw AppError.forbidden(`您的角色不能执行“${rule.zh}”`);
  const payload = parsePayload(action, body);
  const { policy, calendar } = await loadRules(app.db);
  const handler = ACTION_HANDLERS[action] as ActionHandler<ActionPayloads[A]>;

  return app.db.transaction(async (tx) => {
    const kase = await loadCaseForAction(tx, who, caseNo);
    if (kase.c.version !== expectedVersion) {
      throw new AppError(
        'VERSION_CONFLICT',
        `该申请已被他人处理（当前版本 ${kase.c.version}），请刷新后重试`,
      );
    }
    const { materials, notices, documents, archived, followedUp } = await snapshotRecords(tx, kase.c.id);
    const now = new Date();
    const today = shanghaiToday(now);
    const base = {
      tx,
      app,
      actor: who,
      kase,
      payload,
      today,
      now,
      calendar,
      policy,
      issuer: () => issuerOf(tx, kase),
      applicant: applicantInClear(app, kase),
      paperNo: async (kind: PaperKind) => paperNumber(kind, today.slice(0, 4), await nextPaperSequence(tx)),
      serialNo: async (prefix: string) =>
        `${prefix}${today.slice(0, 4)}${String(await nextPaperSequence(tx)).padStart(6, '0')}`,
      snapshot: buildSnapshot(kase.c, materials, notices, documents, { archived, followedUp }),
    } satisfies ActionContext<ActionPayloads[A]>;
    const ctx: ActionContext<ActionPayloads[A]> = {
      ...base,
      snapshot: { ...base.snapshot, ...(await handler.prepare?.(base)) },
    };

    const decision = decide(ctx.snapshot, who.role, action, {
      ...payload,
      ...(await handler.guardInput?.(ctx)),
    });
    if (!decision.allowed) {
      const { code, message } = decision.refusal;
      throw code === 'FORBIDDEN' ? AppError.forbidden(message) : new AppError(code, message);
    }
    const result = await handler.execute(ctx);
    const outcome = rule.outcomes[result.outcome];
    if (!outcome) throw new Error(`action ${action} returned unknown outcome ${result.outcome}`);

    const from = kase.c.state as CaseState;
    const to: CaseState =
      outcome.to === 'previous' ? ((kase.c.suspendedFrom as CaseState) ?? from) : (outcome.to ?? from);
    const updated = await updateCase(tx, kase.c.id, expectedVersion, {
      ...result.caseUpdate,
      state: to,
      suspendedFrom: to === 'suspended' ? from : null,
      ...(outcome.tracks?.cs ? { csState: outcome.tracks.cs } : {}),
      ...(outcome.tracks?.safety ? { safetyState: outcome.tracks.safety } : {}),
      ...(outcome.tracks?.finance ? { financeState: outcome.tracks.finance } : {}),
      ...(outcome.plan ? { planState: outcome.plan } : {}),
    });
    if (!updated) throw new AppError('VERSION_CONFLICT', '该申请已被他人处理，请刷新后重试');

    const deadlinesMet = await applyDeadlines(
      tx,
      kase.c.id,
      {
        meets: outcome.meets,
        starts: outcome.starts,
        pause: outcome.pausesDeadlines,
        resume: outcome.resumesDeadlines,
      },
      today,
      policy,
      calendar,
    );
    await recordActionKpis(
      tx,
      who,
      {
        action,
        outcome: result.outcome,
        caseNo: kase.c.caseNo,
        branchId: kase.c.branchId,
        receivedOn: kase.c.receivedOn,
        noticeCount: ctx.snapshot.noticeCount,
        data: result.data ?? {},
        deadlinesMet,
      },
      today,
      calendar,
    );
    await closeTasks(tx, kase.c.id, FINAL_STATES.includes(to) ? undefined : who.role);
    for (const department of outcome.tasks ?? []) {
      await openTask(tx, {
        caseId: kase.c.id,
        department,
        branchId: kase.c.branchId,
        title: DEPARTMENT_TASKS[department] ?? department,
      });
    }
    if (to === 'withdrawn' || to === 'rejected') {
      await setAccountStatus(tx, kase.account.id, 'active');
      // The clocks stop with the case: nothing is due any more, so nothing may fall overdue.
      await stopOpenDeadlines(tx, kase.c.id);
    }
    if (outcome.closesAccount) await setAccountStatus(tx, kase.account.id, 'closed', today);

    const paperNos: Record<string, string> = {};
    for (const kind of outcome.papers ?? []) {
      const data = result.papers?.[kind];
      if (!data) throw new Error(`action ${action} did not provide data for paper ${kind}`);
      paperNos[kind] = (await fileGeneratedPaper(tx, app, kase.c.id, kind, data, who.username)).paperNo;
    }
    const firstPaper = Object.values(paperNos)[0] ?? '';
    await enqueueNotifications(
      tx,
      (outcome.notifies ?? []).map((template) => ({
        channel: 'sms' as const,
        recipient: ctx.applicant.phone,
        template: template as TemplateId,
        params: {
          caseNo: kase.c.caseNo,
          accountNo: kase.account.accountNo,
          paperNo: firstPaper,
          ...result.message,
        },
        entity: { type: 'case', id: kase.c.caseNo },
      })),
    );
    await recordCaseEvent(
      tx,
      who,
      kase.c.id,
      kase.c.caseNo,
      {
        action,
        outcome: result.outcome,
        from,
        to,
        summary: result.summary,
        data: { ...result.data, papers: paperNos },
      },
      now,
    );
    return { caseNo: kase.c.caseNo, state: to, version: expectedVersion + 1 };
  });
}

export async function recordCaseEvent(
  tx: Database,
  actor: Actor,
  caseId: string,
  caseNo: string,
  e: {
    action: string;
    outcome: string | null;
    from: string;
    to: string;
    summary: string;
    data?: Record<string, unknown>;
  },
  at: Date,
) {
  await insertEvent(tx, {
    caseId,
    at,
    actorUsername: actor.username,
    actorRole: actor.role,
    action: e.action,
    outcome: e.outcome,
    fromState: e.from,
    toState: e.to,
    summary: e.summary,
    data: e.data ?? null,
  });
  await recordAudit(
    tx,
    actor,
    {
      entityType: 'case',
      entityId: caseNo,
      action: e.action === 'submit' ? 'case.submitted' : 'case.action',
      before: { state: e.from },
      after: { action: e.action, outcome: e.outcome, state: e.to, ...e.data },
    },
    at,
  );
}
