import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '../calendar/local-date.js';
import { DomainError } from '../errors.js';
import { ID_TYPES, type IdType, isIdType, parseIdNumber } from './id-document.js';

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

describe('parseIdNumber', () => {
  it('lists the four ID types of the API', () => {
    expect(ID_TYPES).toEqual(['resident_id', 'uscc', 'passport', 'other']);
    expect(isIdType('uscc')).toBe(true);
    expect(isIdType('driver_licence')).toBe(false);
  });

  it('§8 dispatches resident IDs and USCCs to their check-character validators', () => {
    expect(parseIdNumber('resident_id', '11010519491231002x', { today })).toBe('11010519491231002X');
    expect(errorOf(() => parseIdNumber('resident_id', '110105194912310021', { today })).message).toContain(
      '应为 X，实为 1',
    );
    expect(parseIdNumber('uscc', '91350100m000100y43')).toBe('91350100M000100Y43');
    expect(errorOf(() => parseIdNumber('uscc', '91350100M000100Y44')).code).toBe('INVALID_ID_NUMBER');
  });

  it('accepts passports of 5–20 letters and digits, upper-cased', () => {
    expect(parseIdNumber('passport', ' e12345678 ')).toBe('E12345678');
    expect(parseIdNumber('passport', 'AB123')).toBe('AB123');
    for (const bad of ['AB12', 'A'.repeat(21), 'E1234 5678', 'E-1234567', '护照123456']) {
      const error = errorOf(() => parseIdNumber('passport', bad));
      expect(error.code).toBe('INVALID_ID_NUMBER');
      expect(error.message).toContain('5–20 位字母或数字');
    }
  });

  it('accepts other documents of 2–40 visible characters, trimmed', () => {
    expect(parseIdNumber('other', '  港澳通行证 C12345678 ')).toBe('港澳通行证 C12345678');
    expect(parseIdNumber('other', 'AB')).toBe('AB');
    expect(errorOf(() => parseIdNumber('other', ' A ')).message).toContain('实为 1 个');
    expect(errorOf(() => parseIdNumber('other', 'x'.repeat(41))).message).toContain('实为 41 个');
    expect(errorOf(() => parseIdNumber('other', 'AB\u0000CD')).message).toContain('不可见字符');
  });

  it('refuses an unknown ID type', () => {
    const error = errorOf(() => parseIdNumber('driver_licence' as IdType, '123456'));
    expect(error.code).toBe('INVALID_ID_NUMBER');
    expect(error.message).toContain('不支持的证件类型');
  });
});
