import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { parseUscc, usccCheckChar } from './uscc.js';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('parseUscc (GB 32100, MOD 31)', () => {
  // 91350100M000100Y4: weighted sum 1640, 1640 mod 31 = 28, 31 − 28 = 3 → check character 3.
  it.each(['91350100M000100Y43', '91110000600037341L', '12100000400000000W', '91310115MA1K3YJH0T'])(
    '§8 accepts the valid code %s',
    (code) => {
      expect(parseUscc(code)).toBe(code);
    },
  );

  it('§8 accepts lower case and upper-cases it', () => {
    expect(parseUscc('91350100m000100y43')).toBe('91350100M000100Y43');
    expect(parseUscc(' 91310115ma1k3yjh0t ')).toBe('91310115MA1K3YJH0T');
  });

  it('§8 names the expected and the actual check character', () => {
    const error = errorOf(() => parseUscc('91350100M000100Y44'));
    expect(error.code).toBe('INVALID_ID_NUMBER');
    expect(error.message).toContain('校验位错误：应为 3，实为 4');
  });

  it.each([
    ['I', '91350100I000100Y43', 9],
    ['O', '9135010OM000100Y43', 8],
    ['S', '91350100M000100S43', 16],
    ['V', 'V1350100M000100Y43', 1],
    ['Z', '91350100M000100Y4Z', 18],
  ])('§8 refuses the illegal letter %s and says where it is', (letter, code, position) => {
    const error = errorOf(() => parseUscc(code));
    expect(error.code).toBe('INVALID_ID_NUMBER');
    expect(error.message).toContain(`第 ${position} 位 "${letter}" 不是合法字符`);
  });

  it('§8 refuses punctuation and the wrong length', () => {
    expect(errorOf(() => parseUscc('91350100-000100Y43')).message).toContain('第 9 位 "-"');
    expect(errorOf(() => parseUscc('91350100M000100Y4')).message).toContain('应为 18 位，实为 17 位');
    expect(errorOf(() => parseUscc('')).message).toContain('不能为空');
  });
});

describe('usccCheckChar', () => {
  it('computes the check character, which may be a letter', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(usccCheckChar('91110000600037341')).toBe('L');
    expect(usccCheckChar('12100000400000000')).toBe('W');
  });
});
