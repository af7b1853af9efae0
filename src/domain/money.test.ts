import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { assertFen, formatCny, formatYuan, parseYuan, sumFen, YUAN_PATTERN } from './money.js';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('parseYuan', () => {
  it('reads whole yuan, one decimal and two decimals as integer fen', () => {
    expect(parseYuan('123')).toBe(12300);
    expect(parseYuan('123.4')).toBe(12340);
    expect(parseYuan('123.45')).toBe(12345);
    expect(parseYuan('0.01')).toBe(1);
    expect(parseYuan('0')).toBe(0);
    expect(parseYuan('0.00')).toBe(0);
    expect(parseYuan(' 88.80 ')).toBe(8880);
  });

  it('reads amounts whose float value is inexact without rounding errors', () => {
    // 0.29 * 100 === 28.999999999999996 and 1.005 style values are where float parsing goes wrong.
    expect(parseYuan('0.29')).toBe(29);
    expect(parseYuan('1.15')).toBe(115);
    expect(parseYuan('4.35')).toBe(435);
    expect(parseYuan('19.99')).toBe(1999);
  });

  it('accepts negative amounts only when allowed', () => {
    expect(parseYuan('-5.00', { allowNegative: true })).toBe(-500);
    expect(parseYuan('-0.5', { allowNegative: true })).toBe(-50);
    const error = errorOf(() => parseYuan('-5.00'));
    expect(error.code).toBe('INVALID_AMOUNT');
    expect(error.message).toContain('不能为负数');
  });

  it('treats minus zero as zero, not as a negative amount', () => {
    expect(Object.is(parseYuan('-0.00'), 0)).toBe(true);
  });

  it('refuses more than two decimals with a message about fen', () => {
    const error = errorOf(() => parseYuan('1.234'));
    expect(error.code).toBe('INVALID_AMOUNT');
    expect(error.message).toContain('两位小数');
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['exponent', '1e3'],
    ['exponent with decimals', '1.5E2'],
    ['letters', 'abc'],
    ['thousands separator', '1,234.56'],
    ['trailing dot', '12.'],
    ['leading dot', '.5'],
    ['plus sign', '+5'],
    ['currency sign', '¥12'],
    ['hex', '0x10'],
    ['infinity', 'Infinity'],
    ['NaN', 'NaN'],
  ])('refuses %s', (_label, input) => {
    expect(errorOf(() => parseYuan(input)).code).toBe('INVALID_AMOUNT');
  });

  it('refuses amounts beyond Number.MAX_SAFE_INTEGER fen and accepts the largest one', () => {
    expect(parseYuan('90071992547409.91')).toBe(9007199254740991);
    const error = errorOf(() => parseYuan('90071992547409.92'));
    expect(error.code).toBe('INVALID_AMOUNT');
    expect(error.message).toContain('超出');
    expect(errorOf(() => parseYuan('1000000000000000000000')).code).toBe('INVALID_AMOUNT');
  });
});

describe('formatYuan', () => {
  it('always prints two decimals', () => {
    expect(formatYuan(12345)).toBe('123.45');
    expect(formatYuan(12300)).toBe('123.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(0)).toBe('0.00');
    expect(formatYuan(-50)).toBe('-0.50');
    expect(formatYuan(-123456)).toBe('-1234.56');
    expect(formatYuan(-0)).toBe('0.00');
  });

  it('is exact at the edge of the safe integer range', () => {
    expect(formatYuan(9007199254740991)).toBe('90071992547409.91');
    expect(formatYuan(-9007199254740991)).toBe('-90071992547409.91');
  });

  it('round-trips with parseYuan', () => {
    for (const text of ['0.00', '0.01', '0.10', '1.00', '99.99', '1234567.89']) {
      expect(formatYuan(parseYuan(text))).toBe(text);
    }
  });

  it('refuses fractional fen, which would mean a float slipped in', () => {
    expect(errorOf(() => formatYuan(0.1 + 0.2)).code).toBe('INVALID_AMOUNT');
    expect(errorOf(() => formatYuan(Number.NaN)).code).toBe('INVALID_AMOUNT');
  });
});

describe('formatCny', () => {
  it('prints ¥ with thousands separators and two decimals', () => {
    expect(formatCny(123456)).toBe('¥1,234.56');
    expect(formatCny(0)).toBe('¥0.00');
    expect(formatCny(99999)).toBe('¥999.99');
    expect(formatCny(100000)).toBe('¥1,000.00');
    expect(formatCny(123456789012)).toBe('¥1,234,567,890.12');
    expect(formatCny(-50)).toBe('-¥0.50');
    expect(formatCny(-123456)).toBe('-¥1,234.56');
  });
});

describe('sumFen', () => {
  it('sums 100000 × "0.01" to exactly "1000.00"', () => {
    const cents = Array.from({ length: 100_000 }, () => parseYuan('0.01'));
    expect(formatYuan(sumFen(cents))).toBe('1000.00');
  });

  it('gives 0.1 + 0.2 = 0.30 exactly', () => {
    expect(formatYuan(sumFen([parseYuan('0.1'), parseYuan('0.2')]))).toBe('0.30');
  });

  it('nets charges and payments', () => {
    expect(sumFen([parseYuan('120.50'), parseYuan('35.25'), -parseYuan('155.75')])).toBe(0);
    expect(sumFen([])).toBe(0);
    expect(sumFen(new Set([100, 200, 300]))).toBe(600);
  });

  it('stays exact when an intermediate sum leaves the safe range but the result does not', () => {
    expect(sumFen([Number.MAX_SAFE_INTEGER, 10, -20])).toBe(Number.MAX_SAFE_INTEGER - 10);
  });

  it('throws when the result is not a safe integer', () => {
    expect(errorOf(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).code).toBe('INVALID_AMOUNT');
  });

  it('refuses non-integer input', () => {
    expect(errorOf(() => sumFen([1, 0.5])).code).toBe('INVALID_AMOUNT');
  });
});

describe('YUAN_PATTERN', () => {
  it('matches exactly what parseYuan accepts (apart from surrounding spaces)', () => {
    for (const ok of ['0', '1', '1.5', '1.50', '-1.50', '123456789']) {
      expect(YUAN_PATTERN.test(ok)).toBe(true);
    }
    for (const bad of ['', '1.', '.5', '1.555', '1e3', '+1', '1,000', ' 1']) {
      expect(YUAN_PATTERN.test(bad)).toBe(false);
    }
  });
});

describe('assertFen', () => {
  it('passes safe integers through', () => {
    expect(assertFen(42)).toBe(42);
  });
});
