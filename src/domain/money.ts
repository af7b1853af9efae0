import { DomainError } from './errors.js';

/**
 * An amount of money in fen (分), always a safe integer. Floating-point yuan would turn
 * 0.1 + 0.2 into 0.30000000000000004 on a customer's bill, so yuan exist only as strings at the edges.
 */
export type Fen = number;

/**
 * Yuan as the API accepts them: optional minus sign, digits, at most two decimals.
 * Shared with request schemas so that a schema and `parseYuan` agree on what is well-formed.
 */
export const YUAN_PATTERN = /^-?\d+(?:\.\d{1,2})?$/;

const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);

export interface ParseYuanOptions {
  /** Refunds and ledger corrections may be negative; charges and payments may not. */
  allowNegative?: boolean;
}

function invalid(message: string): DomainError {
  return new DomainError('INVALID_AMOUNT', message);
}

/** Parses a yuan string ("123", "123.4", "123.45") into fen without ever going through a float. */
export function parseYuan(input: string, options: ParseYuanOptions = {}): Fen {
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') {
    throw invalid('金额不能为空，请填写以元为单位的金额，例如 123.45');
  }
  if (!YUAN_PATTERN.test(text)) {
    if (/^-?\d+\.\d{3,}$/.test(text)) {
      throw invalid(`金额最多只能有两位小数（精确到分），实为 "${text}"`);
    }
    throw invalid(`金额格式不正确：应为以元为单位的数字，最多两位小数（例如 123.45），实为 "${text}"`);
  }
  const negative = text.startsWith('-');
  const unsigned = negative ? text.slice(1) : text;
  const [whole = '0', decimals = ''] = unsigned.split('.');
  const magnitude = BigInt(whole) * 100n + BigInt(decimals.padEnd(2, '0'));
  if (magnitude > MAX_FEN) {
    throw invalid(`金额 "${text}" 超出系统可处理的范围`);
  }
  if (magnitude === 0n) {
    // "-0.00" is zero; returning -0 would print as "-0.00" later.
    return 0;
  }
  if (negative && !options.allowNegative) {
    throw invalid(`金额不能为负数，实为 "${text}"`);
  }
  const fen = Number(magnitude);
  return negative ? -fen : fen;
}

/** Throws unless `fen` is a safe integer, so a float that slipped in is caught before it is shown or stored. */
export function assertFen(fen: Fen): Fen {
  if (!Number.isSafeInteger(fen)) {
    throw invalid(`金额必须是以分为单位的整数，实为 ${String(fen)}`);
  }
  return fen;
}

function splitFen(fen: Fen): { sign: string; yuan: number; cents: string } {
  assertFen(fen);
  const abs = Math.abs(fen);
  const cents = abs % 100;
  // (abs - cents) is an exact multiple of 100, so the division is exact even near 2^53.
  return { sign: fen < 0 ? '-' : '', yuan: (abs - cents) / 100, cents: String(cents).padStart(2, '0') };
}

/** Fen → API yuan string with exactly two decimals: 12345 → "123.45", -50 → "-0.50". */
export function formatYuan(fen: Fen): string {
  const { sign, yuan, cents } = splitFen(fen);
  return `${sign}${yuan}.${cents}`;
}

/** Fen → amount for people to read: 123456 → "¥1,234.56", -50 → "-¥0.50". */
export function formatCny(fen: Fen): string {
  const { sign, yuan, cents } = splitFen(fen);
  const grouped = String(yuan).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}¥${grouped}.${cents}`;
}

/**
 * Exact sum of fen amounts. Intermediate sums may leave the safe range (large charges minus large
 * payments), so the sum switches to BigInt rather than silently losing a fen.
 */
export function sumFen(values: Iterable<Fen>): Fen {
  let small = 0;
  let big: bigint | undefined;
  for (const value of values) {
    assertFen(value);
    if (big !== undefined) {
      big += BigInt(value);
      continue;
    }
    const next = small + value;
    if (Number.isSafeInteger(next)) {
      small = next;
    } else {
      big = BigInt(small) + BigInt(value);
    }
  }
  if (big === undefined) {
    return small === 0 ? 0 : small;
  }
  if (big > MAX_FEN || big < -MAX_FEN) {
    throw invalid('金额合计超出系统可处理的范围');
  }
  return Number(big);
}
