import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  date,
  index,
  integer,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { branches } from './platform.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const accountNoSeq = pgSequence('account_no_seq', { startWith: 1, increment: 1 });

/**
 * A customer's gas account (燃气账户). Identity and phone numbers are stored encrypted
 * (AES-256-GCM) with a keyed-hash blind index for exact search and a masked copy for display.
 */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountNo: text('account_no').notNull(),
    type: text('type').notNull(),
    name: text('name').notNull(),
    idType: text('id_type').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberIndex: text('id_number_index').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    phoneEnc: text('phone_enc').notNull(),
    phoneIndex: text('phone_index').notNull(),
    phoneMasked: text('phone_masked').notNull(),
    address: text('address').notNull(),
    branchId: uuid('branch_id')
      .notNull()
      .references(() => branches.id),
    gasCertificateNo: text('gas_certificate_no'),
    status: text('status').notNull().default('active'),
    closedOn: date('closed_on', { mode: 'string' }),
    importId: uuid('import_id'),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('accounts_account_no_key').on(t.accountNo),
    index('accounts_id_index_idx').on(t.idNumberIndex),
    index('accounts_phone_index_idx').on(t.phoneIndex),
    index('accounts_branch_idx').on(t.branchId, t.createdAt),
    index('accounts_name_idx').on(t.name),
  ],
);

export const facilities = pgTable(
  'facilities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    kind: text('kind').notNull(),
    meterKind: text('meter_kind'),
    serialNo: text('serial_no').notNull(),
    description: text('description').notNull().default(''),
    status: text('status').notNull().default('in_service'),
    removedAt: instant('removed_at'),
  },
  (t) => [index('facilities_account_idx').on(t.accountId)],
);

/** Charges and payments of an account, in integer fen. Rows are only ever added, never changed. */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    entryType: text('entry_type').notNull(),
    kind: text('kind').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    paidAt: instant('paid_at'),
    receiptNo: text('receipt_no'),
    note: text('note').notNull().default(''),
    source: text('source').notNull().default('manual'),
    createdBy: text('created_by'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('ledger_entries_account_idx').on(t.accountId, t.id),
    uniqueIndex('ledger_entries_receipt_key').on(t.receiptNo).where(sql`receipt_no is not null`),
  ],
);

export const customerImports = pgTable('customer_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  fileName: text('file_name').notNull(),
  encoding: text('encoding').notNull(),
  mode: text('mode').notNull(),
  rowsTotal: integer('rows_total').notNull(),
  rowsImported: integer('rows_imported').notNull(),
  rowsRejected: integer('rows_rejected').notNull(),
  importedBy: text('imported_by').notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
});
