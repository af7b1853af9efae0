import { DomainError } from '../errors.js';

/** 户号: 6–20 digits or capital letters. Generated ones are ten digits; imported ones keep the billing system's. */
export type AccountNo = string & { readonly __brand: 'AccountNo' };

const PATTERN = /^[0-9A-Z]{6,20}$/;

export function isAccountNo(value: string): value is AccountNo {
  return PATTERN.test(value);
}

export function parseAccountNo(input: string): AccountNo {
  const value = input.trim().toUpperCase();
  if (!isAccountNo(value)) {
    throw new DomainError('VALIDATION_FAILED', `户号“${input}”格式不正确：应为 6–20 位数字或大写字母`, [
      { path: 'accountNo', message: '户号应为 6–20 位数字或大写字母' },
    ]);
  }
  return value;
}

/** Ten digits from a database sequence value: stable, unique, and easy to read out over the phone. */
export function accountNoFromSequence(n: number): AccountNo {
  if (!Number.isSafeInteger(n) || n < 1 || n > 8_999_999_999)
    throw new RangeError(`account sequence out of range: ${n}`);
  return String(1_000_000_000 + n) as AccountNo;
}
