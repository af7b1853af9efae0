import { describe, expect, it } from 'vitest';
import { readContact } from './contact.js';

describe('R-24 complaint contact', () => {
  it('R-24 a mobile number is normalised and answered by SMS', () => {
    expect(readContact(' +86 138-0013-8000 ')).toEqual({
      ok: true,
      contact: { channel: 'sms', value: '13800138000' },
    });
  });

  it('R-24 an e-mail address is answered by e-mail', () => {
    expect(readContact('zhang.san@example.com')).toEqual({
      ok: true,
      contact: { channel: 'email', value: 'zhang.san@example.com' },
    });
  });

  it.each(['0710-85880001', '12345', 'zhang@', 'a@b', 'a b@example.com', ''])('R-24 %j is refused', (s) => {
    const result = readContact(s);
    expect(result.ok).toBe(false);
  });
});
