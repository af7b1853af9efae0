import { randomUUID } from 'node:crypto';
import { accountNoFromSequence } from '../../domain/customers/account-no.js';
import type { CustomerType, FacilityKind, MeterKind } from '../../domain/customers/customer-types.js';
import type { IdType } from '../../domain/identity/id-document.js';
import type { ChargeKind } from '../../domain/ledger/ledger.js';
import type { Database } from '../db/database.js';
import type { IdentityCipher } from '../security/identity-cipher.js';
import { idColumns, phoneColumns } from './customer-identity.js';
import { insertUnnest, nextAccountSequence } from './customers.repository.js';

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

const BATCH = 10_000;

/** Stores many customers inside the caller's transaction, in bulk statements. Returns their account numbers. */
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
    id: randomUUID(),
    accountNo: r.accountNo ?? accountNoFromSequence(sequence[next++] ?? 0),
  }));
  for (let i = 0; i < numbered.length; i += BATCH) {
    const batch = numbered.slice(i, i + BATCH).map((r) => ({
      ...r,
      ...idColumns(cipher, r.idNumber),
      ...phoneColumns(cipher, r.phone),
    }));
    await insertUnnest(
      tx,
      'accounts',
      [
        { name: 'id', type: 'uuid', value: (r) => r.id },
        { name: 'account_no', type: 'text', value: (r) => r.accountNo },
        { name: 'type', type: 'text', value: (r) => r.type },
        { name: 'name', type: 'text', value: (r) => r.name },
        { name: 'id_type', type: 'text', value: (r) => r.idType },
        { name: 'id_number_enc', type: 'text', value: (r) => r.idNumberEnc },
        { name: 'id_number_index', type: 'text', value: (r) => r.idNumberIndex },
        { name: 'id_number_masked', type: 'text', value: (r) => r.idNumberMasked },
        { name: 'phone_enc', type: 'text', value: (r) => r.phoneEnc },
        { name: 'phone_index', type: 'text', value: (r) => r.phoneIndex },
        { name: 'phone_masked', type: 'text', value: (r) => r.phoneMasked },
        { name: 'address', type: 'text', value: (r) => r.address },
        { name: 'branch_id', type: 'uuid', value: (r) => r.branchId },
        { name: 'gas_certificate_no', type: 'text', value: (r) => r.gasCertificateNo },
        { name: 'import_id', type: 'uuid', value: () => meta.importId },
      ],
      batch,
    );
    await insertUnnest(
      tx,
      'facilities',
      [
        { name: 'account_id', type: 'uuid', value: (f) => f.accountId },
        { name: 'kind', type: 'text', value: (f) => f.kind },
        { name: 'meter_kind', type: 'text', value: (f) => f.meterKind },
        { name: 'serial_no', type: 'text', value: (f) => f.serialNo },
      ],
      batch.flatMap((r) => r.facilities.map((f) => ({ ...f, accountId: r.id }))),
    );
    await insertUnnest(
      tx,
      'ledger_entries',
      [
        { name: 'account_id', type: 'uuid', value: (o) => o.accountId },
        { name: 'entry_type', type: 'text', value: () => 'charge' },
        { name: 'kind', type: 'text', value: (o) => o.kind },
        { name: 'amount_fen', type: 'bigint', value: (o) => o.amountFen },
        { name: 'due_date', type: 'date', value: (o) => o.dueDate },
        { name: 'note', type: 'text', value: () => '期初余额' },
        { name: 'source', type: 'text', value: () => meta.source },
        { name: 'created_by', type: 'text', value: () => meta.createdBy },
      ],
      batch.flatMap((r) => r.opening.map((o) => ({ ...o, accountId: r.id }))),
    );
  }
  return numbered.map((r) => r.accountNo);
}
