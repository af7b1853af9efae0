import { compareLocalDate, isLocalDate, type LocalDate, shanghaiToday } from '../calendar/local-date.js';
import { DomainError } from '../errors.js';

/** GB 11643 weights for the first 17 digits (2^(18−i) mod 11). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** ISO 7064 MOD 11-2: check character by remainder of the weighted sum mod 11. */
const CHECK_CHARS = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'] as const;

/**
 * Province-level codes (GB/T 2260) that begin a resident ID, plus 71/81/82 (Taiwan, Hong Kong, Macao),
 * 83 (residence permits for Taiwan residents) and 91 (permanent residence for foreigners).
 */
const PROVINCE_CODES: ReadonlySet<number> = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82, 83, 91,
]);

export interface ResidentIdOptions {
  /** Birth dates after this day are refused; defaults to today in Shanghai. */
  today?: LocalDate;
}

function invalid(message: string): DomainError {
  return new DomainError('INVALID_ID_NUMBER', message);
}

/** The check character for the first 17 digits of a resident ID. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(first17[i]) * (WEIGHTS[i] as number);
  }
  return CHECK_CHARS[sum % 11] as string;
}

/** Validates an 18-digit resident ID (GB 11643) and returns it with a capital X. */
export function parseResidentId(s: string, options: ResidentIdOptions = {}): string {
  const id = (typeof s === 'string' ? s.trim() : '').toUpperCase();
  if (id === '') {
    throw invalid('身份证号码不能为空');
  }
  if (id.length !== 18) {
    throw invalid(`身份证号码应为 18 位，实为 ${id.length} 位`);
  }
  if (!/^\d{17}$/.test(id.slice(0, 17))) {
    throw invalid('身份证号码前 17 位只能是数字');
  }
  if (!/^[\dX]$/.test(id.slice(17))) {
    throw invalid(`身份证号码最后一位只能是数字或 X，实为 ${id.slice(17)}`);
  }
  const province = id.slice(0, 2);
  if (!PROVINCE_CODES.has(Number(province))) {
    throw invalid(`身份证号码前两位 ${province} 不是有效的省级行政区代码`);
  }
  const birth = id.slice(6, 14);
  const birthDate = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`;
  if (!isLocalDate(birthDate)) {
    throw invalid(`身份证号码中的出生日期 ${birth} 不是有效日期`);
  }
  if (birthDate < '1900-01-01') {
    throw invalid(`身份证号码中的出生日期 ${birth} 早于 1900 年`);
  }
  if (compareLocalDate(birthDate, options.today ?? shanghaiToday()) > 0) {
    throw invalid(`身份证号码中的出生日期 ${birth} 晚于今天`);
  }
  const expected = residentIdCheckChar(id);
  const actual = id.slice(17);
  if (expected !== actual) {
    throw invalid(`身份证号码校验位错误：应为 ${expected}，实为 ${actual}，请核对号码是否输错`);
  }
  return id;
}
