import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '../calendar/local-date.js';
import { DomainError } from '../errors.js';
import { parseResidentId, residentIdCheckChar } from './resident-id.js';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const today = parseLocalDate('2026-06-15');

describe('parseResidentId (GB 11643, ISO 7064 MOD 11-2)', () => {
  // Check characters worked out by hand: e.g. 11010519491231002 → weighted sum 167, 167 mod 11 = 2 → X.
  it.each([
    '11010519491231002X',
    '44030419900307123X',
    '310115200002290013', // born on a leap day
    '650101200812123452',
    '110101190001010014', // born on the first allowed day
    '350203202312314566',
  ])('§8 accepts the valid number %s', (id) => {
    expect(parseResidentId(id, { today })).toBe(id);
  });

  it('§8 accepts a lower-case x and normalises it to X', () => {
    expect(parseResidentId('11010519491231002x', { today })).toBe('11010519491231002X');
    expect(parseResidentId(' 11010519491231002x ', { today })).toBe('11010519491231002X');
  });

  it('§8 names the expected and the actual check character', () => {
    const error = errorOf(() => parseResidentId('110105194912310021', { today }));
    expect(error.code).toBe('INVALID_ID_NUMBER');
    expect(error.message).toContain('校验位错误：应为 X，实为 1');
  });

  it('§8 catches a single mistyped digit through the check character', () => {
    const error = errorOf(() => parseResidentId('11010519491231003X', { today }));
    expect(error.message).toContain('校验位错误');
  });

  it('§8 refuses an impossible birth date', () => {
    const error = errorOf(() => parseResidentId('110105194902300021', { today }));
    expect(error.code).toBe('INVALID_ID_NUMBER');
    expect(error.message).toContain('出生日期 19490230 不是有效日期');
  });

  it('§8 refuses birth dates in the future or before 1900', () => {
    expect(errorOf(() => parseResidentId('110105202606160011', { today })).message).toContain('晚于今天');
    expect(errorOf(() => parseResidentId('110105189912310011', { today })).message).toContain('早于 1900 年');
  });

  it('§8 accepts a birth date of today', () => {
    const id = `11010520260615001${residentIdCheckChar('11010520260615001')}`;
    expect(parseResidentId(id, { today })).toBe(id);
  });

  it('§8 refuses an invalid province code', () => {
    for (const [id, province] of [
      ['99010519491231002X', '99'],
      ['00010519491231002X', '00'],
      ['16010519491231002X', '16'],
      ['84010519491231002X', '84'],
    ] as const) {
      const error = errorOf(() => parseResidentId(id, { today }));
      expect(error.code).toBe('INVALID_ID_NUMBER');
      expect(error.message).toContain(`前两位 ${province} 不是有效的省级行政区代码`);
    }
  });

  it('§8 refuses the wrong length, saying how long it was', () => {
    expect(errorOf(() => parseResidentId('11010519491231002', { today })).message).toContain(
      '应为 18 位，实为 17 位',
    );
    expect(errorOf(() => parseResidentId('110105491231002', { today })).message).toContain('实为 15 位');
    expect(errorOf(() => parseResidentId('', { today })).message).toContain('不能为空');
  });

  it('§8 refuses letters in the wrong place', () => {
    expect(errorOf(() => parseResidentId('1101051949123100XX', { today })).message).toContain(
      '前 17 位只能是数字',
    );
    expect(errorOf(() => parseResidentId('11010519491231002Y', { today })).message).toContain('数字或 X');
  });

  it('uses the Shanghai date as today by default', () => {
    expect(parseResidentId('11010519491231002X')).toBe('11010519491231002X');
  });
});

describe('residentIdCheckChar', () => {
  it('maps remainders to 1 0 X 9 8 7 6 5 4 3 2', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('31011520000229001')).toBe('3');
    expect(residentIdCheckChar('11010119000101001')).toBe('4');
  });
});
