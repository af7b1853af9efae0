import { compareLocalDate, type LocalDate, shanghaiToday } from '../../domain/calendar/local-date.js';
import type { ArchiveItem, DisposeBody } from '../../domain/contracts/archive.js';
import { type Actor, branchFilter, requireAccess } from '../access/gate.js';
import { recordAudit } from '../audit/audit.service.js';
import { openDispute } from '../cases/cases.repository.js';
import { hasLegalHold } from '../complaints/legal-hold.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import { type ArchiveRow, findArchive, markDisposed, searchArchive } from './archive.repository.js';

/** An unanswered complaint or an open dispute about the case freezes its file (legal hold). */
async function legalHold(db: Database, caseId: string): Promise<boolean> {
  return (await hasLegalHold(db, caseId)) || (await openDispute(db, caseId)) !== null;
}

async function toItem(db: Database, row: NonNullable<ArchiveRow>): Promise<ArchiveItem> {
  const r = row.record;
  return {
    archiveNo: r.archiveNo,
    caseNo: row.caseNo,
    accountNo: row.accountNo,
    customerName: row.customerName,
    certificateNo: row.certificateNo,
    category: r.category,
    location: r.location,
    closedOn: r.closedOn,
    retainUntil: r.retainUntil,
    archivedAt: r.archivedAt.toISOString(),
    archivedBy: r.archivedBy,
    disposedAt: r.disposedAt?.toISOString() ?? null,
    legalHold: await legalHold(db, r.caseId),
  };
}

export async function searchArchiveRecords(
  db: Database,
  actor: Actor | null,
  q: { q?: string; from?: string; to?: string; page: number; pageSize: number },
) {
  const who = requireAccess(actor, 'archive.read');
  const { items, total } = await searchArchive(db, { ...q, branchId: branchFilter(who) }, q.page, q.pageSize);
  const views: ArchiveItem[] = [];
  for (const row of items) views.push(await toItem(db, row));
  return { items: views, total, page: q.page, pageSize: q.pageSize };
}

async function load(db: Database, actor: Actor, archiveNo: string) {
  const row = await findArchive(db, archiveNo.trim().toUpperCase());
  if (!row) throw AppError.notFound(`档案 ${archiveNo} `);
  requireAccess(actor, 'archive.read', [{ branchId: row.branchId }]);
  return row;
}

export async function archiveDetail(db: Database, actor: Actor | null, archiveNo: string) {
  const who = requireAccess(actor, 'archive.read');
  const row = await load(db, who, archiveNo);
  return {
    ...(await toItem(db, row)),
    manifest: row.record.manifest,
    manifestSha256: row.record.manifestSha256,
    disposal: row.record.disposal ?? null,
  };
}

/**
 * destruction only after the retention period has run out, with an appraisal record, and
 * never while a complaint or dispute holds the file (国家档案局令第10号).
 */
export async function disposeArchive(
  db: Database,
  actor: Actor | null,
  archiveNo: string,
  body: DisposeBody,
  today: LocalDate = shanghaiToday(),
) {
  const who = requireAccess(actor, 'archive.dispose');
  await db.transaction(async (tx) => {
    const row = await load(tx, who, archiveNo);
    const r = row.record;
    if (r.disposedAt) throw new AppError('ACTION_NOT_ALLOWED', '该档案已销毁');
    if (!r.retainUntil) throw new AppError('ACTION_NOT_ALLOWED', '该档案为永久保管，不得销毁');
    if (compareLocalDate(today, r.retainUntil as LocalDate) <= 0) {
      throw new AppError('ACTION_NOT_ALLOWED', `保管期至 ${r.retainUntil} 尚未届满，不得销毁`);
    }
    if (await legalHold(tx, r.caseId)) {
      throw new AppError('ACTION_NOT_ALLOWED', '该案件有未办结的投诉或纠纷，档案依法冻结，不得销毁');
    }
    const now = new Date();
    await markDisposed(tx, r.id, now, { ...body.appraisal, disposedBy: who.username });
    await recordAudit(tx, who, {
      entityType: 'archive',
      entityId: r.archiveNo,
      action: 'archive.disposed',
      after: body.appraisal,
    });
  });
  return archiveDetail(db, who, archiveNo);
}
