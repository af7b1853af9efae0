import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Noto Sans SC covers the GB 18030 hanzi the papers need; pdfkit embeds only the glyphs used, so a
 * 10 MB font file becomes a few KB in each PDF. The standard PDF fonts have no Chinese glyphs at all.
 */
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

export type FontWeight = keyof typeof FONT_FILES;

const loaded = new Map<FontWeight, Buffer>();

/** The font bytes, read once per process: every paper needs them and the files are large. */
export function fontBytes(weight: FontWeight): Buffer {
  let bytes = loaded.get(weight);
  if (!bytes) {
    bytes = readFileSync(require.resolve(FONT_FILES[weight]));
    loaded.set(weight, bytes);
  }
  return bytes;
}
