import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { systemMeta } from '../db/schema/index.js';
import type { IdentityCipher } from './identity-cipher.js';

function decodeKey(text: string, source: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new Error(`${source} 应为 32 字节密钥（64 位十六进制或 base64）`);
  return key;
}

/**
 * The master key comes from ID_ENCRYPTION_KEY, else from `<DATA_DIR>/secrets/identity.key`,
 * created (mode 0600) on first start. Several servers on one PostgreSQL must share it via the env.
 */
export function loadIdentityKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  if (env.ID_ENCRYPTION_KEY) return decodeKey(env.ID_ENCRYPTION_KEY, 'ID_ENCRYPTION_KEY');
  const file = path.join(dataDir, 'secrets', 'identity.key');
  if (existsSync(file)) return decodeKey(readFileSync(file, 'utf8'), file);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return key;
}

/** Refuses to run with a different key than the one the stored data was encrypted with. */
export async function checkIdentityKey(db: Database, cipher: IdentityCipher): Promise<void> {
  await db
    .insert(systemMeta)
    .values({ key: 'identity_key_fingerprint', value: cipher.fingerprint })
    .onConflictDoNothing();
  const [row] = await db.select().from(systemMeta).where(eq(systemMeta.key, 'identity_key_fingerprint'));
  if (row && row.value !== cipher.fingerprint) {
    throw new Error(
      '身份证件加密密钥与数据库中已加密数据的密钥不一致：请设置正确的 ID_ENCRYPTION_KEY 或恢复 secrets/identity.key。' +
        ' (identity encryption key does not match the data)',
    );
  }
}
