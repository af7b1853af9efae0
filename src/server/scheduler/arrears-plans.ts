import { and, eq, gte, isNull, sql } from 'drizzle-orm';
import { compareLocalDate, type LocalDate, shanghaiToday } from '../../domain/calendar/local-date.js';
import { formatCny, parseYuan, sumFen } from '../../domain/money.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Database } from '../db/database.js';
import { arrearsPlans, closureCases, ledgerEntries } from '../db/schema/index.js';
import { insertStaffNotifications } from '../notifications/staff-notifications.repository.js';
import { createStaffTask } from '../tasks/tasks.service.js';
import { activeUsernames } from '../users/users.repository.js';

/**
 * R-22 after closure: each signed plan's installments are watched. Payments since signing are
 * matched against the installments due so far; a shortfall after a due date marks the plan broken
 * and tells finance and the managers; full payment completes it.
 */
export async function watchArrearsPlans(
  db: Database,
  now = new Date(),
): Promise<{ broken: number; completed: number }> {
  const today = shanghaiToday(now);
  const plans = await db
    .select({ plan: arrearsPlans, caseNo: closureCases.caseNo, branchId: closureCases.branchId })
    .from(arrearsPlans)
    .innerJoin(closureCases, eq(closureCases.id, arrearsPlans.caseId))
    .where(and(eq(arrearsPlans.status, 'signed'), isNull(arrearsPlans.brokenAt)));
  let broken = 0;
  let completed = 0;
  for (const { plan, caseNo, branchId } of plans) {
    if (!plan.signedOn) continue;
    const [paid] = await db
      .select({ fen: sql<string>`coalesce(sum(${ledgerEntries.amountFen}), 0)` })
      .from(ledgerEntries)
      .where(
        and(
          eq(ledgerEntries.accountId, plan.accountId),
          eq(ledgerEntries.entryType, 'payment'),
          gte(ledgerEntries.paidAt, new Date(`${plan.signedOn}T00:00:00+08:00`)),
        ),
      );
    const paidFen = Number(paid?.fen ?? 0);
    const installments = plan.installments as Array<{ dueDate: string; amount: string }>;
    let dueFen = 0;
    let missed: number | null = null;
    installments.forEach((inst, i) => {
      if (compareLocalDate(inst.dueDate as LocalDate, today) >= 0 || missed !== null) return;
      dueFen = sumFen([dueFen, parseYuan(inst.amount)]);
      if (paidFen < dueFen) missed = i + 1;
    });
    await db.transaction(async (tx) => {
      if (missed !== null) {
        const claimed = await tx
          .update(arrearsPlans)
          .set({ status: 'broken', brokenAt: now, brokenInstallment: missed })
          .where(and(eq(arrearsPlans.id, plan.id), isNull(arrearsPlans.brokenAt)))
          .returning({ id: arrearsPlans.id });
        if (!claimed.length) return;
        await tx.update(closureCases).set({ planState: 'broken' }).where(eq(closureCases.id, plan.caseId));
        const recipients = [
          ...(await activeUsernames(tx, ['finance'], branchId)),
          ...(await activeUsernames(tx, ['manager'], null)),
        ];
        const title = `补缴计划违约：${caseNo} 第 ${missed} 期未按期缴纳`;
        const body = `协议 ${plan.agreementNo ?? ''} 截至今日应缴 ${formatCny(dueFen)}，实缴 ${formatCny(paidFen)}。请按协议追偿并通知担保方。`;
        await insertStaffNotifications(
          tx,
          recipients.map((recipient) => ({
            recipient,
            kind: 'plan_broken',
            title,
            body,
            link: `/cases/${caseNo}`,
            dedupeKey: `plan_broken:${plan.id}`,
          })),
        );
        await createStaffTask(tx, null, {
          kind: 'plan_broken',
          title,
          description: body,
          department: 'finance',
          branchId,
          sourceType: 'arrears_plan',
          sourceId: plan.id,
        });
        await recordAudit(tx, null, {
          entityType: 'arrears_plan',
          entityId: plan.id,
          action: 'arrears_plan.broken',
          after: { caseNo, installment: missed, due: formatCny(dueFen), paid: formatCny(paidFen) },
        });
        broken += 1;
      } else if (paidFen >= plan.totalFen) {
        const claimed = await tx
          .update(arrearsPlans)
          .set({ status: 'completed', completedAt: now })
          .where(and(eq(arrearsPlans.id, plan.id), eq(arrearsPlans.status, 'signed')))
          .returning({ id: arrearsPlans.id });
        if (!claimed.length) return;
        await tx.update(closureCases).set({ planState: 'completed' }).where(eq(closureCases.id, plan.caseId));
        await recordAudit(tx, null, {
          entityType: 'arrears_plan',
          entityId: plan.id,
          action: 'arrears_plan.completed',
          after: { caseNo },
        });
        completed += 1;
      }
    });
  }
  return { broken, completed };
}
