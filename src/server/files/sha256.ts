import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256: the name of a stored file and the digest papers print. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
