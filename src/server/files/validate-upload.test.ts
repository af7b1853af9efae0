import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/errors.js';
import { sniffFileType } from './file-type.js';
import { validateUpload } from './validate-upload.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
// A complete 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
// SOI + JFIF APP0 segment + EOI: the start of every camera or scanner JPEG.
const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01,
  0x00, 0x00, 0xff, 0xd9,
]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
const MB = 1024 * 1024;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'uploads-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Round-trips through a real file, as an upload arrives, under a name that may lie. */
async function fromDisk(name: string, bytes: Buffer): Promise<Buffer> {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return readFile(file);
}

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the upload to be refused');
}

describe('sniffFileType (SPEC §8: type checked by content)', () => {
  it('recognises PDF, JPEG and PNG by their magic bytes', async () => {
    expect(sniffFileType(await fromDisk('a.pdf', PDF))).toBe('pdf');
    expect(sniffFileType(await fromDisk('a.jpeg', JPEG))).toBe('jpeg');
    expect(sniffFileType(await fromDisk('a.png', PNG))).toBe('png');
  });

  it('ignores the file name: a PDF called .jpg is a PDF, a PNG called .pdf is a PNG', async () => {
    expect(sniffFileType(await fromDisk('身份证.jpg', PDF))).toBe('pdf');
    expect(sniffFileType(await fromDisk('scan.pdf', PNG))).toBe('png');
    expect(sniffFileType(await fromDisk('photo.png', GIF))).toBeNull();
  });

  it('refuses anything else, including a signature cut short or not at the start', () => {
    expect(sniffFileType(GIF)).toBeNull();
    expect(sniffFileType(Buffer.from('hello, world'))).toBeNull();
    expect(sniffFileType(Buffer.alloc(0))).toBeNull();
    expect(sniffFileType(PNG.subarray(0, 4))).toBeNull();
    expect(sniffFileType(Buffer.from(' %PDF-1.4'))).toBeNull();
    expect(sniffFileType(Buffer.from('%PDF'))).toBeNull();
  });
});

describe('validateUpload', () => {
  it('accepts the three types and names their content type', () => {
    expect(validateUpload(PDF, { maxBytes: MB })).toEqual({ type: 'pdf', contentType: 'application/pdf' });
    expect(validateUpload(JPEG, { maxBytes: MB })).toEqual({ type: 'jpeg', contentType: 'image/jpeg' });
    expect(validateUpload(PNG, { maxBytes: MB })).toEqual({ type: 'png', contentType: 'image/png' });
  });

  it('refuses an empty file', () => {
    const error = refusal(() => validateUpload(Buffer.alloc(0), { maxBytes: MB }));
    expect(error.code).toBe('UNSUPPORTED_FILE');
    expect(error.message).toContain('文件是空的');
  });

  it('refuses a file over the limit and says the limit in MB', () => {
    const big = Buffer.concat([PDF, Buffer.alloc(10 * MB + 1 - PDF.length)]);
    const error = refusal(() => validateUpload(big, { maxBytes: 10 * MB }));
    expect(error.code).toBe('UNSUPPORTED_FILE');
    expect(error.message).toContain('10.01 MB');
    expect(error.message).toContain('上限 10 MB');
    expect(validateUpload(big.subarray(0, 10 * MB), { maxBytes: 10 * MB }).type).toBe('pdf');
  });

  it('refuses other content and says which types are accepted', () => {
    const error = refusal(() => validateUpload(GIF, { maxBytes: MB }));
    expect(error.code).toBe('UNSUPPORTED_FILE');
    expect(error.message).toContain('PDF、JPEG、PNG');
    expect(error.fieldErrors).toEqual([{ path: 'file', message: error.message }]);
  });
});
