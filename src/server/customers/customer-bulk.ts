import { accountNoFromSequence } from '../../domain/customers/account-no.js';
import type { CustomerType, FacilityKind, MeterKind } from '../../domain/customers/customer-types.js';
import type { IdType } from '../../domain/identity/id-document.js';
import type { ChargeKind } from '../../domain/ledger/ledger.js';
import type { Database } from '../db/database.js';
import { insertEntries } from '../ledger/ledger.repository.js';
import type { IdentityCipher } from '../security/identity-cipher.js';
import { idColumns, phoneColumns } from './customer-identity.js';
import { insertAccounts, insertFacilities, nextAccountSequence } from './customers.repository.js';

/** A customer already validated and normalised (by the import or the seed), ready to store. */
export interface CustomerRecord {
  accountNo?: string;
  type: CustomerType;
  name: string;
  idType: IdType;
  idNumber: string;
  phone: string;
  address: string;
  branchId: string;
  gasCertificateNo: string | null;
  facilities: Array<{ kind: FacilityKind; meterKind: MeterKind | null; serialNo: string }>;
  opening: Array<{ kind: ChargeKind; amountFen: number; dueDate: string }>;
}

// 1 000 rows × ~15 columns stays far below PostgreSQL's 65 535 bind parameters per statement.
const BATCH = 1000;

/** Stores many customers inside the caller's transaction, in multi-row statements. Returns account numbers. */
export async function insertCustomers(
  tx: Database,
  cipher: IdentityCipher,
  records: CustomerRecord[],
  meta: { importId: string | null; createdBy: string | null; source: string },
): Promise<string[]> {
  const needNumbers = records.filter((r) => !r.accountNo).length;
  const sequence = needNumbers ? await nextAccountSequence(tx, needNumbers) : [];
  let next = 0;
  const numbered = records.map((r) => ({
    ...r,
    accountNo: r.accountNo ?? accountNoFromSequence(sequence[next++] ?? 0),
  }));
  for (let i = 0; i < numbered.length; i += BATCH) {
    const batch = numbered.slice(i, i + BATCH);
    const inserted = await insertAccounts(
      tx,
      batch.map((r) => ({
        accountNo: r.accountNo,
        type: r.type,
        name: r.name,
        idType: r.idType,
        ...idColumns(cipher, r.idNumber),
        ...phoneColumns(cipher, r.phone),
        address: r.address,
        branchId: r.branchId,
        gasCertificateNo: r.gasCertificateNo,
        importId: meta.importId,
      })),
    );
    const idOf = new Map(inserted.map((x) => [x.accountNo, x.id]));
    const accountId = (no: string) => {
      const id = idOf.get(no);
      if (!id) throw new Error(`account ${no} was not inserted`);
      return id;
    };
    await insertFacilities(
      tx,
      batch.flatMap((r) =>
        r.facilities.map((f) => ({
          accountId: accountId(r.accountNo),
          kind: f.kind,
          meterKind: f.meterKind,
          serialNo: f.serialNo,
        })),
      ),
    );
    await insertEntries(
      tx,
      batch.flatMap((r) =>
        r.opening.map((o) => ({
          accountId: accountId(r.accountNo),
          entryType: 'charge',
          kind: o.kind,
          amountFen: o.amountFen,
          dueDate: o.dueDate,
          note: '期初余额',
          source: meta.source,
          createdBy: meta.createdBy,
        })),
      ),
    );
  }
  return numbered.map((r) => r.accountNo);
}
