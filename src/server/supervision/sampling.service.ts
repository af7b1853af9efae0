import { randomBytes } from 'node:crypto';
import { addMonths, type LocalDate, shanghaiToday } from '../../domain/calendar/local-date.js';
import { type AuditSample, Month } from '../../domain/contracts/supervision.js';
import { drawSample } from '../../domain/supervision/sample.js';
import { type Actor, requireAccess } from '../access/gate.js';
import { recordAudit } from '../audit/audit.service.js';
import { findCase } from '../cases/cases.repository.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import { readPolicy } from '../settings/settings.service.js';
import { toAuditListItem } from './audit-view.js';
import {
  auditsOfSample,
  casesClosedBetween,
  findSample,
  insertAudits,
  insertSample,
  type SampleRow,
} from './audits.repository.js';

const SYSTEM = 'system';

/** A month in Asia/Shanghai as the instants [from, to). */
function monthBounds(month: string) {
  const first = `${month}-01` as LocalDate;
  const shanghaiMidnight = (d: string) => new Date(`${d}T00:00:00+08:00`);
  return { from: shanghaiMidnight(first), to: shanghaiMidnight(addMonths(first, 1)) };
}

async function sampleView(db: Database, sample: SampleRow): Promise<AuditSample> {
  return {
    month: sample.month,
    seed: sample.seed,
    sharePercent: sample.sharePercent / 100,
    population: sample.population,
    drawnBy: sample.drawnBy,
    drawnAt: sample.drawnAt.toISOString(),
    audits: (await auditsOfSample(db, sample.id)).map(toAuditListItem),
  };
}

/**
 * Draws the month's audit sample: P-AUDIT % of the cases closed in the month, rounded up,
 * at least one per outlet with closures, by a seeded shuffle whose seed is recorded. A month is
 * drawn once: a second call, by anyone or by the scheduler (actor null), returns the first draw.
 */
export async function drawMonthlySample(
  db: Database,
  month: string,
  actor: Actor | null,
  seed: string = randomBytes(8).toString('hex'),
  now = new Date(),
): Promise<{ created: boolean; sample: AuditSample }> {
  const who = actor ? requireAccess(actor, 'supervision.audit') : null;
  if (!Month.safeParse(month).success) {
    throw AppError.validation([{ path: 'month', message: `月份格式应为 YYYY-MM，实为 "${month}"` }]);
  }
  if (month >= shanghaiToday(now).slice(0, 7)) {
    throw new AppError('ACTION_NOT_ALLOWED', `${month} 尚未结束，只能抽取已结束月份的样本`);
  }
  const drawn = await db.transaction(async (tx) => {
    const existing = await findSample(tx, month);
    if (existing) return { created: false, sample: existing };
    const { from, to } = monthBounds(month);
    const population = await casesClosedBetween(tx, from, to);
    const share = Math.round((await readPolicy(tx))['P-AUDIT'] * 100);
    const chosen = drawSample(
      population.map((c) => ({ ...c, key: c.caseNo, outlet: c.branchId })),
      share,
      seed,
    );
    const by = who?.username ?? SYSTEM;
    const sample = await insertSample(tx, {
      month,
      seed,
      sharePercent: share,
      population: population.length,
      drawnBy: by,
      drawnAt: now,
    });
    // Another process drew the month between our look and our insert: theirs stands.
    if (!sample) return { created: false, sample: await findSample(tx, month) };
    await insertAudits(
      tx,
      chosen.map((c) => ({ caseId: c.id, sampleId: sample.id, reason: 'random', addedBy: by })),
    );
    await recordAudit(
      tx,
      who,
      {
        entityType: 'audit_sample',
        entityId: month,
        action: 'audit_sample.drawn',
        after: {
          seed,
          sharePercent: share / 100,
          population: population.length,
          cases: chosen.map((c) => c.caseNo),
        },
      },
      now,
    );
    return { created: true, sample };
  });
  if (!drawn.sample) throw new Error(`audit sample ${month} vanished`);
  return { created: drawn.created, sample: await sampleView(db, drawn.sample) };
}

export async function getSample(db: Database, actor: Actor | null, month: string): Promise<AuditSample> {
  requireAccess(actor, 'supervision.audit');
  const sample = await findSample(db, month);
  if (!sample) throw AppError.notFound(`${month} 的抽查样本`);
  return sampleView(db, sample);
}

/** Adds a case by hand, e.g. one with a bad follow-up rating or a complaint. */
export async function addCaseToSample(
  db: Database,
  actor: Actor | null,
  month: string,
  caseNo: string,
): Promise<AuditSample> {
  const who = requireAccess(actor, 'supervision.audit');
  const sample = await db.transaction(async (tx) => {
    const found = await findSample(tx, month);
    if (!found) {
      throw new AppError('ACTION_NOT_ALLOWED', `${month} 尚未抽样：请先抽取该月样本，再手工加入案件`);
    }
    const kase = await findCase(tx, caseNo.trim().toUpperCase());
    if (!kase) throw AppError.validation([{ path: 'caseNo', message: `申请编号 ${caseNo} 不存在` }]);
    const added = await insertAudits(tx, [
      { caseId: kase.c.id, sampleId: found.id, reason: 'manual', addedBy: who.username },
    ]);
    if (!added) throw new AppError('CONFLICT', `申请 ${kase.c.caseNo} 已在 ${month} 的样本中`);
    await recordAudit(tx, who, {
      entityType: 'audit_sample',
      entityId: month,
      action: 'audit_sample.case_added',
      after: { caseNo: kase.c.caseNo },
    });
    return found;
  });
  return sampleView(db, sample);
}
