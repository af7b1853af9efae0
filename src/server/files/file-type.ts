export type FileType = 'pdf' | 'jpeg' | 'png';

export const CONTENT_TYPES: Record<FileType, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

const SIGNATURES: ReadonlyArray<{ type: FileType; magic: readonly number[] }> = [
  { type: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'jpeg', magic: [0xff, 0xd8, 0xff] },
  { type: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/**
 * The type of an upload judged by its first bytes. File names and declared content types are
 * whatever the sender says they are, so they are never consulted.
 */
export function sniffFileType(bytes: Uint8Array): FileType | null {
  const match = SIGNATURES.find(({ magic }) => magic.every((byte, i) => bytes[i] === byte));
  return match?.type ?? null;
}
