import { DomainError } from '../errors.js';
import { parseResidentId, type ResidentIdOptions } from './resident-id.js';
import { parseUscc } from './uscc.js';

export const ID_TYPES = ['resident_id', 'uscc', 'passport', 'other'] as const;
export type IdType = (typeof ID_TYPES)[number];

export const ID_TYPE_LABELS: Record<IdType, string> = {
  resident_id: '居民身份证',
  uscc: '统一社会信用代码',
  passport: '护照',
  other: '其他证件',
};

function invalid(message: string): DomainError {
  return new DomainError('INVALID_ID_NUMBER', message);
}

export function isIdType(value: unknown): value is IdType {
  return typeof value === 'string' && (ID_TYPES as readonly string[]).includes(value);
}

function parsePassport(s: string): string {
  const number = s.trim().toUpperCase();
  if (!/^[A-Z0-9]{5,20}$/.test(number)) {
    throw invalid(`护照号码应为 5–20 位字母或数字，实为 "${number}"`);
  }
  return number;
}

function parseOther(s: string): string {
  const number = s.trim();
  const length = Array.from(number).length;
  if (length < 2 || length > 40) {
    throw invalid(`证件号码应为 2–40 个字符，实为 ${length} 个`);
  }
  // Control characters would be invisible on a certificate and make the number impossible to check.
  if (/\p{Cc}|\p{Cf}/u.test(number)) {
    throw invalid('证件号码含有不可见字符，请重新输入');
  }
  return number;
}

/** Validates and normalises an ID number for its document type; the stored form is the return value. */
export function parseIdNumber(type: IdType, s: string, options: ResidentIdOptions = {}): string {
  const value = typeof s === 'string' ? s : '';
  switch (type) {
    case 'resident_id':
      return parseResidentId(value, options);
    case 'uscc':
      return parseUscc(value);
    case 'passport':
      return parsePassport(value);
    case 'other':
      return parseOther(value);
    default:
      throw invalid(`不支持的证件类型 "${String(type)}"，应为居民身份证、统一社会信用代码、护照或其他证件`);
  }
}
