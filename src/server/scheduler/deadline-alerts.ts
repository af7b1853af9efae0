import { and, eq, isNull, notInArray, sql } from 'drizzle-orm';
import { compareLocalDate, type LocalDate, shanghaiToday } from '../../domain/calendar/local-date.js';
import { DEADLINE_RULES, type DeadlineKind } from '../../domain/closure/deadline-kinds.js';
import { FINAL_STATES } from '../../domain/closure/states.js';
import type { Database } from '../db/database.js';
import { caseDeadlines, closureCases, deadlineAlerts } from '../db/schema/index.js';
import { insertStaffNotifications } from '../notifications/staff-notifications.repository.js';
import type { Rules } from '../settings/rules.js';
import { activeUsernames } from '../users/users.repository.js';

/** Who answers for each kind of deadline: the department of the case's outlet. */
const RESPONSIBLE: Record<DeadlineKind, string> = {
  acceptance: 'clerk',
  supplement: 'clerk',
  inspection: 'inspector',
  rectification: 'inspector',
  removal: 'inspector',
  finance: 'finance',
  follow_up: 'cs',
};

type Level = 'warning' | 'missed' | 'escalated';

/**
 * X10: warns before a case deadline breaks (P-WARN working days ahead), tells the responsible
 * department when it breaks, and escalates to the managers a working day later. Each alert is
 * claimed in `deadline_alerts` first, so two server processes running this at once send it once.
 */
export async function sendDeadlineAlerts(db: Database, rules: Rules, now = new Date()): Promise<number> {
  const today = shanghaiToday(now);
  const { calendar, policy } = rules;
  const open = await db
    .select({ d: caseDeadlines, caseNo: closureCases.caseNo, branchId: closureCases.branchId })
    .from(caseDeadlines)
    .innerJoin(closureCases, eq(closureCases.id, caseDeadlines.caseId))
    .where(
      and(
        isNull(caseDeadlines.metOn),
        eq(caseDeadlines.paused, false),
        notInArray(closureCases.state, [...FINAL_STATES.filter((s) => s !== 'closed'), 'suspended']),
        sql`${caseDeadlines.dueDate} <= ${calendar.addWorkingDays(today, policy['P-WARN'])}`,
      ),
    );
  let sent = 0;
  for (const row of open) {
    const due = row.d.dueDate as LocalDate;
    const levels: Level[] = [];
    if (compareLocalDate(today, due) <= 0) levels.push('warning');
    else {
      levels.push('missed');
      if (compareLocalDate(today, calendar.addWorkingDays(due, 1)) > 0) levels.push('escalated');
    }
    for (const level of levels) {
      const claimed = await db
        .insert(deadlineAlerts)
        .values({ subjectType: 'case_deadline', subjectId: String(row.d.id), level })
        .onConflictDoNothing()
        .returning({ level: deadlineAlerts.level });
      if (!claimed.length) continue;
      const kind = row.d.kind as DeadlineKind;
      const role = level === 'escalated' ? 'manager' : RESPONSIBLE[kind];
      // Managers are company-wide; the other departments answer for their own outlet.
      const recipients = await activeUsernames(db, [role], role === 'manager' ? null : row.branchId);
      const what = `${DEADLINE_RULES[kind].zh}期限`;
      const title =
        level === 'warning'
          ? `${row.caseNo} ${what}将于 ${due} 到期`
          : level === 'missed'
            ? `${row.caseNo} ${what}已于 ${due} 逾期`
            : `逾期升级：${row.caseNo} ${what}（${due}）仍未完成`;
      await insertStaffNotifications(
        db,
        recipients.map((recipient) => ({
          recipient,
          kind: `deadline_${level}`,
          title,
          body: level === 'escalated' ? `${RESPONSIBLE[kind]} 部门逾期未处理，请督办。` : '请及时处理。',
          link: `/cases/${row.caseNo}`,
          dedupeKey: `deadline:${row.d.id}:${level}`,
        })),
      );
      sent += recipients.length;
    }
  }
  return sent;
}
