import { eq } from 'drizzle-orm';
import type { IdType } from '../../domain/identity/id-document.js';
import { type Actor, requireAccess } from '../access/gate.js';
import type { AppContext } from '../app-context.js';
import type { Database } from '../db/database.js';
import { branches } from '../db/schema/index.js';
import { AppError } from '../http/app-error.js';
import type { Issuer } from '../pdf/paper.js';
import { companyName } from '../users/users.repository.js';
import { type CaseWithAccount, findCase } from './cases.repository.js';

/** How an applicant or agent is stored on the case: identity encrypted, with a masked copy for display. */
export interface StoredPerson {
  name: string;
  idType: IdType;
  idNumberEnc: string;
  idNumberMasked: string;
  phoneEnc: string;
  phoneMasked: string;
}

/** Loads a case the actor may reach, locked for the action's transaction. */
export async function loadCaseForAction(
  tx: Database,
  actor: Actor,
  caseNo: string,
): Promise<CaseWithAccount> {
  const kase = await findCase(tx, caseNo.trim().toUpperCase(), true);
  if (!kase) throw AppError.notFound(`销户申请 ${caseNo} `);
  requireAccess(actor, 'cases.act', [{ branchId: kase.c.branchId }]);
  return kase;
}

export async function loadCaseForReading(
  db: Database,
  actor: Actor,
  caseNo: string,
): Promise<CaseWithAccount> {
  const kase = await findCase(db, caseNo.trim().toUpperCase());
  if (!kase) throw AppError.notFound(`销户申请 ${caseNo} `);
  requireAccess(actor, 'cases.read', [{ branchId: kase.c.branchId }]);
  return kase;
}

export function applicantInClear(app: AppContext, kase: CaseWithAccount) {
  const a = kase.c.applicant as StoredPerson;
  return { name: a.name, phone: app.identity.decrypt(a.phoneEnc) };
}

/** The company and outlet named on every paper the case issues. */
export async function issuerOf(db: Database, kase: CaseWithAccount): Promise<Issuer> {
  const [outlet] = await db.select().from(branches).where(eq(branches.id, kase.c.branchId));
  return {
    companyName: await companyName(db),
    outlet: { name: kase.outletName, address: outlet?.address ?? '', phone: outlet?.phone ?? '' },
  };
}
