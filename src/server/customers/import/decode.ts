import iconv from 'iconv-lite';

/**
 * Billing exports arrive as UTF-8 (with or without BOM) or as GBK/GB18030 from Chinese Excel.
 * A file that is not valid UTF-8 is read as GB18030, a superset of GBK.
 */
export function decodeCsv(bytes: Buffer): { text: string; encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030' };
  }
}
