import { compareLocalDate, parseLocalDate, shanghaiToday } from '../../domain/calendar/local-date.js';
import type { AddFeeItemBody, FeeScheduleItem, PublicFeeSchedule } from '../../domain/contracts/fees.js';
import { type FeeItem, scheduleInForce } from '../../domain/fees/fee-schedule.js';
import { formatYuan, parseYuan } from '../../domain/money.js';
import { type Actor, requireAccess } from '../access/gate.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Database } from '../db/database.js';
import { isUniqueViolation } from '../db/rows.js';
import { AppError } from '../http/app-error.js';
import { companyName } from '../users/users.repository.js';
import { allFeeItems, insertFeeItem } from './fee-schedule.repository.js';

const view = (i: FeeItem & { note: string }): FeeScheduleItem => ({
  customerType: i.customerType,
  facilityKind: i.facilityKind,
  amount: formatYuan(i.amountFen),
  effectiveFrom: i.effectiveFrom,
  note: i.note,
});

/** 公示: the schedule in force on a day and the versions announced for later, readable by anyone. */
export async function publicFeeSchedule(db: Database, date?: string): Promise<PublicFeeSchedule> {
  const on = date ? parseLocalDate(date) : shanghaiToday();
  const items = await allFeeItems(db);
  const inForce = scheduleInForce(items, on) as Array<FeeItem & { note: string }>;
  return {
    date: on,
    companyName: await companyName(db),
    inForce: inForce.map(view),
    upcoming: items.filter((i) => i.effectiveFrom > on).map(view),
  };
}

/** A new fee version takes effect from a day that has not passed: published fees are never rewritten. */
export async function addFeeItem(db: Database, actor: Actor | null, body: AddFeeItemBody) {
  const who = requireAccess(actor, 'feeSchedule.manage');
  const amountFen = parseYuan(body.amount);
  const from = parseLocalDate(body.effectiveFrom);
  if (compareLocalDate(from, shanghaiToday()) < 0) {
    throw AppError.validation([
      { path: 'effectiveFrom', message: '生效日期不能早于今天：已公示的收费标准不能追溯修改' },
    ]);
  }
  try {
    await db.transaction(async (tx) => {
      await insertFeeItem(tx, { ...body, amountFen, effectiveFrom: from, createdBy: who.username });
      await recordAudit(tx, who, {
        entityType: 'fee_schedule',
        entityId: `${body.customerType}/${body.facilityKind}`,
        action: 'fee_schedule.item_added',
        after: { amount: formatYuan(amountFen), effectiveFrom: from, note: body.note },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('CONFLICT', '该类别在这一天已有收费标准，请换一个生效日期');
    throw error;
  }
  return publicFeeSchedule(db, from);
}
