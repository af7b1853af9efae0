import type { AccountStatus } from '../../../domain/customers/customer-types';
import { ID_TYPE_LABELS, type IdType } from '../../../domain/identity/id-document';
import type { Lang } from '../../i18n/i18n';

/** The domain names ID documents in Chinese only; the English UI needs its own words. */
const ID_TYPE_LABELS_EN: Record<IdType, string> = {
  resident_id: 'Resident ID card',
  uscc: 'Unified social credit code',
  passport: 'Passport',
  other: 'Other document',
};

export function idTypeLabel(type: IdType, lang: Lang): string {
  return lang === 'zh' ? ID_TYPE_LABELS[type] : ID_TYPE_LABELS_EN[type];
}

/** Tag colours of an account's status: in service, being closed, closed for good. */
export const STATUS_COLORS: Record<AccountStatus, string> = {
  active: 'success',
  closing: 'processing',
  closed: 'default',
};

export const customerPath = (accountNo: string) => `/customers/${encodeURIComponent(accountNo)}`;
