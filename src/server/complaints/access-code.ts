import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** No I, O, 0 or 1: the code is read out over the phone and typed in from a slip of paper. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LENGTH = 8;
const SCHEME = 'sha256';

export function newAccessCode(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** People type codes in lower case or with the spaces they were read out with. */
function normalise(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

function digest(salt: string, code: string): Buffer {
  return createHash('sha256').update(salt).update(normalise(code)).digest();
}

/**
 * The code is the complainant's only key, so only a salted hash is stored: a copy of the database
 * does not let anyone read other people's complaints and answers.
 */
export function hashAccessCode(code: string): string {
  const salt = randomBytes(16).toString('hex');
  return `${SCHEME}$${salt}$${digest(salt, code).toString('hex')}`;
}

export function accessCodeMatches(stored: string, code: string): boolean {
  const [scheme, salt, hex] = stored.split('$');
  if (scheme !== SCHEME || !salt || !hex) return false;
  const expected = Buffer.from(hex, 'hex');
  const actual = digest(salt, code);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Spends the same work on an unknown tracking number, so timing does not tell which numbers exist. */
export const DECOY_HASH = hashAccessCode(newAccessCode());
