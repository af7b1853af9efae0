import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskPhone } from './mask.js';

describe('masking personal data (SPEC §8)', () => {
  it('§8 shows the first 6 and last 4 characters of 18-character numbers', () => {
    expect(maskIdNumber('110105194912310021')).toBe('110105********0021');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumber('91350100M000100Y43')).toBe('913501********0Y43');
  });

  it('§8 keeps the first 2 and last 2 characters of shorter numbers', () => {
    expect(maskIdNumber('E12345678')).toBe('E1*****78');
    expect(maskIdNumber('AB123')).toBe('AB*23');
    expect(maskIdNumber('港澳通行证C123')).toBe('港澳*****23');
  });

  it('hides what it can of numbers too short to keep both ends', () => {
    expect(maskIdNumber('AB12')).toBe('A***');
    expect(maskIdNumber('AB')).toBe('A*');
    expect(maskIdNumber('')).toBe('');
  });

  it('§8 masks mobile numbers as 138****8000', () => {
    expect(maskPhone('13812348000')).toBe('138****8000');
    expect(maskPhone('19900001111')).toBe('199****1111');
  });

  it('masks Chinese names after the first character', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('李')).toBe('李');
    expect(maskName('阿依古丽·买买提')).toBe('阿***·***');
  });

  it('keeps the first letter of each word of Latin names', () => {
    expect(maskName('John Smith')).toBe('J*** S****');
    expect(maskName('Anna')).toBe('A***');
    expect(maskName('Jean-Luc  Picard')).toBe('J*******  P*****');
  });
});
