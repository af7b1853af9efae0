import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { parseMobile } from './phone.js';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('parseMobile', () => {
  it.each([
    ['13812348000', '13812348000'],
    ['+8613812348000', '13812348000'],
    ['+86 138 1234 8000', '13812348000'],
    ['008613812348000', '13812348000'],
    ['0086-138-1234-8000', '13812348000'],
    ['8613812348000', '13812348000'],
    ['138-1234-8000', '13812348000'],
    [' 199 0000 1111 ', '19900001111'],
    ['16612345678', '16612345678'],
  ])('§8 normalises %j to %s', (input, expected) => {
    expect(parseMobile(input)).toBe(expected);
  });

  it.each([
    ['12812348000', '13–19 开头'],
    ['10012348000', '13–19 开头'],
    ['23812348000', '13–19 开头'],
    ['1381234800', '实为 10 位'],
    ['138123480001', '实为 12 位'],
    ['861381234800', '实为 12 位'], // 86 is only a prefix when 11 digits follow
    ['+86 1381234800', '实为 10 位'],
    ['010-12345678', '13–19 开头'], // a Beijing landline
    ['1381234800a', '只能包含数字'],
    ['(138)12348000', '只能包含数字'],
    ['', '不能为空'],
  ])('§8 refuses %j', (input, why) => {
    const error = errorOf(() => parseMobile(input));
    expect(error.code).toBe('INVALID_PHONE');
    expect(error.message).toContain(why);
  });
});
