import { describe, expect, it } from 'vitest';
import { accessCodeMatches, hashAccessCode, newAccessCode } from './access-code.js';

describe('R-24 complaint access code', () => {
  it('R-24 is eight unambiguous characters and differs every time', () => {
    const codes = new Set(Array.from({ length: 200 }, newAccessCode));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(c).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  });

  it('R-24 only a salted hash is stored; the code matches it however it is typed', () => {
    const code = newAccessCode();
    const stored = hashAccessCode(code);
    expect(stored).not.toContain(code);
    expect(hashAccessCode(code)).not.toBe(stored);
    expect(accessCodeMatches(stored, code)).toBe(true);
    expect(accessCodeMatches(stored, ` ${code.slice(0, 4).toLowerCase()}-${code.slice(4)} `)).toBe(true);
    expect(
      accessCodeMatches(
        stored,
        code.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
      ),
    ).toBe(false);
    expect(accessCodeMatches('garbage', code)).toBe(false);
  });
});
