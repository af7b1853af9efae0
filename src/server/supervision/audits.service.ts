import { randomUUID } from 'node:crypto';
import type { Role } from '../../domain/access/roles.js';
import type {
  AuditDetail,
  AuditPage,
  CompleteAuditBody,
  Finding,
} from '../../domain/contracts/supervision.js';
import type { FieldError } from '../../domain/errors.js';
import {
  AUDIT_CHECK_BY_KEY,
  AUDIT_CHECKS,
  AUDIT_STAGE_LABELS,
  FINDING_SEVERITY_LABELS,
} from '../../domain/supervision/audit-checks.js';
import { type Actor, requireAccess } from '../access/gate.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import { createStaffTask } from '../tasks/tasks.service.js';
import { findUserByUsername } from '../users/users.repository.js';
import { evidenceFor } from './audit-evidence.js';
import { toAuditListItem } from './audit-view.js';
import {
  findAudit,
  findingsOf,
  insertFindings,
  markAuditCompleted,
  pageAudits,
} from './audits.repository.js';
import { caseEvidenceRecords } from './evidence.repository.js';

export async function listAudits(
  db: Database,
  actor: Actor | null,
  q: { status?: string; month?: string; page: number; pageSize: number },
): Promise<AuditPage> {
  requireAccess(actor, 'supervision.audit');
  const { items, total } = await pageAudits(db, q, q.page, q.pageSize);
  return { items: items.map(toAuditListItem), total, page: q.page, pageSize: q.pageSize };
}

/** The audit form: each check with what the case's records say, and the result once completed. */
export async function getAudit(db: Database, actor: Actor | null, id: string): Promise<AuditDetail> {
  requireAccess(actor, 'supervision.audit');
  const row = await findAudit(db, id);
  if (!row) throw AppError.notFound('监督检查');
  const records = await caseEvidenceRecords(db, row.kase.id);
  const results = new Map(
    ((row.audit.checks as Array<{ key: string; ok: boolean; note: string }> | null) ?? []).map((c) => [
      c.key,
      c,
    ]),
  );
  const checkOrder = (key: string) => AUDIT_CHECKS.findIndex((c) => c.key === key);
  // In the order of the form, so each finding sits under the check it belongs to.
  const findings = (await findingsOf(db, row.audit.id)).sort(
    (a, b) => checkOrder(a.finding.checkKey) - checkOrder(b.finding.checkKey),
  );
  return {
    ...toAuditListItem(row),
    case: {
      caseNo: row.kase.caseNo,
      state: row.kase.state,
      customerType: row.kase.customerType,
      accountNo: row.accountNo,
      receivedOn: row.kase.receivedOn,
      closedAt: row.kase.closedAt?.toISOString() ?? null,
    },
    checks: AUDIT_CHECKS.map((c) => {
      const result = results.get(c.key);
      return {
        key: c.key,
        stage: c.stage,
        label: c.zh,
        department: c.department,
        evidence: evidenceFor(c.key, records, row.kase),
        result: result ? { ok: result.ok, note: result.note } : null,
      };
    }),
    findings: findings.map(
      ({ finding: f, taskStatus }): Finding => ({
        id: f.id,
        stage: f.stage as Finding['stage'],
        checkKey: f.checkKey as Finding['checkKey'],
        staffUsername: f.staffUsername,
        severity: f.severity as Finding['severity'],
        description: f.description,
        reviewDecidedWrongly: f.reviewDecidedWrongly,
        taskId: f.taskId,
        taskStatus: (taskStatus as Finding['taskStatus']) ?? null,
      }),
    ),
  };
}

/** Every check judged exactly once; a failed check needs a finding, so it gets a corrective task. */
function formErrors(body: CompleteAuditBody): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  body.checks.forEach((c, i) => {
    if (seen.has(c.key)) errors.push({ path: `checks.${i}.key`, message: '同一检查项只能填写一次' });
    seen.add(c.key);
    if (!c.ok && !body.findings.some((f) => f.checkKey === c.key)) {
      errors.push({ path: `checks.${i}.ok`, message: '未通过的检查项须登记发现的问题' });
    }
  });
  for (const c of AUDIT_CHECKS) {
    if (!seen.has(c.key)) errors.push({ path: 'checks', message: `缺少检查项：${c.zh}` });
  }
  body.findings.forEach((f, i) => {
    if (AUDIT_CHECK_BY_KEY[f.checkKey].stage !== f.stage) {
      errors.push({ path: `findings.${i}.checkKey`, message: '该检查项不属于所选环节' });
    }
  });
  return errors;
}

/**
 * Who corrects each finding: the named staff member's own department, or the department owning the
 * step when nobody in particular is named.
 */
async function responsibleFor(tx: Database, findings: CompleteAuditBody['findings']) {
  const errors: FieldError[] = [];
  const planned = [];
  for (const [i, f] of findings.entries()) {
    const staff = f.staffUsername?.toLowerCase() ?? null;
    const user = staff ? await findUserByUsername(tx, staff) : null;
    if (staff && (!user || (user.role as Role) === 'customer')) {
      errors.push({ path: `findings.${i}.staffUsername`, message: `员工 ${f.staffUsername} 不存在` });
    }
    planned.push({ ...f, staff, department: user?.role ?? AUDIT_CHECK_BY_KEY[f.checkKey].department });
  }
  if (errors.length) throw AppError.validation(errors);
  return planned;
}

/**
 * Completes an audit: records each check's result and each finding with the case and the
 * staff member, and opens a corrective task per finding, all in one transaction.
 */
export async function completeAudit(
  db: Database,
  actor: Actor | null,
  id: string,
  body: CompleteAuditBody,
): Promise<AuditDetail> {
  const who = requireAccess(actor, 'supervision.audit');
  const errors = formErrors(body);
  if (errors.length) throw AppError.validation(errors, '检查表填写不完整');
  await db.transaction(async (tx) => {
    const row = await findAudit(tx, id, true);
    if (!row) throw AppError.notFound('监督检查');
    if (row.audit.status !== 'open')
      throw new AppError('ACTION_NOT_ALLOWED', '该监督检查已完成，不能重复提交');
    const now = new Date();
    const findings = [];
    for (const f of await responsibleFor(tx, body.findings)) {
      const findingId = randomUUID();
      const task = await createStaffTask(tx, who, {
        kind: 'corrective',
        title: `整改：${AUDIT_CHECK_BY_KEY[f.checkKey].zh}（${row.caseNo}）`,
        description: `监督检查在${AUDIT_STAGE_LABELS[f.stage]}环节发现${FINDING_SEVERITY_LABELS[f.severity]}问题：${f.description}`,
        department: f.department,
        branchId: row.kase.branchId,
        assignee: f.staff,
        sourceType: 'audit_finding',
        sourceId: findingId,
      });
      findings.push({
        id: findingId,
        auditId: row.audit.id,
        caseId: row.kase.id,
        stage: f.stage,
        checkKey: f.checkKey,
        staffUsername: f.staff,
        severity: f.severity,
        description: f.description,
        reviewDecidedWrongly: f.reviewDecidedWrongly,
        taskId: task.id,
        createdAt: now,
      });
    }
    await insertFindings(tx, findings);
    const checks = AUDIT_CHECKS.map((c) => body.checks.find((x) => x.key === c.key)).filter(
      (c) => c !== undefined,
    );
    await markAuditCompleted(tx, row.audit.id, { checks, auditor: who.username, completedAt: now });
    for (const f of findings) {
      await recordAudit(
        tx,
        who,
        {
          entityType: 'supervision_audit',
          entityId: row.audit.id,
          action: 'supervision_audit.finding_added',
          after: {
            caseNo: row.caseNo,
            checkKey: f.checkKey,
            staff: f.staffUsername,
            severity: f.severity,
            reviewDecidedWrongly: f.reviewDecidedWrongly,
            taskId: f.taskId,
          },
        },
        now,
      );
    }
    await recordAudit(
      tx,
      who,
      {
        entityType: 'supervision_audit',
        entityId: row.audit.id,
        action: 'supervision_audit.completed',
        after: {
          caseNo: row.caseNo,
          failed: checks.filter((c) => !c.ok).map((c) => c.key),
          findings: findings.length,
        },
      },
      now,
    );
  });
  return getAudit(db, who, id);
}
