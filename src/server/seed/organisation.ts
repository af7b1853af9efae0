import { asc } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.js';
import type { Database } from '../db/database.js';
import { branches, companies } from '../db/schema/index.js';

export async function hasCompany(db: Database): Promise<boolean> {
  const rows = await db.select({ id: companies.id }).from(companies).limit(1);
  return rows.length > 0;
}

/** The company and its outlets; created once, by the seed or by the first-admin CLI. */
export async function ensureCompany(
  db: Database,
  name: string,
  outlets: ReadonlyArray<{ code: string; name: string; address: string; phone?: string }>,
) {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(companies).orderBy(asc(companies.createdAt)).limit(1);
    if (existing) return existing.id;
    const [company] = await tx.insert(companies).values({ name }).returning({ id: companies.id });
    if (!company) throw new Error('insert company returned nothing');
    await recordAudit(tx, null, {
      entityType: 'company',
      entityId: company.id,
      action: 'company.created',
      after: { name },
    });
    for (const outlet of outlets) {
      await tx.insert(branches).values({ ...outlet, companyId: company.id });
      await recordAudit(tx, null, {
        entityType: 'branch',
        entityId: outlet.code,
        action: 'branch.created',
        after: outlet,
      });
    }
    return company.id;
  });
}
