import { z } from 'zod';
import {
  ACCOUNT_STATUSES,
  CUSTOMER_TYPES,
  FACILITY_KINDS,
  METER_KINDS,
} from '../customers/customer-types.js';
import { ID_TYPES } from '../identity/id-document.js';
import { CHARGE_KINDS, PAYMENT_METHODS } from '../ledger/ledger.js';
import { BranchRef } from './auth.js';
import { LocalDateString, PageQuery, pageOf } from './common.js';

/** Money in the API: a decimal string in yuan with two decimals, never a JSON number (SPEC §7). */
export const Yuan = z
  .string()
  .regex(/^\d+(\.\d{1,2})?$/, '金额应为以元为单位、最多两位小数的字符串，如 "123.45"')
  .describe('Amount in yuan, decimal string, e.g. "123.45"');
export const SignedYuan = z.string().describe('Signed amount in yuan with two decimals, e.g. "-12.50"');

export const FacilityInput = z.object({
  facility: z.enum(FACILITY_KINDS),
  serialNo: z.string().trim().min(1, '请填写设施编号').max(40),
  meterKind: z.enum(METER_KINDS).optional(),
  description: z.string().trim().max(200).optional(),
});

export const CreateCustomerBody = z.object({
  type: z.enum(CUSTOMER_TYPES),
  name: z.string().trim().min(1, '请填写用户名称').max(100),
  idType: z.enum(ID_TYPES),
  idNumber: z.string().trim().min(1, '请填写证件号码').max(40),
  phone: z.string().trim().min(1, '请填写联系电话').max(20),
  address: z.string().trim().min(1, '请填写用气地址').max(200),
  outlet: z.string().trim().max(20).optional().describe('Outlet code; defaults to the caller’s outlet'),
  gasCertificateNo: z.string().trim().max(40).optional(),
  facilities: z.array(FacilityInput).max(50).default([]),
});
export type CreateCustomerBody = z.infer<typeof CreateCustomerBody>;

export const UpdateCustomerBody = z.object({
  expectedVersion: z.number().int().min(1),
  name: z.string().trim().min(1).max(100).optional(),
  phone: z.string().trim().min(1).max(20).optional(),
  address: z.string().trim().min(1).max(200).optional(),
  gasCertificateNo: z.string().trim().max(40).nullable().optional(),
});
export type UpdateCustomerBody = z.infer<typeof UpdateCustomerBody>;

export const Facility = z.object({
  id: z.string(),
  facility: z.enum(FACILITY_KINDS),
  meterKind: z.enum(METER_KINDS).nullable(),
  serialNo: z.string(),
  description: z.string(),
  status: z.enum(['in_service', 'removed']),
  removedAt: z.string().nullable(),
});

export const Customer = z.object({
  accountNo: z.string(),
  type: z.enum(CUSTOMER_TYPES),
  name: z.string(),
  idType: z.enum(ID_TYPES),
  idNumber: z.string().describe('Masked, e.g. 110105********002X; reveal with POST …/reveal-identity'),
  phone: z.string().describe('Masked unless the role needs the full number to contact the customer'),
  address: z.string(),
  outlet: BranchRef,
  gasCertificateNo: z.string().nullable(),
  status: z.enum(ACCOUNT_STATUSES),
  closedOn: LocalDateString.nullable(),
  facilities: z.array(Facility),
  /** repayment plans signed for closures of this account, and whether they are kept. */
  arrearsPlans: z.array(
    z.object({
      caseNo: z.string(),
      status: z.enum(['pending', 'approved', 'rejected', 'signed', 'broken', 'completed']),
      agreementNo: z.string().nullable(),
      total: Yuan,
      finalDueDate: LocalDateString.nullable(),
      brokenInstallment: z.number().int().nullable(),
    }),
  ),
  version: z.number().int(),
  createdAt: z.string(),
});
export type Customer = z.infer<typeof Customer>;

export const CustomerListItem = Customer.omit({ facilities: true, version: true, arrearsPlans: true });
export type CustomerListItem = z.infer<typeof CustomerListItem>;

export const CustomerSearchQuery = PageQuery.extend({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe('Account number, name (partial), phone or exact ID number'),
  type: z.enum(CUSTOMER_TYPES).optional(),
  status: z.enum(ACCOUNT_STATUSES).optional(),
  outlet: z.string().max(20).optional(),
});
export const CustomerPage = pageOf(CustomerListItem);
export type CustomerPage = z.infer<typeof CustomerPage>;

export const RevealedIdentity = z.object({
  accountNo: z.string(),
  idType: z.enum(ID_TYPES),
  idNumber: z.string(),
  phone: z.string(),
});
export type RevealedIdentity = z.infer<typeof RevealedIdentity>;

const KindTotals = z.object({ charged: Yuan, paid: Yuan, outstanding: Yuan });

export const Ledger = z.object({
  accountNo: z.string(),
  charges: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(CHARGE_KINDS),
      amount: Yuan,
      paid: Yuan,
      outstanding: Yuan,
      dueDate: LocalDateString,
      note: z.string(),
      source: z.string(),
      createdBy: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  payments: z.array(
    z.object({
      id: z.string(),
      amount: Yuan,
      method: z.enum(PAYMENT_METHODS),
      paidAt: z.string(),
      receiptNo: z.string().nullable(),
      note: z.string(),
      createdBy: z.string().nullable(),
    }),
  ),
  totals: z.object({
    byKind: z.record(z.enum(CHARGE_KINDS), KindTotals),
    totalCharged: Yuan,
    totalPaid: Yuan,
    outstanding: Yuan,
    credit: Yuan,
    balance: SignedYuan,
  }),
});
export type Ledger = z.infer<typeof Ledger>;

export const AddChargeBody = z.object({
  kind: z.enum(CHARGE_KINDS),
  amount: Yuan,
  dueDate: LocalDateString,
  note: z.string().trim().max(200).optional(),
});
export type AddChargeBody = z.infer<typeof AddChargeBody>;

export const AddPaymentBody = z.object({
  amount: Yuan,
  method: z.enum(PAYMENT_METHODS),
  paidAt: z.string().datetime({ offset: true, message: '缴费时间应为带时区的 ISO 8601 时间' }),
  receiptNo: z.string().trim().min(1).max(40).optional(),
  note: z.string().trim().max(200).optional(),
});
export type AddPaymentBody = z.infer<typeof AddPaymentBody>;

export const EligibilityBlocker = z.object({
  code: z.string(),
  message: z.string(),
  amounts: z.array(z.object({ kind: z.enum(CHARGE_KINDS), amount: Yuan })).optional(),
});

export const ClosureEligibility = z.object({
  accountNo: z.string(),
  eligible: z.boolean(),
  blockers: z.array(EligibilityBlocker),
  checkedAt: z.string(),
});
export type ClosureEligibility = z.infer<typeof ClosureEligibility>;

export const ImportQuery = z.object({
  mode: z.enum(['all-or-nothing', 'valid-only']).default('all-or-nothing'),
});

export const ImportResult = z.object({
  importId: z.string().nullable(),
  mode: z.enum(['all-or-nothing', 'valid-only']),
  encoding: z.string(),
  rowsTotal: z.number().int(),
  rowsImported: z.number().int(),
  rowsRejected: z.number().int(),
  errors: z.array(
    z.object({ line: z.number().int(), accountNo: z.string().nullable(), reasons: z.array(z.string()) }),
  ),
  durationMs: z.number().int(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const AccountNoParam = z.object({ accountNo: z.string().max(20) });
