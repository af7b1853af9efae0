import { DomainError } from '../errors.js';

/** GB 32100 alphabet: digits and capitals without I, O, S, V, Z (easily confused with 1, 0, 5, U, 2). */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 3^i mod 31 for the first 17 characters. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

function invalid(message: string): DomainError {
  return new DomainError('INVALID_ID_NUMBER', message);
}

/** The check character for the first 17 characters of a unified social credit code. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += USCC_ALPHABET.indexOf(first17[i] ?? '') * (WEIGHTS[i] as number);
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] as string;
}

/** Validates a unified social credit code (统一社会信用代码, GB 32100) and returns it upper-cased. */
export function parseUscc(s: string): string {
  const code = (typeof s === 'string' ? s.trim() : '').toUpperCase();
  if (code === '') {
    throw invalid('统一社会信用代码不能为空');
  }
  const chars = Array.from(code);
  if (chars.length !== 18) {
    throw invalid(`统一社会信用代码应为 18 位，实为 ${chars.length} 位`);
  }
  const badIndex = chars.findIndex((c) => !USCC_ALPHABET.includes(c));
  if (badIndex >= 0) {
    throw invalid(
      `统一社会信用代码第 ${badIndex + 1} 位 "${chars[badIndex]}" 不是合法字符（只能是数字和大写字母，不含 I、O、S、V、Z）`,
    );
  }
  const expected = usccCheckChar(code);
  const actual = code.slice(17);
  if (expected !== actual) {
    throw invalid(`统一社会信用代码校验位错误：应为 ${expected}，实为 ${actual}，请核对代码是否输错`);
  }
  return code;
}
