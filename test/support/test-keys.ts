import { IdentityCipher } from '../../src/server/security/identity-cipher.js';

// A fixed key for tests only: the seeded template and every test app must agree on it.
export const TEST_IDENTITY_KEY = Buffer.from(
  '7e3c1a5b9d2f4e6a8c0b1d3f5a7c9e1b2d4f6a8c0e2b4d6f8a1c3e5b7d9f0a2c',
  'hex',
);
export const testCipher = () => new IdentityCipher(TEST_IDENTITY_KEY);
