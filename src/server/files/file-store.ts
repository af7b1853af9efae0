import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../../domain/errors.js';
import { sha256 } from './sha256.js';

const SHA256_HEX = /^[0-9a-f]{64}$/;

export interface StoredFile {
  sha256: string;
  size: number;
  path: string;
}

/** What was read back is not what was stored: the file was altered or damaged on disk. */
export class FileIntegrityError extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`stored file ${expected} fails its integrity check (content hashes to ${actual})`);
    this.name = 'FileIntegrityError';
  }
}

/**
 * Uploads stored by content (SPEC §8) under `<root>/<first 2 hex>/<sha256>`. The name is the hash,
 * so the same scan uploaded twice is stored once, and any change to a file on disk shows on read.
 */
export class FileStore {
  private readonly root: string;

  constructor(rootDir: string) {
    this.root = path.resolve(rootDir);
  }

  /**
   * Writes to a temporary file in the target directory, syncs it and renames it into place, so a
   * crash leaves either the whole file or none of it under its hash name, never a torn one.
   */
  async put(bytes: Uint8Array): Promise<StoredFile> {
    const hash = sha256(bytes);
    const target = this.pathOf(hash);
    const stored = { sha256: hash, size: bytes.length, path: target };
    // Already stored by an earlier put: same name means same content. A file of another size under
    // this name is a torn or damaged copy, and is replaced.
    if ((await sizeOf(target)) === bytes.length) return stored;
    const dir = path.dirname(target);
    await mkdir(dir, { recursive: true });
    const temp = path.join(dir, `.${hash}.${randomUUID()}.tmp`);
    try {
      const handle = await open(temp, 'wx', 0o640);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    await syncDirectory(dir);
    return stored;
  }

  /** Reads a stored file and checks it still hashes to its name. */
  async read(hash: string): Promise<Buffer> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.pathOf(hash));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw notFound(hash);
      throw error;
    }
    const actual = sha256(bytes);
    if (actual !== hash) throw new FileIntegrityError(hash, actual);
    return bytes;
  }

  async exists(hash: string): Promise<boolean> {
    return SHA256_HEX.test(hash) && (await sizeOf(this.pathOf(hash))) !== undefined;
  }

  private pathOf(hash: string): string {
    // Only a well-formed hash may become a path: anything else could walk out of the store.
    if (!SHA256_HEX.test(hash)) throw notFound(hash);
    return path.join(this.root, hash.slice(0, 2), hash);
  }
}

function notFound(hash: string): DomainError {
  return new DomainError('NOT_FOUND', `文件不存在：${hash}`);
}

/** Size of a regular file, or undefined when there is none. */
async function sizeOf(file: string): Promise<number | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A rename is durable only once its directory entry is on disk. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
