import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Personal identity data at rest (SPEC §8): AES-256-GCM for the value, HMAC-SHA256 as a blind
 * index so an exact number can be searched without decrypting every row. Both keys are derived
 * from one master key, which never lives in the database or the repository.
 */
export class IdentityCipher {
  private readonly encKey: Buffer;
  private readonly indexKey: Buffer;
  readonly fingerprint: string;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('identity master key must be 32 bytes');
    const derive = (info: string) => Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), info, 32));
    this.encKey = derive('gas-closure/identity/enc/v1');
    this.indexKey = derive('gas-closure/identity/index/v1');
    this.fingerprint = createHmac('sha256', derive('gas-closure/identity/check/v1'))
      .update('fingerprint')
      .digest('hex')
      .slice(0, 16);
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(stored: string): string {
    if (!stored.startsWith('v1:')) throw new Error('unknown identity ciphertext version');
    const raw = Buffer.from(stored.slice(3), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** Same normalised value → same index; the kind keeps an ID number and a phone from ever colliding. */
  blindIndex(kind: 'id' | 'phone', normalisedValue: string): string {
    return createHmac('sha256', this.indexKey).update(`${kind}:${normalisedValue}`).digest('hex');
  }
}
