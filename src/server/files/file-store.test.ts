import { mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/errors.js';
import { FileIntegrityError, FileStore } from './file-store.js';
import { sha256 } from './sha256.js';

const SCAN = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

let root: string;
let store: FileStore;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'file-store-'));
  store = new FileStore(root);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('sha256', () => {
  it('is the lower-case hex digest', () => {
    expect(sha256(Buffer.from('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('FileStore (SPEC §8: uploads stored content-addressed on disk)', () => {
  it('stores under <root>/<first 2 hex>/<sha256> and reads the same bytes back', async () => {
    const stored = await store.put(SCAN);
    const hash = sha256(SCAN);
    expect(stored).toEqual({
      sha256: hash,
      size: SCAN.length,
      path: path.join(root, hash.slice(0, 2), hash),
    });
    expect(await readFile(stored.path)).toEqual(SCAN);
    expect(await store.read(hash)).toEqual(SCAN);
    expect(await store.exists(hash)).toBe(true);
  });

  it('stores the same content once: a second put returns the same path and does not rewrite it', async () => {
    const first = await store.put(SCAN);
    const before = await stat(first.path);
    const second = await store.put(Buffer.from(SCAN));
    const after = await stat(second.path);
    expect(second).toEqual(first);
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(await readdir(path.dirname(first.path))).toEqual([first.sha256]);
  });

  it('leaves no temporary files behind, also when many puts of the same content race', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => store.put(SCAN)));
    expect(new Set(results.map((r) => r.path)).size).toBe(1);
    const dir = path.dirname(results[0]?.path ?? '');
    expect(await readdir(dir)).toEqual([sha256(SCAN)]);
    expect(await store.read(sha256(SCAN))).toEqual(SCAN);
  });

  it('detects a file altered on disk when reading it', async () => {
    const stored = await store.put(SCAN);
    const altered = Buffer.from(SCAN);
    altered[10] = 0x58;
    await writeFile(stored.path, altered);
    await expect(store.read(stored.sha256)).rejects.toBeInstanceOf(FileIntegrityError);
  });

  it('replaces a truncated copy when the same content is put again', async () => {
    const stored = await store.put(SCAN);
    await truncate(stored.path, 5);
    await expect(store.read(stored.sha256)).rejects.toBeInstanceOf(FileIntegrityError);
    await store.put(SCAN);
    expect(await store.read(stored.sha256)).toEqual(SCAN);
  });

  it('reports a missing file, and refuses names that are not a SHA-256', async () => {
    const absent = sha256(Buffer.from('never stored'));
    expect(await store.exists(absent)).toBe(false);
    await expect(store.read(absent)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    for (const bad of ['../../etc/passwd', sha256(SCAN).toUpperCase(), 'abc', '']) {
      expect(await store.exists(bad)).toBe(false);
      await expect(store.read(bad)).rejects.toBeInstanceOf(DomainError);
    }
  });

  it('keeps different contents apart', async () => {
    const a = await store.put(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1]));
    const b = await store.put(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 2]));
    expect(a.path).not.toBe(b.path);
    expect(await store.read(a.sha256)).toEqual(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1]));
    expect(await store.read(b.sha256)).toEqual(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 2]));
  });
});
