import { and, count, desc, eq, gte, ilike, lte, or, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { accounts, archiveRecords, closureCases, closureCertificates } from '../db/schema/index.js';

const columns = {
  record: archiveRecords,
  caseNo: closureCases.caseNo,
  branchId: closureCases.branchId,
  accountNo: accounts.accountNo,
  customerName: accounts.name,
  certificateNo: closureCertificates.certificateNo,
};

function joined(db: Database) {
  return db
    .select(columns)
    .from(archiveRecords)
    .innerJoin(closureCases, eq(closureCases.id, archiveRecords.caseId))
    .innerJoin(accounts, eq(accounts.id, closureCases.accountId))
    .leftJoin(closureCertificates, eq(closureCertificates.caseId, archiveRecords.caseId));
}

export type ArchiveRow = Awaited<ReturnType<typeof findArchive>>;

export async function searchArchive(
  db: Database,
  f: { q?: string; from?: string; to?: string; branchId: string | null },
  page: number,
  pageSize: number,
) {
  const like = f.q ? `%${f.q.replace(/[\\%_]/g, '\\$&')}%` : undefined;
  const where = and(
    like
      ? (or(
          ilike(accounts.accountNo, like),
          ilike(accounts.name, like),
          ilike(closureCases.caseNo, like),
          ilike(closureCertificates.certificateNo, like),
          ilike(archiveRecords.archiveNo, like),
        ) as SQL)
      : undefined,
    f.from ? gte(archiveRecords.closedOn, f.from) : undefined,
    f.to ? lte(archiveRecords.closedOn, f.to) : undefined,
    f.branchId ? eq(closureCases.branchId, f.branchId) : undefined,
  );
  const items = await joined(db)
    .where(where)
    .orderBy(desc(archiveRecords.closedOn), desc(archiveRecords.archiveNo))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db
    .select({ n: count() })
    .from(archiveRecords)
    .innerJoin(closureCases, eq(closureCases.id, archiveRecords.caseId))
    .innerJoin(accounts, eq(accounts.id, closureCases.accountId))
    .leftJoin(closureCertificates, eq(closureCertificates.caseId, archiveRecords.caseId))
    .where(where);
  return { items, total: Number(total?.n ?? 0) };
}

export async function findArchive(db: Database, archiveNo: string) {
  const [row] = await joined(db).where(eq(archiveRecords.archiveNo, archiveNo));
  return row ?? null;
}

export async function markDisposed(db: Database, id: string, at: Date, disposal: unknown) {
  await db.update(archiveRecords).set({ disposedAt: at, disposal }).where(eq(archiveRecords.id, id));
}
