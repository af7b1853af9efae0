import { roleHasPermission } from '../../domain/access/permissions.js';
import type { Customer, CustomerListItem } from '../../domain/contracts/customers.js';
import type {
  AccountStatus,
  CustomerType,
  FacilityKind,
  MeterKind,
} from '../../domain/customers/customer-types.js';
import type { IdType } from '../../domain/identity/id-document.js';
import type { Actor } from '../access/gate.js';
import type { IdentityCipher } from '../security/identity-cipher.js';
import type { AccountWithOutlet, FacilityRow } from './customers.repository.js';

/** Staff who call customers see the full phone number; everyone else sees it masked. */
export function visiblePhone(
  actor: Actor,
  cipher: IdentityCipher,
  stored: { phoneEnc: string; phoneMasked: string },
): string {
  return roleHasPermission(actor.role, 'customers.contact')
    ? cipher.decrypt(stored.phoneEnc)
    : stored.phoneMasked;
}

/** A customer as lists show it: ID numbers are always masked here. */
export function toListItem(row: AccountWithOutlet, actor: Actor, cipher: IdentityCipher): CustomerListItem {
  const a = row.account;
  return {
    accountNo: a.accountNo,
    type: a.type as CustomerType,
    name: a.name,
    idType: a.idType as IdType,
    idNumber: a.idNumberMasked,
    phone: visiblePhone(actor, cipher, a),
    address: a.address,
    outlet: { code: row.outletCode, name: row.outletName },
    gasCertificateNo: a.gasCertificateNo,
    status: a.status as AccountStatus,
    closedOn: a.closedOn,
    createdAt: a.createdAt.toISOString(),
  };
}

export function toCustomer(
  row: AccountWithOutlet,
  facilities: FacilityRow[],
  plans: Customer['arrearsPlans'],
  actor: Actor,
  cipher: IdentityCipher,
): Customer {
  return {
    ...toListItem(row, actor, cipher),
    version: row.account.version,
    arrearsPlans: plans,
    facilities: facilities.map((f) => ({
      id: f.id,
      facility: f.kind as FacilityKind,
      meterKind: (f.meterKind as MeterKind | null) ?? null,
      serialNo: f.serialNo,
      description: f.description,
      status: f.status as 'in_service' | 'removed',
      removedAt: f.removedAt?.toISOString() ?? null,
    })),
  };
}
